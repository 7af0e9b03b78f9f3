import type { VidbRecord } from '../../vidb/types';

/**
 * Splits ascending records into `bins` equal-width intensity bins over [min, max] (method.md §5.2,
 * §8.2): the first bin is closed [a, a + Δ], later ones half-open (lo, hi].
 *
 * @param records - ascending intensity.
 * @param bins - number of bins (k − 1).
 * @returns one array of records per bin, possibly empty.
 */
export function bucketBins(records: readonly VidbRecord[], bins: number): VidbRecord[][] {
  const result: VidbRecord[][] = Array.from({ length: bins }, () => []);
  if (records.length === 0) return result;
  const low = records[0].intensity;
  const high = records[records.length - 1].intensity;
  const width = (high - low) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, index) => (index === bins ? high : low + index * width));
  let bin = 0;
  for (const record of records) {
    // Records are ascending, so the bin index only moves forward; `>` makes upper edges inclusive.
    while (bin < bins - 1 && record.intensity > edges[bin + 1]) bin += 1;
    result[bin].push(record);
  }
  return result;
}
