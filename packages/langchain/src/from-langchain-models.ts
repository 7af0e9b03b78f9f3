import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  type Complete,
  createLlmJudge,
  type Embedder,
  EmbeddingError,
  InvalidArgumentError,
  type RankingJudge,
} from '@valueflow/core';

/**
 * A core `Complete` function over a LangChain chat model: the prompt goes in as one human message,
 * the reply's text and token usage come back. The signal is passed on, so evaluator timeouts and
 * caller aborts cancel the request.
 *
 * @param model - Any LangChain chat model.
 * @returns prompt → `{ text, usage }`.
 */
export function langChainComplete(model: BaseChatModel): Complete {
  return async (prompt, options) => {
    const message = await model.invoke(prompt, { signal: options?.signal });
    const usage = message.usage_metadata;
    return {
      text: message.text,
      usage: usage ? { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens } : undefined,
    };
  };
}

/**
 * A valueflow ranking judge backed by a LangChain chat model, so any provider LangChain supports
 * can order reference windows. Parsing, the corrective retry and prompt fencing come from core's
 * `createLlmJudge`.
 *
 * @param model - Any `BaseChatModel` (ChatOpenAI, ChatAnthropic, ChatOllama …).
 * @param options.id - Judge id recorded in every score (default `langchain:<model name>`); set it to
 *   the provider model name so scores stay reproducible.
 * @param options.maxTextLength - Characters kept per text in the prompt.
 * @example
 * const judge = langChainJudge(new ChatOpenAI({ model: 'gpt-4.1-mini', temperature: 0 }), { id: 'openai:gpt-4.1-mini' });
 */
export function langChainJudge(
  model: BaseChatModel,
  options: { id?: string; maxTextLength?: number } = {},
): RankingJudge {
  return createLlmJudge({
    complete: langChainComplete(model),
    id: options.id ?? `langchain:${model.getName()}`,
    maxTextLength: options.maxTextLength,
  });
}

/**
 * A valueflow embedder over LangChain embeddings (OpenAIEmbeddings, OllamaEmbeddings …), for the
 * semantic sampler and value extraction. Every returned vector is checked against `dimensions`.
 *
 * @param embeddings - Any LangChain `EmbeddingsInterface`.
 * @param options.dimensions - Vector size the model returns (LangChain does not expose it).
 * @param options.id - Stable id used in cache keys (default `langchain:<class name>`); name the model
 *   here, or two models of the same class would share cached vectors.
 * @throws InvalidArgumentError when `dimensions` is not a positive integer.
 * @throws EmbeddingError (from `embed`) when the model returns the wrong number or size of vectors.
 */
export function langChainEmbedder(
  embeddings: EmbeddingsInterface,
  options: { dimensions: number; id?: string },
): Embedder {
  const { dimensions } = options;
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new InvalidArgumentError({
      argument: 'dimensions',
      message: `expected the embedding size as a positive integer, got ${dimensions}.`,
    });
  }
  const id = options.id ?? `langchain:${embeddings.constructor.name}`;
  return {
    id,
    dimensions,
    async embed(texts, embedOptions) {
      embedOptions?.signal?.throwIfAborted();
      if (texts.length === 0) return [];
      const vectors = await embeddings.embedDocuments(texts);
      if (vectors.length !== texts.length) {
        throw new EmbeddingError({
          embedder: id,
          message: `expected ${texts.length} vectors, got ${vectors.length}.`,
        });
      }
      return vectors.map((vector, index) => {
        if (vector.length !== dimensions) {
          throw new EmbeddingError({
            embedder: id,
            message: `vector ${index} has ${vector.length} dimensions, expected ${dimensions}.`,
          });
        }
        return Float32Array.from(vector);
      });
    },
  };
}
