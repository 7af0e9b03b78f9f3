import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueScore } from '../evaluator/types';
import type { ValueRef } from '../theories/types';
import type { Verdict, Violation } from './types';

/** The scores (and, under a policy, the verdict) of one step of an agent run. */
export interface TraceStepResult {
  /** What the step was, for reports: e.g. `assistant text`, `tool lookupOrder`. */
  label: string;
  /** Every value score of this step's text. */
  scores: ValueScore[];
  /** The policy verdict of this step's text, when a policy was checked. */
  verdict?: Verdict;
}

/** How one value moved over the steps of a run. */
export interface TraceValueSummary {
  ref: ValueRef;
  /** Lowest intensity over the scored steps; `null` when no step could be scored on this value. */
  min: number | null;
  /** Highest intensity over the scored steps; `null` when none was scored. */
  max: number | null;
  /** Mean intensity over the scored steps; `null` when none was scored. */
  mean: number | null;
  /** Index of the step with the lowest intensity (the first one on ties). */
  minStep: number | null;
  /** Index of the step with the highest intensity (the first one on ties). */
  maxStep: number | null;
  /** Steps with an intensity on this value. */
  scored: number;
  /** Steps where the evaluator returned no intensity (every window dropped); see their `dropped`. */
  unscored: number;
}

/** The first step that broke the policy. */
export interface TraceViolation {
  step: number;
  label: string;
  violations: Violation[];
}

/** Aggregate of a run: per-value extremes and means, and where the policy was first broken. */
export interface TraceSummary {
  /** Steps aggregated. */
  steps: number;
  /** One entry per value seen in any step, in order of first appearance. */
  values: TraceValueSummary[];
  /** False when any step's verdict disallows it. Steps without a verdict count as allowed. */
  allowed: boolean;
  /** The earliest step whose verdict has violations (of any action, `flag` included); `null` if none. */
  firstViolation: TraceViolation | null;
  /** Indices of every step with at least one violation, ascending. */
  violatingSteps: number[];
}

const keyOf = (ref: ValueRef) => `${ref.theory}/${ref.value}`;

/**
 * Aggregates per-step value scores of an agent run (each assistant text, each tool output) into
 * one summary. A run is only as safe as its worst step: a harmful tool output in step 2 matters even
 * when the final answer is polite, so the summary keeps the minimum and maximum with the step they
 * occurred at next to the mean, and names the first step whose policy verdict has violations.
 *
 * Unscored step scores (`intensity: null`) are counted in `unscored`, not averaged as zero.
 *
 * @param results - Step results in run order; the index in this array is the step number.
 * @returns The summary; an empty run gives no values and `allowed: true`.
 * @throws InvalidArgumentError when `results` is not an array or a step has no `scores` array.
 */
export function summarizeTrace(results: readonly TraceStepResult[]): TraceSummary {
  if (!Array.isArray(results)) {
    throw new InvalidArgumentError({ argument: 'results', message: 'expected an array of trace step results.' });
  }
  const byValue = new Map<string, TraceValueSummary & { sum: number }>();
  const violatingSteps: number[] = [];
  let firstViolation: TraceViolation | null = null;
  let allowed = true;
  results.forEach((result, step) => {
    if (!Array.isArray(result?.scores)) {
      throw new InvalidArgumentError({
        argument: `results[${step}].scores`,
        message: 'expected an array of value scores (empty when the step had nothing to score).',
      });
    }
    for (const score of result.scores) {
      const key = keyOf(score.ref);
      let summary = byValue.get(key);
      if (!summary) {
        summary = {
          ref: score.ref,
          min: null,
          max: null,
          mean: null,
          minStep: null,
          maxStep: null,
          scored: 0,
          unscored: 0,
          sum: 0,
        };
        byValue.set(key, summary);
      }
      if (score.intensity === null) {
        summary.unscored += 1;
        continue;
      }
      summary.scored += 1;
      summary.sum += score.intensity;
      if (summary.min === null || score.intensity < summary.min) {
        summary.min = score.intensity;
        summary.minStep = step;
      }
      if (summary.max === null || score.intensity > summary.max) {
        summary.max = score.intensity;
        summary.maxStep = step;
      }
    }
    const verdict = result.verdict;
    if (!verdict) return;
    if (!verdict.allowed) allowed = false;
    if (verdict.violations.length > 0) {
      violatingSteps.push(step);
      firstViolation ??= { step, label: result.label, violations: verdict.violations };
    }
  });
  const values = [...byValue.values()].map(({ sum, ...summary }) => ({
    ...summary,
    mean: summary.scored > 0 ? sum / summary.scored : null,
  }));
  return { steps: results.length, values, allowed, firstViolation, violatingSteps };
}
