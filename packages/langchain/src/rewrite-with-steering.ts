import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import {
  buildSteeringInstructions,
  defaultCatalogue,
  resolveTargets,
  type SteeringTarget,
  type Violation,
  violationTargets,
} from '@valueflow/core';

// The texts are untrusted model output: they must not be able to close their own block.
const fence = (text: string) => text.replace(/<\/?(draft|shown)>/gi, (tag) => tag.replace('<', '‹').replace('>', '›'));

/**
 * Asks a chat model for a version of a text that lands inside the violated bands: the steering
 * instructions for targets just inside each band go into the system message, the draft (and, when
 * part of the answer already reached the user, that part) into the human message.
 *
 * @param options.model - The model that rewrites.
 * @param options.draft - The text that violated the policy.
 * @param options.violations - The violations to fix; they decide the steering targets.
 * @param options.targets - Further targets to keep (a violated value's own target wins).
 * @param options.shown - Text already released to the user; the model then writes only a continuation.
 * @param options.signal - Cancels the model call.
 * @returns The rewritten text (or continuation).
 */
export async function rewriteWithSteering(options: {
  model: BaseChatModel;
  draft: string;
  violations: readonly Violation[];
  targets?: readonly SteeringTarget[];
  shown?: string;
  signal?: AbortSignal;
}): Promise<string> {
  const fixes = violationTargets(options.violations);
  const fixed = new Set(fixes.map((target) => `${target.theory}/${target.value}`));
  const kept = (options.targets ?? []).filter((target) => {
    const value = defaultCatalogue.resolve(target.value, { theory: target.theory });
    return !fixed.has(`${value.theory}/${value.value}`);
  });
  const instructions = buildSteeringInstructions({ targets: resolveTargets([...fixes, ...kept], defaultCatalogue) });
  const request = options.shown
    ? [
        'The user has already been shown the beginning of an answer (between <shown> tags). Its draft continuation (between <draft> tags) does not follow the standpoint above.',
        'Write a continuation that does. It must read on from the shown text without repeating it, and keep the topic and the facts. Reply with the continuation only, without tags or comments.',
        `<shown>\n${fence(options.shown)}\n</shown>`,
        `<draft>\n${fence(options.draft)}\n</draft>`,
      ]
    : [
        'Rewrite the draft answer between the <draft> tags so that it follows the standpoint above.',
        'Keep its topic, its facts and its language; change its stance and recommendations only as far as needed. Reply with the rewritten answer only, without tags or comments.',
        `<draft>\n${fence(options.draft)}\n</draft>`,
      ];
  const reply = await options.model.invoke(
    [new SystemMessage(instructions.text), new HumanMessage(request.join('\n\n'))],
    { signal: options.signal },
  );
  return reply.text.trim();
}
