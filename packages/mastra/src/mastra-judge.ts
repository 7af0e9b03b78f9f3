import { Agent } from '@mastra/core/agent';
import type { MastraModelConfig } from '@mastra/core/llm';
import { createLlmJudge, type RankingJudge } from '@valueflow/core';

/** Options of {@link mastraJudge}. */
export interface MastraJudgeOptions {
  /** Judge id recorded in every score (default: the router id for string models, else the model's `modelId`, else `mastra`). */
  id?: string;
}

function modelId(model: MastraModelConfig): string {
  if (typeof model === 'string') return model;
  const candidate = (model as { modelId?: unknown }).modelId;
  return typeof candidate === 'string' ? `mastra:${candidate}` : 'mastra';
}

/**
 * Makes any Mastra model (a router id such as `openai/gpt-4.1-mini`, an AI SDK model object, an
 * OpenAI-compatible config) the ranking judge of the value scorers. The model runs inside a small
 * private agent without tools or memory, so Mastra resolves providers and keys exactly as for the
 * user's own agents; valueflow builds the fenced ranking prompt and parses the answer.
 *
 * @param model - The model configuration, as accepted by `new Agent({ model })`.
 * @param options - See {@link MastraJudgeOptions}.
 * @returns A `RankingJudge` to pass as `{ judge }` (with a `panel`, or with `@valueflow/local`'s seed panel).
 * @example
 * const scorer = createValueScorer({ value: 'care-harm', judge: mastraJudge('openai/gpt-4.1-mini') });
 */
export function mastraJudge(model: MastraModelConfig, options: MastraJudgeOptions = {}): RankingJudge {
  const agent = new Agent({
    id: 'valueflow-judge',
    name: 'valueflow judge',
    instructions: 'You rank texts exactly as the user message asks and answer in the requested format only.',
    model,
  });
  return createLlmJudge({
    id: options.id ?? modelId(model),
    async complete(prompt, callOptions) {
      const result = await agent.generate(prompt, { abortSignal: callOptions?.signal });
      const usage = result.usage as { inputTokens?: number; outputTokens?: number } | undefined;
      return { text: result.text, usage: { inputTokens: usage?.inputTokens, outputTokens: usage?.outputTokens } };
    },
  });
}
