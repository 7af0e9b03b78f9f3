import { InvalidArgumentError } from '@valueflow/core';
import type { IntensityBand } from '@valueflow/core';

/**
 * Validates a pass/fail band when the scorer is created, so a typo fails at setup rather than
 * silently passing or failing every run.
 *
 * @param band - The band to check.
 * @returns The same band.
 * @throws InvalidArgumentError when an end is not a finite number in [-10, 10], or `min > max`.
 */
export function checkBand(band: IntensityBand): IntensityBand {
  for (const end of ['min', 'max'] as const) {
    const bound = band[end];
    if (bound === undefined) continue;
    if (typeof bound !== 'number' || !Number.isFinite(bound) || bound < -10 || bound > 10) {
      throw new InvalidArgumentError({
        argument: `band.${end}`,
        message: `expected a number in [-10, 10], got ${String(bound)}.`,
      });
    }
  }
  if (band.min === undefined && band.max === undefined) {
    throw new InvalidArgumentError({ argument: 'band', message: 'expected at least one of min and max.' });
  }
  if (band.min !== undefined && band.max !== undefined && band.min > band.max) {
    throw new InvalidArgumentError({
      argument: 'band',
      message: `min (${band.min}) is above max (${band.max}); expected min ≤ max.`,
    });
  }
  return band;
}
