import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { IntensityLevel } from '../evaluator/types';

/**
 * Maps a calibrated intensity onto the paper's ordinal levels with cut points 3 and 6
 * (method.md §4.8): `I ≥ 6` → +2, `3 ≤ I < 6` → +1, `-3 < I < 3` → 0, `-6 < I ≤ -3` → -1,
 * `I ≤ -6` → -2. The bins are symmetric so a text and its negation land on mirrored levels.
 *
 * @param intensity - A finite intensity, normally in [-10, 10]; values outside fall in the end bins.
 * @returns The level in -2..2.
 * @throws {InvalidArgumentError} When `intensity` is not a finite number.
 */
export function intensityLevel(intensity: number): IntensityLevel {
  if (!Number.isFinite(intensity)) {
    throw new InvalidArgumentError({ argument: 'intensity', message: `expected a finite number, got ${intensity}` });
  }
  if (intensity >= 6) return 2;
  if (intensity >= 3) return 1;
  if (intensity <= -6) return -2;
  if (intensity <= -3) return -1;
  return 0;
}
