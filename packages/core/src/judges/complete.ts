import type { Usage } from '../evaluator/types';

/** What a text-completion function may return: the text, optionally with token usage. */
export type CompletionResult = string | { text: string; usage?: Usage };

/**
 * The smallest model contract valueflow needs: a prompt in, text out.
 * Plugins adapt LangChain chat models, AI SDK language models and Mastra models onto it.
 */
export type Complete = (prompt: string, options?: { signal?: AbortSignal }) => Promise<CompletionResult>;

/** Splits a completion result into text and usage. */
export function completionText(result: CompletionResult): { text: string; usage?: Usage } {
  return typeof result === 'string' ? { text: result } : result;
}
