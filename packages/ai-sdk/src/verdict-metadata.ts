import type { Verdict } from '@valueflow/core';
import type { ProviderMetadata } from './ai-sdk-types';

/**
 * Joins the verdicts of several checks of one response (one per sentence window) into one: allowed
 * only if every check allowed it, with every score and violation kept, in check order.
 *
 * @param verdicts - The verdicts, oldest first.
 * @returns The joined verdict; an empty list gives an allowed verdict without scores.
 */
export function mergeVerdicts(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.length === 1) return verdicts[0];
  return {
    allowed: verdicts.every((verdict) => verdict.allowed),
    scores: verdicts.flatMap((verdict) => verdict.scores),
    violations: verdicts.flatMap((verdict) => verdict.violations),
  };
}

/** What the guard reports under `providerMetadata.valueflow`. */
export interface GuardReport {
  verdict: Verdict;
  /** Regenerations the response needed (0 when the first attempt passed). */
  rewrites: number;
  /** Checks that failed, in `flag` mode (where a failed check does not stop the response). */
  errors?: string[];
}

/**
 * Adds the guard's report to provider metadata under the `valueflow` key, keeping other providers' keys.
 *
 * @param metadata - The part's or result's existing provider metadata.
 * @param report - The report.
 * @returns New metadata; scores are copied through JSON so the value is plain JSON as the spec requires.
 */
export function withGuardReport(metadata: ProviderMetadata | undefined, report: GuardReport): ProviderMetadata {
  return { ...metadata, valueflow: JSON.parse(JSON.stringify(report)) };
}
