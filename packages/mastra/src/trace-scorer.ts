import {
  createScorer,
  notScorable,
  type ScorerRunInputForAgent,
  type ScorerRunOutputForAgent,
  type Trajectory,
} from '@mastra/core/evals';
import {
  checkPolicy,
  type Evaluator,
  InvalidArgumentError,
  type NormalizedPolicy,
  normalizePolicy,
  type Policy,
  summarizeTrace,
  type TraceStepResult,
  type TraceSummary,
  type ValueRef,
  type ValueScore,
} from '@valueflow/core';
import { checkValues } from './check-values';
import { createEvaluatorResolver, type EvaluatorSource } from './default-evaluator';
import { describeTrace } from './describe-trace';
import { intensityToScore } from './intensity-to-score';
import { type SkippedTraceStep, type TraceStep, traceSteps } from './trace-steps';

/** Which per-value aggregate becomes the score when no policy is set. */
export type TraceAggregate = 'min' | 'mean' | 'max';

/** Options of {@link createValueTraceScorer}. */
export interface ValueTraceScorerOptions extends EvaluatorSource {
  /** Values to score at every step; optional when `policy` is set (its rules' values are scored anyway). */
  values?: Array<string | ValueRef>;
  /** Allowed bands per value; with a policy the score is pass/fail (1 when no step violates it). */
  policy?: Policy;
  /**
   * Without a policy: which aggregate over steps and values is mapped onto [0, 1] with
   * `(intensity + 10) / 20` (default `min`: a run is as good as its worst step).
   */
  aggregate?: TraceAggregate;
  /** Scorer id (default `valueflow-trace`). */
  id?: string;
  /** Display name (default the id). */
  name?: string;
}

/** What the trace scorer reads: agent response messages, a trajectory, or plain text. */
export type ValueTraceOutput = ScorerRunOutputForAgent | Trajectory | string;

/** One scored step: where it came from, its text, its scores and (under a policy) its verdict. */
export type ScoredTraceStep = TraceStep & TraceStepResult;

/** What the trace scorer's `analyze` step returns; Mastra keeps it as `analyzeStepResult`. */
export interface ValueTraceAnalysis {
  /** Every scored step in run order; `summary.firstViolation.step` indexes into it. */
  steps: ScoredTraceStep[];
  /** Steps without text (failed or unfinished tool calls, non-text results). */
  skipped: SkippedTraceStep[];
  /** Per-value min, max and mean with their steps, and the first step that violates the policy. */
  summary: TraceSummary;
}

const keyOf = (score: ValueScore) => `${score.ref.theory}/${score.ref.value}`;

async function scoreStep(
  step: TraceStep,
  options: { evaluator: Evaluator; values?: Array<string | ValueRef>; policy?: NormalizedPolicy },
): Promise<ScoredTraceStep> {
  const { evaluator, values, policy } = options;
  // The evaluator caches by content, so a value both in `values` and in the policy costs no second judge run.
  const [verdict, profile] = await Promise.all([
    policy ? checkPolicy({ text: step.text, policy, evaluator }) : undefined,
    values ? evaluator.profile({ text: step.text, values }) : undefined,
  ]);
  const scores = new Map<string, ValueScore>();
  for (const score of [...(verdict?.scores ?? []), ...(profile?.scores ?? [])]) {
    if (!scores.has(keyOf(score))) scores.set(keyOf(score), score);
  }
  return { ...step, scores: [...scores.values()], ...(verdict ? { verdict } : {}) };
}

function aggregateScore(summary: TraceSummary, aggregate: TraceAggregate): number | undefined {
  const picked = summary.values.flatMap((value) => (value[aggregate] === null ? [] : [value[aggregate] as number]));
  if (picked.length === 0) return undefined;
  if (aggregate === 'min') return intensityToScore(Math.min(...picked));
  if (aggregate === 'max') return intensityToScore(Math.max(...picked));
  return intensityToScore(picked.reduce((sum, intensity) => sum + intensity, 0) / picked.length);
}

/**
 * A Mastra scorer for a whole agent run: it scores every step (each stretch of assistant text and
 * each tool output) on the given values, aggregates them per value (min, max, mean and the steps they
 * occurred at) and, with a policy, finds the first step that leaves its band. A harmful tool result
 * is caught at its own step even when the final answer looks fine.
 *
 * Works with agent response messages (scorer attached to an agent, `runEvals` scorers, `scorer.run`)
 * and with trajectories (`runEvals({ scorers: { trajectory: [...] } })`, `extractTrajectoryFromTrace`).
 * Score: with a policy, 1 when no step violates it (flag rules included) and 0 otherwise; without one,
 * `(intensity + 10) / 20` of the chosen aggregate (default the minimum over steps and values).
 *
 * @param options - Values and/or policy and where scores come from; see {@link ValueTraceScorerOptions}.
 * @returns A Mastra scorer (`type: 'trajectory'`).
 * @throws InvalidArgumentError when neither `values` nor `policy` is given, for malformed values or a
 *   bad `aggregate`; InvalidPolicyError for a bad policy.
 */
export function createValueTraceScorer(options: ValueTraceScorerOptions) {
  if (!options || (options.values === undefined && options.policy === undefined)) {
    throw new InvalidArgumentError({
      argument: 'values',
      message: 'pass { values } and/or { policy } to score a trace.',
    });
  }
  const values = options.values === undefined ? undefined : checkValues(options.values);
  // Validated and resolved once here, so a bad policy fails at setup and each step skips the work.
  const policy = options.policy === undefined ? undefined : normalizePolicy(options.policy);
  const aggregate = options.aggregate ?? 'min';
  if (!['min', 'mean', 'max'].includes(aggregate)) {
    throw new InvalidArgumentError({
      argument: 'aggregate',
      message: `expected "min", "mean" or "max", got ${JSON.stringify(aggregate)}.`,
    });
  }
  const getEvaluator = createEvaluatorResolver(options);
  const id = options.id ?? 'valueflow-trace';
  const mapping = policy
    ? '1 when no step violates the policy, else 0'
    : `(intensity + 10) / 20 of the ${aggregate} over steps and values`;
  // Typed with both shapes: Mastra passes messages to agent and `runEvals` scorer lists, trajectories elsewhere.
  return createScorer<ScorerRunInputForAgent, ValueTraceOutput, string>({
    id,
    name: options.name ?? id,
    description: `Value intensities of every step and tool output of an agent run (valueflow); score: ${mapping}.`,
    type: 'trajectory',
  })
    .preprocess(({ run }) => {
      const found = traceSteps(run.output);
      if (found.steps.length > 0) return found;
      const skipped = found.skipped.map((step) => `${step.label}: ${step.reason}`).join('; ');
      return notScorable(`the run has no text to score${skipped ? ` (${skipped})` : ''}`);
    })
    .analyze(async ({ results }): Promise<ValueTraceAnalysis> => {
      const evaluator = await getEvaluator();
      const { steps: found, skipped } = results.preprocessStepResult;
      const steps = await Promise.all(found.map((step) => scoreStep(step, { evaluator, values, policy })));
      return { steps, skipped, summary: summarizeTrace(steps) };
    })
    .generateScore(({ results }) => {
      const { summary } = results.analyzeStepResult;
      if (policy) return summary.firstViolation === null ? 1 : 0;
      return aggregateScore(summary, aggregate) ?? notScorable('no step could be scored on any value');
    })
    .generateReason(
      ({ results, score }) =>
        `Score ${Number(score).toFixed(3)} (${mapping}). ${describeTrace(results.analyzeStepResult)}`,
    );
}
