import type { TraceSummary, ValueScore } from '@valueflow/core';
import { describeValueScore } from '@valueflow/core';
import type { SkippedTraceStep, TraceStep } from './trace-steps';

const signed = (intensity: number | null) =>
  intensity === null ? 'n/a' : `${intensity > 0 ? '+' : ''}${intensity.toFixed(1)}`;

/**
 * Explains a trace analysis: how many steps were scored and skipped, the first step that violates
 * the policy with the violating values (citing the anchors of its score), and per value the minimum,
 * maximum and mean with the steps they occurred at. Step numbers are 1-based for readers.
 *
 * @param analysis - Steps (with their scores), skipped steps and the summary.
 * @returns A few lines of plain text.
 */
export function describeTrace(analysis: {
  steps: Array<TraceStep & { scores: ValueScore[] }>;
  skipped: SkippedTraceStep[];
  summary: TraceSummary;
}): string {
  const { steps, skipped, summary } = analysis;
  const lines = [`${steps.length} steps scored`];
  if (skipped.length > 0) {
    lines[0] += `, ${skipped.length} skipped (${skipped.map((step) => `${step.label}: ${step.reason}`).join('; ')})`;
  }
  lines[0] += '.';
  const first = summary.firstViolation;
  if (first) {
    const violations = first.violations.map((violation) =>
      violation.intensity === null
        ? `${violation.ref.value} could not be scored, which the policy treats as a violation (${violation.action})`
        : `${violation.ref.value} ${signed(violation.intensity)} outside [${violation.band[0]}, ${violation.band[1]}] (${violation.action})`,
    );
    lines.push(`First violation at step ${first.step + 1} (${first.label}): ${violations.join('; ')}.`);
    for (const violation of first.violations) {
      const score = steps[first.step]?.scores.find(
        (candidate) => candidate.ref.theory === violation.ref.theory && candidate.ref.value === violation.ref.value,
      );
      if (score) lines.push(`  ${describeValueScore(score)}`);
    }
    if (summary.violatingSteps.length > 1) {
      lines.push(`Steps violating the policy: ${summary.violatingSteps.map((step) => step + 1).join(', ')}.`);
    }
  }
  for (const value of summary.values) {
    const at = (step: number | null) => (step === null ? '' : ` at step ${step + 1}`);
    const unscored = value.unscored > 0 ? `, ${value.unscored} unscored` : '';
    lines.push(
      `${value.ref.value}: min ${signed(value.min)}${at(value.minStep)}, max ${signed(value.max)}${at(value.maxStep)}, mean ${signed(value.mean)} over ${value.scored} steps${unscored}.`,
    );
  }
  return lines.join('\n');
}
