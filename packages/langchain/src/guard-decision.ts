import type { Verdict } from '@valueflow/core';

/** What a guard does with a verdict: pass it (also when only `flag` rules failed), block or rewrite. */
export type GuardDecision = 'pass' | 'block' | 'rewrite';

/**
 * The strongest action among a verdict's violations: one `block` rule blocks even when others ask for
 * a rewrite, because a rewrite might not fix the blocking value; `flag` violations only report.
 *
 * @param verdict - A verdict from `checkPolicy`.
 */
export function guardDecision(verdict: Verdict): GuardDecision {
  if (verdict.violations.some((violation) => violation.action === 'block')) return 'block';
  if (verdict.violations.some((violation) => violation.action === 'rewrite')) return 'rewrite';
  return 'pass';
}
