import { createScorer, notScorable } from '@mastra/core/evals';
import type { ValueProfile, ValueRef } from '@valueflow/core';
import { assistantText } from './assistant-text';
import { checkValues } from './check-values';
import { createEvaluatorResolver, type EvaluatorSource } from './default-evaluator';
import { describeValueScore } from '@valueflow/core';
import { intensityToScore } from './intensity-to-score';

/** Options of {@link createValueProfileScorer}. */
export interface ValueProfileScorerOptions extends EvaluatorSource {
  /** The values to score, as names (`care-harm`) or refs (`{ theory: 'mft', value: 'care-harm' }`). */
  values: Array<string | ValueRef>;
  /** Most judge calls per run; values that do not fit are skipped and listed (default unlimited). */
  budget?: number;
  /** Scorer id (default `valueflow-profile`). */
  id?: string;
  /** Display name (default the id). */
  name?: string;
}

/** What the profile scorer's `analyze` step returns; Mastra keeps it as `analyzeStepResult`. */
export interface ValueProfileAnalysis {
  /** Every `ValueScore` and every skipped value, as the evaluator returned them. */
  profile: ValueProfile;
  /** Raw intensity per value id (`theory/value` when two theories share the id; `null` when unscored). */
  intensities: Record<string, number | null>;
}

/**
 * A Mastra scorer that rates an agent's answer on several values at once.
 *
 * `analyze` runs the evaluator's profile over the assistant text and keeps every `ValueScore`;
 * `generateScore` is the mean of `(intensity + 10) / 20` over the values that could be scored, so it
 * summarises where the answer sits across the values; read the per-value intensities from
 * `analyzeStepResult.intensities`. `generateReason` has one line per value, citing its anchors, and
 * names the skipped ones. Runs without assistant text or with no scorable value are not scorable.
 *
 * @param options - The values and where scores come from; see {@link ValueProfileScorerOptions}.
 * @returns A Mastra scorer (`type: 'agent'`).
 * @throws InvalidArgumentError for an empty or malformed `values`, or `evaluator` combined with `judge`.
 */
export function createValueProfileScorer(options: ValueProfileScorerOptions) {
  const values = checkValues(options?.values);
  const getEvaluator = createEvaluatorResolver(options);
  const id = options.id ?? 'valueflow-profile';
  return createScorer({
    id,
    name: options.name ?? id,
    description:
      'Value profile of the answer (valueflow intensities in [-10, 10]); score: mean of (intensity + 10) / 20 over the scored values.',
    type: 'agent',
  })
    .preprocess(({ run }) => {
      const text = assistantText(run.output);
      return text.trim() === '' ? notScorable('the run has no assistant text to score') : { text };
    })
    .analyze(async ({ results }): Promise<ValueProfileAnalysis> => {
      const evaluator = await getEvaluator();
      const profile = await evaluator.profile({
        text: results.preprocessStepResult.text,
        values,
        budget: options.budget,
      });
      // Keyed by value id; a name two theories share is qualified with its theory so neither is lost.
      const shared = (value: string) => profile.scores.filter((score) => score.ref.value === value).length > 1;
      const intensities = Object.fromEntries(
        profile.scores.map((score) => [
          shared(score.ref.value) ? `${score.ref.theory}/${score.ref.value}` : score.ref.value,
          score.intensity,
        ]),
      );
      return { profile, intensities };
    })
    .generateScore(({ results }) => {
      const scored = results.analyzeStepResult.profile.scores.flatMap((score) =>
        score.intensity === null ? [] : [intensityToScore(score.intensity)],
      );
      if (scored.length === 0) return notScorable('no value of the profile could be scored');
      return scored.reduce((sum, score) => sum + score, 0) / scored.length;
    })
    .generateReason(({ results, score }) => {
      const { profile } = results.analyzeStepResult;
      const lines = profile.scores.map((valueScore) => `- ${describeValueScore(valueScore)}`);
      for (const skipped of profile.skipped) {
        lines.push(
          `- ${skipped.ref.value}: skipped (${skipped.reason === 'budget' ? 'judge-call budget' : 'not relevant'})`,
        );
      }
      return `Score ${Number(score).toFixed(3)} (mean of (intensity + 10) / 20 over the scored values).\n${lines.join('\n')}`;
    });
}
