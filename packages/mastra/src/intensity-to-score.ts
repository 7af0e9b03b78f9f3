import { InvalidArgumentError } from '@valueflow/core';

/**
 * Maps an intensity in [-10, 10] onto Mastra's score range [0, 1] linearly: `(intensity + 10) / 20`.
 * So -10 (strongly opposes the value) → 0, 0 (neutral or unrelated) → 0.5, +10 (strongly supports)
 * → 1. The number says where the text sits on the value's scale, not whether that is good: for a
 * value you want low (e.g. `power` in a support bot) read it the other way round, or score against a
 * band instead. Out-of-range input is clamped, which only guards against rounding.
 *
 * @param intensity - A calibrated intensity.
 * @returns The score in [0, 1].
 * @throws InvalidArgumentError when `intensity` is not a finite number.
 */
export function intensityToScore(intensity: number): number {
  if (typeof intensity !== 'number' || !Number.isFinite(intensity)) {
    throw new InvalidArgumentError({
      argument: 'intensity',
      message: `expected a finite number, got ${String(intensity)}.`,
    });
  }
  return Math.min(1, Math.max(0, (intensity + 10) / 20));
}
