import {
  checkPolicy,
  defaultCatalogue,
  InvalidArgumentError,
  normalizePolicy,
  type Policy,
  type ValueCatalogue,
  type Verdict,
  type ViolationAction,
} from '@valueflow/core';
import type { LanguageModelMiddleware } from 'ai';
import { defaultEvaluator, type EvaluatorSource } from './default-evaluator';
import { guardGenerate } from './guard-generate';
import { guardStream } from './guard-stream';
import type { CheckText, GuardMode } from './guard-types';
import { steeredCallOptions } from './steered-call-options';

/** Options of {@link valueGuardMiddleware}. */
export interface ValueGuardOptions extends EvaluatorSource {
  /** Allowed intensity band per value, e.g. `{ rules: [{ value: 'care-harm', min: -2 }] }`. */
  policy: Policy;
  /** When text is checked and released (default `hold`); see {@link GuardMode}. */
  mode?: GuardMode;
  /** What happens on a violation; default: the violated rules' own actions (the strictest wins). */
  onViolation?: ViolationAction;
  /** Regenerations per response before a rewrite gives up and blocks (default 2). */
  maxRewrites?: number;
  /** Preceding sentences scored with each sentence (default 2). */
  contextSentences?: number;
  /** Sentences longer than this are checked in pieces (default 400 characters). */
  maxSentenceLength?: number;
  /** Resolves the policy's values and those of rewrite targets (default: the built-in catalogue). */
  catalogue?: ValueCatalogue;
}

const MODES: readonly GuardMode[] = ['hold', 'monitor', 'final'];
const ACTIONS: readonly ViolationAction[] = ['block', 'rewrite', 'flag'];
const STRICTNESS: Record<ViolationAction, number> = { flag: 0, rewrite: 1, block: 2 };

function countOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidArgumentError({ argument: name, message: `expected an integer ≥ 0, got ${String(value)}` });
  }
  return value;
}

function validate(options: ValueGuardOptions): void {
  if (!options || typeof options !== 'object') {
    throw new InvalidArgumentError({ argument: 'options', message: 'expected { policy, mode?, onViolation?, … }' });
  }
  if (options.mode !== undefined && !MODES.includes(options.mode)) {
    throw new InvalidArgumentError({
      argument: 'mode',
      message: `expected ${MODES.join(', ')}; got ${String(options.mode)}`,
    });
  }
  if (options.onViolation !== undefined && !ACTIONS.includes(options.onViolation)) {
    throw new InvalidArgumentError({
      argument: 'onViolation',
      message: `expected ${ACTIONS.join(', ')}; got ${String(options.onViolation)}`,
    });
  }
}

/**
 * Guards model output against a value policy, for `generateText` and `streamText`.
 *
 * Streamed text is gathered into sentences. In `hold` mode a sentence reaches the consumer only after it,
 * scored together with the sentences before it, passes; `monitor` streams at once and ends the stream at
 * the first violation (within one sentence of it); `final` checks the finished text once (a stream is held
 * until then). On a violation, `block` ends the stream with an error part carrying a `ValueGuardError`
 * (with the verdict) and a `content-filter` finish, or makes `generateText` throw it; `rewrite`
 * regenerates with steering toward the allowed bands, continuing after the text already released, at most
 * `maxRewrites` times before blocking; `flag` changes nothing and only reports. Every response that gets
 * through carries the guard's report (verdict, rewrites) in `providerMetadata.valueflow`.
 *
 * Parts other than text (tool calls, reasoning, sources, usage, finish) pass through unchanged and in
 * order. A check that fails (judge down, timeout) fails closed, except in flag-only guards. Cancelling the
 * stream or aborting the call aborts every pending judge call.
 *
 * Without `evaluator` or `judge`, the offline evaluator of `@valueflow/local` is loaded on the first check.
 *
 * @param options - Policy, timing, action and evaluator; see {@link ValueGuardOptions}.
 * @returns An AI SDK language model middleware (spec v4) with `wrapGenerate` and `wrapStream`.
 * @throws InvalidPolicyError for a missing or empty policy or a bad rule (unknown value, band outside [-10, 10]);
 *   InvalidArgumentError for an unknown mode or action or a bad count.
 * @example
 * const model = wrapLanguageModel({
 *   model: openai('gpt-4.1-mini'),
 *   middleware: valueGuardMiddleware({ policy: { rules: [{ value: 'care-harm', min: -2 }] }, onViolation: 'block' }),
 * });
 */
export function valueGuardMiddleware(options: ValueGuardOptions): LanguageModelMiddleware {
  validate(options);
  const catalogue = options.catalogue ?? defaultCatalogue;
  // Validated once here, so a bad policy fails when the middleware is created, not on the first response.
  const policy = normalizePolicy(options.policy, catalogue);
  const mode = options.mode ?? 'hold';
  const maxRewrites = countOption('maxRewrites', options.maxRewrites, 2);
  const contextSentences = countOption('contextSentences', options.contextSentences, 2);
  const enforce =
    options.onViolation === undefined
      ? policy.rules.some((rule) => rule.action !== 'flag')
      : options.onViolation !== 'flag';
  const evaluator = defaultEvaluator(options);
  const check: CheckText = async (text, signal) =>
    checkPolicy({ text, policy, catalogue, evaluator: await evaluator(), signal });
  const decide = (verdict: Verdict): ViolationAction =>
    options.onViolation ??
    verdict.violations.reduce<ViolationAction>(
      (strictest, violation) => (STRICTNESS[violation.action] > STRICTNESS[strictest] ? violation.action : strictest),
      'flag',
    );
  const shared = { mode, enforce, contextSentences, check, decide, maxRewrites };

  return {
    specificationVersion: 'v4',
    wrapGenerate: async ({ doGenerate, params, model }) =>
      guardGenerate({
        ...shared,
        result: await doGenerate(),
        signal: params.abortSignal,
        regenerate: ({ verdict }) =>
          model.doGenerate(steeredCallOptions({ params, violations: verdict.violations, released: '', catalogue })),
      }),
    wrapStream: async ({ doStream, params, model }) => {
      const { stream, ...rest } = await doStream();
      return {
        ...rest,
        stream: guardStream({
          ...shared,
          source: stream,
          signal: params.abortSignal,
          maxSentenceLength: options.maxSentenceLength,
          regenerate: ({ verdict, released }) =>
            model.doStream(steeredCallOptions({ params, violations: verdict.violations, released, catalogue })),
        }),
      };
    },
  };
}
