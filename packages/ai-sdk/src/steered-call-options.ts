import {
  buildSteeringInstructions,
  resolveTargets,
  type ValueResolver,
  type Violation,
  violationTargets,
} from '@valueflow/core';
import type { CallOptions } from './ai-sdk-types';
import { withSystemInstructions } from './system-instructions';

const CONTINUE_NOTE =
  'Your previous reply was cut off. The last assistant message is what has already been shown to the user: continue it from exactly where it stops, without repeating or contradicting it, and finish the answer.';

/**
 * The call options of a rewrite: the original call plus steering instructions that pull every violated
 * value back inside its band; when part of the reply was already released, that part is added as an
 * assistant message and the model is asked to continue it, so the consumer never sees a restart.
 *
 * @param options.params - The original call options.
 * @param options.violations - The violations that triggered the rewrite.
 * @param options.released - Text already delivered to the consumer ('' for a full regeneration).
 * @param options.catalogue - Resolves the violated values.
 * @returns New call options; the originals are not changed.
 */
export function steeredCallOptions(options: {
  params: CallOptions;
  violations: readonly Violation[];
  released: string;
  catalogue: ValueResolver;
}): CallOptions {
  const wanted = violationTargets(options.violations);
  const continuing = options.released.trim() !== '';
  // Unscored violations give no direction: such a rewrite is a plain retry (still continuing when needed).
  const text =
    wanted.length > 0
      ? buildSteeringInstructions({
          targets: resolveTargets(wanted, options.catalogue),
          feedback: continuing ? [CONTINUE_NOTE] : undefined,
        }).text
      : continuing
        ? CONTINUE_NOTE
        : undefined;
  if (text === undefined) return options.params;
  const prompt = withSystemInstructions(options.params.prompt, text);
  if (continuing) prompt.push({ role: 'assistant', content: [{ type: 'text', text: options.released }] });
  return { ...options.params, prompt };
}
