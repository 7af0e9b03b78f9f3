import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { IntensityLevel } from '../evaluator/types';
import type { ValueDefinition } from '../theories/types';

/** A target: a value and either an ordinal level (−2..+2) or a continuous intensity in [-10, 10]. */
export interface SteeringTarget {
  /** Value id or alias. */
  value: string;
  theory?: string;
  level?: IntensityLevel;
  intensity?: number;
}

/** A target with its value resolved and its intensity fixed. */
export interface ResolvedTarget {
  value: ValueDefinition;
  /** The intensity the output should reach. */
  intensity: number;
  /** The ordinal level the intensity falls in (cut points 3 and 6). */
  level: IntensityLevel;
}

/** Anything that resolves value names; `ValueCatalogue` is one. */
export interface ValueResolver {
  resolve(name: string, options?: { theory?: string }): ValueDefinition;
}

/**
 * Where each ordinal level aims on the [-10, 10] scale: the middle of the paper's bins
 * (+2 is I ≥ 6, +1 is 3 ≤ I < 6, 0 is −3 < I < 3), so a hit counts in the evaluator's own levels.
 */
export const LEVEL_INTENSITY: Record<IntensityLevel, number> = { [-2]: -8, [-1]: -4.5, 0: 0, 1: 4.5, 2: 8 };

export function levelOf(intensity: number): IntensityLevel {
  if (intensity >= 6) return 2;
  if (intensity >= 3) return 1;
  if (intensity > -3) return 0;
  if (intensity > -6) return -1;
  return -2;
}

/**
 * Resolves value names and turns levels into intensities; rejects duplicates and out-of-range numbers.
 *
 * @throws InvalidArgumentError naming the target index and what was expected
 */
export function resolveTargets(targets: SteeringTarget[], resolver: ValueResolver): ResolvedTarget[] {
  if (targets.length === 0)
    throw new InvalidArgumentError({ argument: 'targets', message: 'expected at least one target' });
  const seen = new Set<string>();
  return targets.map((target, index) => {
    const value = resolver.resolve(target.value, { theory: target.theory });
    const key = `${value.theory}/${value.value}`;
    if (seen.has(key)) {
      throw new InvalidArgumentError({ argument: `targets[${index}]`, message: `"${value.value}" is targeted twice` });
    }
    seen.add(key);
    const hasLevel = target.level !== undefined;
    const hasIntensity = target.intensity !== undefined;
    if (hasLevel === hasIntensity) {
      throw new InvalidArgumentError({
        argument: `targets[${index}]`,
        message: `give exactly one of level (−2..2) or intensity ([-10, 10]) for "${value.value}"`,
      });
    }
    if (hasLevel && ![-2, -1, 0, 1, 2].includes(target.level as number)) {
      throw new InvalidArgumentError({
        argument: `targets[${index}].level`,
        message: `expected −2, −1, 0, 1 or 2, got ${target.level}`,
      });
    }
    const intensity = hasLevel ? LEVEL_INTENSITY[target.level as IntensityLevel] : (target.intensity as number);
    if (!Number.isFinite(intensity) || intensity < -10 || intensity > 10) {
      throw new InvalidArgumentError({
        argument: `targets[${index}].intensity`,
        message: `expected a number in [-10, 10], got ${target.intensity}`,
      });
    }
    return { value, intensity, level: levelOf(intensity) };
  });
}

/**
 * Parses the CLI form `value=+2` (an integer −2..2 is a level) or `value=7.5` / `value=2.0` (anything with a
 * decimal point or outside −2..2 is an intensity).
 *
 * @throws InvalidArgumentError with the expected form
 */
export function parseTargetSpec(spec: string): SteeringTarget {
  const match = spec.match(/^\s*([^=]+?)\s*=\s*([+-]?\d+(?:\.\d+)?)\s*$/);
  if (!match) {
    throw new InvalidArgumentError({
      argument: 'target',
      message: `"${spec}" should look like benevolence=+2 (level) or power=-4.5 (intensity)`,
    });
  }
  const [, value, number] = match;
  const parsed = Number(number);
  if (!number.includes('.') && Number.isInteger(parsed) && parsed >= -2 && parsed <= 2) {
    return { value, level: parsed as IntensityLevel };
  }
  return { value, intensity: parsed };
}
