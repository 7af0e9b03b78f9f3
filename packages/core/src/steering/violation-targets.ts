import type { Violation } from '../policy/types';
import type { SteeringTarget } from './steering-target';

/**
 * Steering targets that pull a rewrite back inside the allowed bands of the values a text violated.
 *
 * Aiming exactly at the band's edge would leave a model that under-shoots (the usual case) still
 * outside, so each target sits inside the band, past the edge that was crossed by a margin of up to
 * two points (half the band's width for narrow bands). One target per value: when a value was
 * violated several times (e.g. by several sentences), the first scored violation decides. Violations
 * without an intensity (the value could not be scored) give no direction, so they give no target.
 *
 * @param violations - The violations of one or more verdicts.
 * @returns One continuous-intensity target per violated value, in order of first appearance; empty when
 *   no violation was scored.
 */
export function violationTargets(violations: readonly Violation[]): SteeringTarget[] {
  const seen = new Set<string>();
  const targets: SteeringTarget[] = [];
  for (const violation of violations) {
    if (violation.intensity === null) continue;
    const key = `${violation.ref.theory}/${violation.ref.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [low, high] = violation.band;
    const margin = Math.min(2, (high - low) / 2);
    // An unscored value has no side to come back from: aim at the middle of its band.
    const intensity =
      violation.intensity === null ? (low + high) / 2 : violation.intensity > high ? high - margin : low + margin;
    targets.push({
      value: violation.ref.value,
      theory: violation.ref.theory,
      intensity: Math.max(-10, Math.min(10, intensity)),
    });
  }
  return targets;
}
