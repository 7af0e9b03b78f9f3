import type { CallOptions } from './ai-sdk-types';

type Prompt = CallOptions['prompt'];

/**
 * Adds instructions as a system message right after the prompt's leading system messages.
 *
 * A separate message (rather than editing the caller's system text) keeps the caller's own
 * instructions byte for byte, and placing it with the other system messages keeps providers that
 * only accept system messages at the start happy.
 *
 * @param prompt - The model prompt (spec v4 messages).
 * @param text - The instructions to add.
 * @returns A new prompt; the input is not changed.
 */
export function withSystemInstructions(prompt: Prompt, text: string): Prompt {
  let leading = 0;
  while (leading < prompt.length && prompt[leading].role === 'system') leading += 1;
  return [...prompt.slice(0, leading), { role: 'system', content: text }, ...prompt.slice(leading)];
}
