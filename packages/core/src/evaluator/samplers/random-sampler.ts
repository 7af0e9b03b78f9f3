import type { VidbRecord } from '../../vidb/types';
import type { AnchorSampler } from '../anchor-sampler';

/**
 * Draws k − 1 distinct anchors uniformly from the value's records (method.md §5.2 `random`); with
 * k − 1 records or fewer it uses them all and the window shrinks.
 */
export function createRandomSampler(): AnchorSampler {
  return {
    name: 'random',
    sample({ records, k, random }) {
      const count = k - 1;
      if (records.length <= count) return [...records];
      // Partial Fisher–Yates over indices: exactly `count` draws, no rejection loop.
      const indices = records.map((_, index) => index);
      const chosen: VidbRecord[] = [];
      for (let slot = 0; slot < count; slot += 1) {
        const pick = slot + random.int(indices.length - slot);
        [indices[slot], indices[pick]] = [indices[pick], indices[slot]];
        chosen.push(records[indices[slot]]);
      }
      return chosen;
    },
  };
}
