/** Result of {@link calibrateAnchored}: intensities in [-10, 10] and the zero it used. */
export interface AnchoredCalibration {
  intensities: number[];
  zero: number;
  zeroFrom: 'neutral-anchors' | 'all-texts';
  /** Utilities mapped to −10 and +10 (ends of the two linear scales). */
  ends: [number, number];
}

/** Share of a value's texts whose mean utility fixes each end of the scale. */
const END_SHARE = 0.05;

/**
 * Maps fitted utilities onto [-10, 10] so that the sign keeps its meaning.
 *
 * - Zero point: the median utility of the neutral anchors (everyday texts that touch no value), falling
 *   back to the median of all utilities when there are none.
 * - Ends: the mean utility of the most extreme 5% of the texts on each side (at least one) maps to ±10,
 *   with separate linear scales above and below zero; anything beyond clips at ±10. A single most
 *   extreme text is a poor end point: a text that never loses (or never wins) a window gets its utility
 *   from the fit's weak prior rather than from data, so it sits arbitrarily far out and would squeeze
 *   every other intensity of that side towards zero.
 *
 * Supporting texts thus land above 0 and opposing ones below, even when a value's texts lean to one side.
 *
 * @param options.utilities - Fitted utilities of the items (all finite).
 * @param options.anchorUtilities - Fitted utilities of the neutral anchors among them.
 * @returns Intensities in item order, the zero utility, where it came from, and the two end utilities.
 */
export function calibrateAnchored(options: { utilities: number[]; anchorUtilities: number[] }): AnchoredCalibration {
  const { utilities, anchorUtilities } = options;
  const zeroFrom = anchorUtilities.length > 0 ? 'neutral-anchors' : 'all-texts';
  const zero = median(anchorUtilities.length > 0 ? anchorUtilities : utilities);
  const sorted = [...utilities].sort((left, right) => left - right);
  const count = Math.max(1, Math.ceil(sorted.length * END_SHARE));
  const lowest = Math.min(zero, mean(sorted.slice(0, count)));
  const highest = Math.max(zero, mean(sorted.slice(-count)));
  const intensities = utilities.map((utility) => {
    if (utility > zero) return highest > zero ? Math.min(10, (10 * (utility - zero)) / (highest - zero)) : 0;
    if (utility < zero) return lowest < zero ? Math.max(-10, (-10 * (zero - utility)) / (zero - lowest)) : 0;
    return 0;
  });
  return { intensities, zero, zeroFrom, ends: [lowest, highest] };
}

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
