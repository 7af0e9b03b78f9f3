import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { defaultCatalogue } from '../theories/default-catalogue';
import { createLimiter } from './create-limiter';
import type { PointEstimator } from './estimate-intensity';
import type { AbortSignalLike } from './abortable';
import type { Evaluator, EvaluatorOptions, EvaluatorUsage, ScoreRequest } from './evaluator-options';
import { profileText } from './profile-text';
import { resolveSampler } from './samplers/resolve-sampler';
import { createMemoryScoreCache } from './score-cache';
import { scoreMany } from './score-many';
import { type EvaluatorContext, scoreValue } from './score-value';

function integerOption(name: string, value: number | undefined, fallback: number, minimum: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < minimum) {
    throw new InvalidArgumentError({
      argument: name,
      message: `expected an integer ≥ ${minimum}, got ${String(value)}.`,
    });
  }
  return value;
}

function positiveOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0) || !Number.isFinite(value)) {
    throw new InvalidArgumentError({ argument: name, message: `expected a finite number > 0, got ${String(value)}.` });
  }
  return value;
}

// `pl-mean` / `pl-map`, with `-s<scale>` when the judge-noise scale is fixed instead of estimated.
function describeEstimator(estimator: PointEstimator, noiseScale: number | 'estimate'): string {
  const base = estimator === 'map' ? 'pl-map' : 'pl-mean';
  return noiseScale === 'estimate' ? base : `${base}-s${noiseScale}`;
}

/**
 * Creates the anchor-based evaluator (method.md §5): a judge ranks the text among reference texts
 * of known intensity, window by window, and a Plackett–Luce estimate with the anchors held fixed
 * gives a calibrated intensity with an uncertainty interval. Options are validated here, so a bad
 * configuration fails at construction rather than on the first text.
 *
 * Judge calls are bounded across everything the instance does (`concurrency`), retried with
 * seeded backoff, timed out, cancellable and counted; finished scores are cached by content.
 *
 * @param options - see {@link EvaluatorOptions}.
 * @returns the evaluator.
 * @throws InvalidArgumentError for a missing panel or judge, or an option out of range.
 *
 * @example
 * ```ts
 * const evaluator = createEvaluator({ panel, judge });
 * const score = await evaluator.score({ text: 'I stayed to help my neighbour move.', value: 'benevolence' });
 * console.log(score.intensity, score.interval, score.method); // e.g. 5.1 [3.2, 6.9] bucket/k6/m3/pl-map
 * ```
 */
export function createEvaluator(options: EvaluatorOptions): Evaluator {
  if (!options?.panel || typeof options.panel.records !== 'function') {
    throw new InvalidArgumentError({ argument: 'panel', message: 'expected a reference panel (e.g. a ReferenceDb).' });
  }
  if (!options.judge || typeof options.judge.rank !== 'function') {
    throw new InvalidArgumentError({ argument: 'judge', message: 'expected a RankingJudge with `id` and `rank()`.' });
  }
  const sampler = resolveSampler(options);
  const fixedCount = options.sampler === 'fixed' ? (options.fixedAnchors?.length ?? 0) : 0;
  const k = fixedCount > 0 ? fixedCount + 1 : integerOption('k', options.k, 6, 2);
  const baseWindows = integerOption('windows', options.windows, 3, 1);
  const windows = sampler.sequential
    ? integerOption('adaptive.maxWindows', options.adaptive?.maxWindows, baseWindows, 1)
    : baseWindows;
  const targetWidth =
    options.adaptive?.targetWidth === undefined
      ? undefined
      : positiveOption('adaptive.targetWidth', options.adaptive.targetWidth, 1);
  const confidence = options.confidence ?? 0.9;
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new InvalidArgumentError({
      argument: 'confidence',
      message: `expected a number strictly between 0 and 1, got ${String(confidence)}.`,
    });
  }
  const noiseScale = options.noiseScale ?? 'estimate';
  if (noiseScale !== 'estimate') positiveOption('noiseScale', noiseScale, 1);
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError({ argument: 'seed', message: `expected a safe integer, got ${String(seed)}.` });
  }
  const estimator = options.estimator ?? 'posterior-mean';
  if (estimator !== 'posterior-mean' && estimator !== 'map') {
    throw new InvalidArgumentError({
      argument: 'estimator',
      message: `expected 'posterior-mean' or 'map', got ${String(estimator)}.`,
    });
  }
  const method = `${sampler.name}/k${k}/m${windows}/${describeEstimator(estimator, noiseScale)}`;
  const concurrency = integerOption('concurrency', options.concurrency, 4, 1);
  const totals: EvaluatorUsage = { judgeCalls: 0, inputTokens: 0, outputTokens: 0, cacheHits: 0 };
  const context: EvaluatorContext = {
    panel: options.panel,
    sampler,
    k,
    windows,
    targetWidth,
    seed,
    confidence,
    noiseScale,
    estimator,
    maxTextLength: integerOption('maxTextLength', options.maxTextLength, 4000, 1),
    settings: {
      judge: options.judge,
      limiter: createLimiter(concurrency),
      retries: integerOption('retries', options.retries, 2, 0),
      retryDelayMs: options.retryDelayMs === 0 ? 0 : positiveOption('retryDelayMs', options.retryDelayMs, 250),
      timeoutMs: positiveOption('timeoutMs', options.timeoutMs, 120_000),
    },
    cache: options.cache === false ? undefined : (options.cache ?? createMemoryScoreCache()),
    method,
    totals,
  };
  const catalogue = options.catalogue ?? defaultCatalogue;

  const scoreRequest = async (request: Omit<ScoreRequest, 'signal'>, signal?: AbortSignalLike) => {
    const value = catalogue.resolve(request.value, { theory: request.theory });
    return scoreValue({ context, value, text: request.text, signal });
  };
  const evaluator: Evaluator = {
    method,
    score: (request) => scoreRequest(request, request.signal),
    profile: (request) => profileText({ context, catalogue, request }),
    scoreMany: (items, batchOptions) =>
      scoreMany({ items, score: scoreRequest, width: concurrency * 2, options: batchOptions }),
    usage: () => ({ ...totals }),
  };
  return evaluator;
}
