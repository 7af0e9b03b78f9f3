import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueDefinition } from '../theories/types';
import { intensityLevel } from '../vidb/intensity-level';
import type { ReferencePanel } from '../vidb/types';
import { type AbortSignalLike, createCancellation, throwIfAborted } from './abortable';
import type { AnchorSampler } from './anchor-sampler';
import type { CallBudget, CallLedger, JudgeCallSettings } from './call-judge';
import { estimateIntensity, type IntensityEstimate, type PointEstimator } from './estimate-intensity';
import type { EvaluatorUsage } from './evaluator-options';
import { hashKey, hashSeed } from './hash-seed';
import { createJointPosterior } from './joint-posterior';
import { type DroppedWindow, type JudgedWindow, judgeWindow } from './judge-window';
import type { ScoreCache } from './score-cache';
import type { ValueScore } from './types';

// What non-sequential samplers see as the belief: the uniform prior, built once.
const uniformBelief = createJointPosterior([], { scale: 1 });

/** Everything one evaluator instance shares between its scores. */
export interface EvaluatorContext {
  panel: ReferencePanel;
  sampler: AnchorSampler;
  k: number;
  /** Windows per text (the maximum, for sequential samplers). */
  windows: number;
  /** Sequential samplers stop once the interval is narrower than this. */
  targetWidth?: number;
  seed: number;
  confidence: number;
  noiseScale: number | 'estimate';
  estimator: PointEstimator;
  maxTextLength: number;
  settings: JudgeCallSettings;
  cache?: ScoreCache;
  method: string;
  totals: EvaluatorUsage;
}

/**
 * Scores one text on one resolved value: cache lookup, windows (in parallel, or one after another
 * for sequential samplers, which may stop early), estimate, and the full `ValueScore` record.
 *
 * @param options.context - the evaluator's shared state.
 * @param options.value - the resolved value.
 * @param options.text - the text as given (truncated here when too long).
 * @param options.budget - a profile's shared call budget, if any.
 * @param options.signal - cancels everything.
 * @throws InvalidArgumentError when the text is not a non-empty string or the panel has no records
 *   for the value; AbortedError on abort.
 */
export async function scoreValue(options: {
  context: EvaluatorContext;
  value: ValueDefinition;
  text: string;
  budget?: CallBudget;
  signal?: AbortSignalLike;
}): Promise<ValueScore> {
  const { context, value, budget } = options;
  throwIfAborted(options.signal, 'evaluation');
  if (typeof options.text !== 'string' || options.text.trim().length === 0) {
    throw new InvalidArgumentError({ argument: 'text', message: 'expected a non-empty string to evaluate.' });
  }
  const records = context.panel.records(value);
  if (records.length === 0) {
    throw new InvalidArgumentError({
      argument: 'value',
      message: `the reference panel ${context.panel.hash} has no records for ${value.theory}/${value.value}; expected one of its values (${context.panel
        .values()
        .map((ref) => ref.value)
        .join(', ')}).`,
    });
  }
  const notices: string[] = [];
  let text = options.text;
  if (text.length > context.maxTextLength) {
    notices.push(`text truncated from ${text.length} to ${context.maxTextLength} characters before judging`);
    text = text.slice(0, context.maxTextLength);
  }
  const seed = hashSeed([context.seed, value.theory, value.value, text]);
  const judgeId = context.settings.judge.id;
  const cacheKey = context.cache
    ? hashKey([context.panel.hash, judgeId, context.method, context.seed, value.theory, value.value, text])
    : '';
  if (context.cache) {
    const cached = await context.cache.get(cacheKey);
    if (cached) {
      context.totals.cacheHits += 1;
      return { ...cached, cached: true };
    }
  }

  // One listener on the caller's signal however many windows and retries run below it.
  const cancellation = createCancellation(options.signal);
  const signal = options.signal ? cancellation.signal : undefined;
  const ledger: CallLedger = { judgeCalls: 0, usage: {} };
  const judged: JudgedWindow[] = [];
  const dropped: DroppedWindow[] = [];
  const common = { seed, text, value, records, panel: context.panel.hash, k: context.k, sampler: context.sampler };
  const callOptions = { settings: context.settings, ledger, budget, signal };
  const estimate = () =>
    estimateIntensity({
      windows: judged,
      confidence: context.confidence,
      noiseScale: context.noiseScale,
      estimator: context.estimator,
    });
  let result: IntensityEstimate | undefined;
  try {
    if (context.sampler.sequential) {
      const usedAnchorIds = new Set<string>();
      let current = estimate();
      for (let index = 0; index < context.windows; index += 1) {
        const belief = current.posterior;
        const outcome = await judgeWindow({ ...common, ...callOptions, index, belief, usedAnchorIds });
        for (const anchor of outcome.anchors) usedAnchorIds.add(anchor.id);
        if ('dropped' in outcome) dropped.push(outcome.dropped);
        else judged.push(outcome.window);
        current = estimate();
        const { interval } = current;
        if (context.targetWidth !== undefined && interval && interval[1] - interval[0] < context.targetWidth) break;
        if (budget && budget.remaining <= 0) break;
      }
      result = current;
    } else {
      const belief = uniformBelief;
      const outcomes = await Promise.all(
        Array.from({ length: context.windows }, (_, index) =>
          judgeWindow({ ...common, ...callOptions, index, belief, usedAnchorIds: new Set() }),
        ),
      );
      for (const outcome of outcomes) {
        if ('dropped' in outcome) dropped.push(outcome.dropped);
        else judged.push(outcome.window);
      }
    }
  } finally {
    cancellation.dispose();
    context.totals.judgeCalls += ledger.judgeCalls;
    context.totals.inputTokens += ledger.usage.inputTokens ?? 0;
    context.totals.outputTokens += ledger.usage.outputTokens ?? 0;
  }

  result ??= estimate();
  const score: ValueScore = {
    ref: { theory: value.theory, value: value.value },
    intensity: result.intensity,
    interval: result.interval,
    level: result.intensity === null ? null : intensityLevel(result.intensity),
    evidence: result.evidence,
    windows: judged.length,
    dropped,
    judgeCalls: ledger.judgeCalls,
    usage: ledger.usage,
    panel: context.panel.hash,
    judge: judgeId,
    method: context.method,
    seed: context.seed,
    scale: result.scale,
    notices,
  };
  // Only complete runs are cached: a window lost to a timeout or an outage may succeed next time.
  if (context.cache && dropped.length === 0 && score.intensity !== null) await context.cache.set(cacheKey, score);
  return score;
}
