import { type Complete, createLlmJudge, type Embedder, InvalidArgumentError, type RankingJudge } from '@valueflow/core';
import { type EmbeddingModel, embedMany, generateText, type LanguageModel } from 'ai';

/** `provider:model` for a model object, the id itself for a gateway id string. */
function modelId(model: LanguageModel | EmbeddingModel): string {
  return typeof model === 'string' ? model : `${model.provider}:${model.modelId}`;
}

/**
 * A ranking judge backed by any AI SDK language model (provider model or gateway id), through `generateText`.
 *
 * Calls run at temperature 0 with the SDK's own retries off, because the evaluator already retries,
 * times out and counts judge calls; token usage is passed on so scores report cost.
 *
 * @param model - The language model that ranks the texts.
 * @param options.id - Judge id recorded in every score (default `provider:modelId`).
 * @param options.maxTextLength - Characters kept per text in the ranking prompt.
 * @returns A `RankingJudge` for `createEvaluator` or `valueGuardMiddleware({ judge })`.
 * @example
 * const judge = aiSdkJudge(openai('gpt-4.1-mini'));
 */
export function aiSdkJudge(model: LanguageModel, options: { id?: string; maxTextLength?: number } = {}): RankingJudge {
  const complete: Complete = async (prompt, callOptions) => {
    const result = await generateText({
      model,
      prompt,
      temperature: 0,
      maxRetries: 0,
      abortSignal: callOptions?.signal,
    });
    return {
      text: result.text,
      usage: { inputTokens: result.usage.inputTokens, outputTokens: result.usage.outputTokens },
    };
  };
  return createLlmJudge({ complete, id: options.id ?? modelId(model), maxTextLength: options.maxTextLength });
}

/**
 * An embedder backed by any AI SDK embedding model, through `embedMany`.
 *
 * It is async because the `Embedder` contract states its vector size up front: unless `dimensions` is
 * given, one short probe text is embedded to learn it.
 *
 * @param model - The embedding model.
 * @param options.id - Embedder id, part of every embedding cache key (default `provider:modelId`).
 * @param options.dimensions - Vector size, when known (skips the probe).
 * @returns The embedder.
 * @throws InvalidArgumentError when `dimensions` is not a positive integer or the model returns vectors of
 *   another size.
 */
export async function aiSdkEmbedder(
  model: EmbeddingModel,
  options: { id?: string; dimensions?: number } = {},
): Promise<Embedder> {
  const embed = async (texts: string[], signal?: AbortSignal) => {
    const { embeddings } = await embedMany({ model, values: texts, abortSignal: signal });
    return embeddings.map((embedding) => Float32Array.from(embedding));
  };
  const dimensions = options.dimensions ?? (await embed(['dimension probe']))[0].length;
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new InvalidArgumentError({
      argument: 'dimensions',
      message: `expected a positive integer, got ${String(dimensions)}`,
    });
  }
  return {
    id: options.id ?? modelId(model),
    dimensions,
    async embed(texts, embedOptions) {
      if (texts.length === 0) return [];
      const vectors = await embed(texts, embedOptions?.signal);
      const wrong = vectors.findIndex((vector) => vector.length !== dimensions);
      if (wrong >= 0) {
        throw new InvalidArgumentError({
          argument: 'embeddings',
          message: `vector ${wrong} has ${vectors[wrong].length} dimensions; expected ${dimensions}`,
        });
      }
      return vectors;
    },
  };
}
