import type { MastraModelConfig } from '@mastra/core/llm';
import { MockLanguageModelV4 } from 'ai/test';

/** What the mock model does on one call: answer with text or call a tool. */
export type MockTurn = { text: string } | { toolName: string; input: Record<string, unknown> };

const usage = {
  inputTokens: { total: 10, noCache: 10, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: 10, text: 10, reasoning: undefined },
};

/**
 * A mock language model for Mastra agents: `respond` gets the last user message and the number of
 * the call within this prompt (0 first; each tool round trip adds one) and returns the turn.
 *
 * @param respond - Decides each turn.
 * @returns The model, typed as Mastra's model config (ai 7 and Mastra's bundled provider types differ; see pitfall 11).
 */
export function mockAgentModel(respond: (userText: string, round: number) => MockTurn): MastraModelConfig {
  const model = new MockLanguageModelV4({
    doGenerate: async (options) => {
      const prompt = options.prompt as Array<{
        role: string;
        content: Array<{ type: string; text?: string }> | string;
      }>;
      const users = prompt.filter((message) => message.role === 'user');
      const last = users.at(-1)?.content;
      const userText = typeof last === 'string' ? last : (last ?? []).map((part) => part.text ?? '').join('');
      const round = prompt.filter((message) => message.role === 'tool').length;
      const turn = respond(userText, round);
      if ('text' in turn) {
        return {
          content: [{ type: 'text', text: turn.text }],
          finishReason: { unified: 'stop', raw: undefined },
          usage,
          warnings: [],
        };
      }
      return {
        content: [
          {
            type: 'tool-call',
            toolCallId: `call-${round}`,
            toolName: turn.toolName,
            input: JSON.stringify(turn.input),
          },
        ],
        finishReason: { unified: 'tool-calls', raw: undefined },
        usage,
        warnings: [],
      };
    },
  });
  return model as unknown as MastraModelConfig;
}
