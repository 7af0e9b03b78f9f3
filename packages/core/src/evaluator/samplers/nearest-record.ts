import type { VidbRecord } from '../../vidb/types';

/**
 * The record whose intensity is closest to `target`, skipping excluded ids; `undefined` when every
 * record is excluded.
 *
 * @param options.records - ascending intensity.
 * @param options.target - the wanted intensity.
 * @param options.exclude - ids not to return.
 */
export function nearestRecord(options: {
  records: readonly VidbRecord[];
  target: number;
  exclude: (id: string) => boolean;
}): VidbRecord | undefined {
  const { records, target, exclude } = options;
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (records[middle].intensity < target) low = middle + 1;
    else high = middle;
  }
  // Walk outwards from the insertion point, taking whichever side is closer.
  let left = low - 1;
  let right = low;
  while (left >= 0 || right < records.length) {
    const leftGap = left >= 0 ? target - records[left].intensity : Number.POSITIVE_INFINITY;
    const rightGap = right < records.length ? records[right].intensity - target : Number.POSITIVE_INFINITY;
    const candidate = leftGap <= rightGap ? records[left--] : records[right++];
    if (!exclude(candidate.id)) return candidate;
  }
  return undefined;
}
