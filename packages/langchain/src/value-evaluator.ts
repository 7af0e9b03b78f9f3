import { resolveValue, type ValueScore } from '@valueflow/core';
import { createEvaluatorResolver, type EvaluatorSource } from './default-evaluator';
import { outputText } from './message-text';
import { describeValueScore, type IntensityBand, inBand } from '@valueflow/core';

/** What LangSmith and openevals pass to an evaluator. */
export interface EvaluatorRun {
  inputs?: unknown;
  outputs: unknown;
  referenceOutputs?: unknown;
}

/** An openevals-style result; `metadata` keeps the whole score so nothing is lost in the mapping. */
export interface ValueEvaluatorResult {
  /** `value:<value id>` unless a key was given. */
  key: string;
  /** The intensity in [-10, 10]; with a band, `true` when inside it; `null` when the text could not be scored. */
  score: number | boolean | null;
  /** Intensity, interval, band verdict, the two nearest anchors, panel, judge and method. */
  comment: string;
  metadata: {
    intensity: number | null;
    interval: [number, number] | null;
    level: number | null;
    band?: IntensityBand;
    score: ValueScore;
  };
}

/** Options shared by the single-value and the profile evaluator. */
interface CommonEvaluatorOptions extends EvaluatorSource {
  /** Picks the text to score from a run (default: the text of `outputs`; see the README for the shapes accepted). */
  text?: (run: EvaluatorRun) => string;
}

/** Options of {@link createValueEvaluator}. */
export interface ValueEvaluatorOptions extends CommonEvaluatorOptions {
  /** Value id or alias, e.g. `care-harm`, `benevolence`, `Care/Harm`. */
  value: string;
  /** Theory id, for names that are not unique mid-level values. */
  theory?: string;
  /** When given, the score is pass/fail: `true` when the intensity is inside the band. */
  band?: IntensityBand;
  /** Feedback key (default `value:<value id>`). */
  key?: string;
}

/** Options of {@link createValueProfileEvaluator}. */
export interface ValueProfileEvaluatorOptions extends CommonEvaluatorOptions {
  /** Values to score; one result per value, in this order. */
  values: string[];
  /** Pass/fail bands by value name as written in `values`. */
  bands?: Record<string, IntensityBand>;
}

function toResult(score: ValueScore, options: { key?: string; band?: IntensityBand }): ValueEvaluatorResult {
  const intensity = score.intensity;
  const scoreValue = intensity === null ? null : options.band ? inBand(intensity, options.band) : intensity;
  return {
    key: options.key ?? `value:${score.ref.value}`,
    score: scoreValue,
    comment: describeValueScore(score, options.band),
    metadata: { intensity, interval: score.interval, level: score.level, band: options.band, score },
  };
}

function checkValueNames(options: EvaluatorSource, names: string[], theory?: string): void {
  // A custom evaluator may carry its own catalogue, so only names for the default one are checked up front.
  if (options.evaluator) return;
  for (const name of names) resolveValue(name, { theory });
}

/**
 * An openevals-style evaluator that scores a run's output on one value with valueflow's anchor-based
 * method: `({ inputs, outputs, referenceOutputs }) → { key, score, comment }`. It fits LangSmith's
 * `evaluate(target, { evaluators: [evaluator] })` and plain loops alike.
 *
 * @param options - the value, an optional pass/fail band, and where scores come from (evaluator,
 *   judge, or the offline default from `@valueflow/local`).
 * @returns the evaluator function.
 * @throws UnknownValueError at construction when the value does not resolve (default catalogue).
 * @throws InvalidArgumentError (from the evaluator) when no text can be found in `outputs`.
 * @throws MissingDependencyError (from the evaluator) when the offline default is needed but missing.
 * @example
 * const careHarm = createValueEvaluator({ value: 'care-harm', band: { min: 0 } });
 * const { score, comment } = await careHarm({ outputs: 'Check on your neighbour after the storm.' });
 */
export function createValueEvaluator(
  options: ValueEvaluatorOptions,
): (run: EvaluatorRun) => Promise<ValueEvaluatorResult> {
  checkValueNames(options, [options.value], options.theory);
  const getEvaluator = createEvaluatorResolver(options);
  return async (run) => {
    const text = options.text ? options.text(run) : outputText(run.outputs);
    const evaluator = await getEvaluator();
    const score = await evaluator.score({ text, value: options.value, theory: options.theory });
    return toResult(score, { key: options.key, band: options.band });
  };
}

/**
 * The profile variant of {@link createValueEvaluator}: scores a run on several values and returns one
 * result per value, in the order given. For LangSmith's JS `evaluate`, wrap it as
 * `async (run) => ({ results: await profile(run) })`.
 *
 * @param options - the values, optional bands per value, and where scores come from.
 * @returns the evaluator function.
 * @throws UnknownValueError at construction when a value does not resolve (default catalogue).
 */
export function createValueProfileEvaluator(
  options: ValueProfileEvaluatorOptions,
): (run: EvaluatorRun) => Promise<ValueEvaluatorResult[]> {
  checkValueNames(options, options.values);
  const getEvaluator = createEvaluatorResolver(options);
  return async (run) => {
    const text = options.text ? options.text(run) : outputText(run.outputs);
    const evaluator = await getEvaluator();
    // One score per value keeps the order and the names as given; the evaluator bounds concurrency.
    const scores = await Promise.all(options.values.map((value) => evaluator.score({ text, value })));
    return scores.map((score, index) => toResult(score, { band: options.bands?.[options.values[index]] }));
  };
}
