import { createScorer, notScorable } from '@mastra/core/evals';
import { canonicalValueId, InvalidArgumentError, type ValueScore } from '@valueflow/core';
import { assistantText } from './assistant-text';
import { checkBand } from './check-band';
import { createEvaluatorResolver, type EvaluatorSource } from './default-evaluator';
import { describeValueScore, type IntensityBand, inBand } from '@valueflow/core';
import { intensityToScore } from './intensity-to-score';

/** Options of {@link createValueScorer}. */
export interface ValueScorerOptions extends EvaluatorSource {
  /** Value id, alias or display name, e.g. `care-harm`, `care/harm`, `benevolence`. */
  value: string;
  /** Theory id, for names that are not unique mid-level values. */
  theory?: string;
  /**
   * Allowed intensity band. With a band the score is pass/fail: 1 inside (ends inclusive), 0
   * outside. Without one it is `(intensity + 10) / 20`.
   */
  band?: IntensityBand;
  /** Scorer id (default `valueflow-<value>`); ids must be unique within an agent's scorers. */
  id?: string;
  /** Display name (default the id). */
  name?: string;
}

/** What the value scorer's `analyze` step returns; Mastra keeps it as `analyzeStepResult`. */
export interface ValueAnalysis {
  /** The full core score: intensity, interval, level, cited anchors, panel, judge, method. */
  score: ValueScore;
  /** The raw intensity in [-10, 10], or `null` when the evaluator could not score the text. */
  intensity: number | null;
  interval: [number, number] | null;
  /** Whether the intensity lies inside the band; only present when a band is set. */
  passed?: boolean;
}

/**
 * A Mastra scorer that rates an agent's answer on one value with valueflow's calibrated,
 * anchor-based evaluator.
 *
 * Steps: `preprocess` takes the assistant text from the run; `analyze` scores it and keeps the whole
 * `ValueScore` (raw intensity, interval, cited anchors, provenance); `generateScore` maps the
 * intensity onto [0, 1] as `(intensity + 10) / 20`, or gives 1/0 for inside/outside `band`;
 * `generateReason` explains the score and cites the reference texts that bracket it. A run without
 * assistant text, or one the evaluator could not score (every judge window dropped), is returned as
 * not scorable with the reason, so it does not skew averages.
 *
 * Without `evaluator` or `judge` the offline evaluator of `@valueflow/local` is loaded on first use.
 *
 * @param options - The value, an optional band and where scores come from; see {@link ValueScorerOptions}.
 * @returns A Mastra scorer (`type: 'agent'`) for `Agent({ scorers })`, `runEvals` or `scorer.run`.
 * @throws InvalidArgumentError for an empty value, a bad band, or `evaluator` combined with `judge`.
 * @example
 * const scorer = createValueScorer({ value: 'care-harm', band: { min: 0 } });
 * const agent = new Agent({ ..., scorers: { care: { scorer, sampling: { type: 'ratio', rate: 0.1 } } } });
 */
export function createValueScorer(options: ValueScorerOptions) {
  if (typeof options?.value !== 'string' || canonicalValueId(options.value) === '') {
    throw new InvalidArgumentError({ argument: 'value', message: 'expected a value name such as "care-harm".' });
  }
  const { value, theory } = options;
  const band = options.band === undefined ? undefined : checkBand(options.band);
  const getEvaluator = createEvaluatorResolver(options);
  const id = options.id ?? `valueflow-${canonicalValueId(value)}`;
  const mapping = band
    ? `1 when the intensity lies in [${band.min ?? -10}, ${band.max ?? 10}], else 0`
    : '(intensity + 10) / 20, so 0 opposes, 0.5 is neutral and 1 supports';
  return createScorer({
    id,
    name: options.name ?? id,
    description: `How strongly the answer supports or opposes ${value} (valueflow intensity in [-10, 10]); score: ${mapping}.`,
    type: 'agent',
  })
    .preprocess(({ run }) => {
      const text = assistantText(run.output);
      return text.trim() === '' ? notScorable('the run has no assistant text to score') : { text };
    })
    .analyze(async ({ results }): Promise<ValueAnalysis> => {
      const evaluator = await getEvaluator();
      const score = await evaluator.score({ text: results.preprocessStepResult.text, value, theory });
      const analysis: ValueAnalysis = { score, intensity: score.intensity, interval: score.interval };
      if (band) analysis.passed = score.intensity !== null && inBand(score.intensity, band);
      return analysis;
    })
    .generateScore(({ results }) => {
      const { score, passed } = results.analyzeStepResult;
      if (score.intensity === null) return notScorable(describeValueScore(score));
      if (band) return passed ? 1 : 0;
      return intensityToScore(score.intensity);
    })
    .generateReason(({ results, score }) => {
      const detail = describeValueScore(results.analyzeStepResult.score, band);
      return `Score ${Number(score).toFixed(3)} (${mapping}). ${detail}`;
    });
}
