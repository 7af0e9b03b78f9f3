import {
  buildSteeringInstructions,
  defaultCatalogue,
  InvalidArgumentError,
  type ReferencePanel,
  resolveTargets,
  type SteeringMode,
  type SteeringTarget,
  type ValueResolver,
} from '@valueflow/core';
import type { LanguageModelMiddleware } from 'ai';
import { withSystemInstructions } from './system-instructions';

/** Options of {@link valueSteeringMiddleware}. */
export interface ValueSteeringOptions {
  /** What the output should express: `{value, level: -2..2}` or `{value, intensity: -10..10}` per value. */
  targets: SteeringTarget[];
  /** `persona` (default): graded stance sentences; `exemplar`: reference texts near each target (needs `panel`). */
  mode?: SteeringMode;
  /** Reference panel the exemplars come from. */
  panel?: ReferencePanel;
  /** Dominance-aware emphasis when targets pull against each other (default false). */
  rebalance?: boolean;
  /** Resolves value names (default: the built-in catalogue). */
  catalogue?: ValueResolver;
}

/**
 * Steers a model toward target value intensities by adding valueflow's steering instructions to the
 * system instructions of every call (`generateText`, `streamText` and everything built on them).
 *
 * The instructions are built once, when the middleware is created, so bad targets fail here rather
 * than on the first request, and a call pays only for copying the prompt. They go into their own
 * system message after the caller's, which stay untouched. Compose it with other middleware through
 * `wrapLanguageModel`; put it before `valueGuardMiddleware` so the guard checks the steered output.
 *
 * @param options - Targets and phrasing; see {@link ValueSteeringOptions}.
 * @returns An AI SDK language model middleware (spec v4).
 * @throws InvalidArgumentError for an empty target list, a value targeted twice, a level or intensity out of range,
 *   or `exemplar` mode without a panel; UnknownValueError for a value name the catalogue does not know.
 * @example
 * const model = wrapLanguageModel({
 *   model: openai('gpt-4.1-mini'),
 *   middleware: valueSteeringMiddleware({ targets: [{ value: 'benevolence', level: 2 }] }),
 * });
 */
export function valueSteeringMiddleware(options: ValueSteeringOptions): LanguageModelMiddleware {
  if (!options || !Array.isArray(options.targets)) {
    throw new InvalidArgumentError({ argument: 'targets', message: 'expected an array of {value, level | intensity}' });
  }
  const mode = options.mode ?? 'persona';
  if (mode !== 'persona' && mode !== 'exemplar') {
    throw new InvalidArgumentError({
      argument: 'mode',
      message: `expected 'persona' or 'exemplar', got ${String(mode)}`,
    });
  }
  if (mode === 'exemplar' && !options.panel) {
    throw new InvalidArgumentError({ argument: 'panel', message: 'exemplar mode needs a reference panel ({ panel })' });
  }
  const resolved = resolveTargets(options.targets, options.catalogue ?? defaultCatalogue);
  const instructions = buildSteeringInstructions({
    targets: resolved,
    mode,
    panel: options.panel,
    rebalance: options.rebalance,
  });
  return {
    specificationVersion: 'v4',
    transformParams: async ({ params }) => ({
      ...params,
      prompt: withSystemInstructions(params.prompt, instructions.text),
    }),
  };
}
