import type { VidbRecord } from '../../vidb/types';
import type { AnchorSampler, SamplerRandom } from '../anchor-sampler';
import { bucketBins } from './bucket-bins';

/**
 * Draws one anchor per bin from already computed bins; an empty bin falls back to a uniform draw
 * from all records (which may repeat a text), exactly as the reference does.
 *
 * @param options.bins - the bins from {@link bucketBins}.
 * @param options.records - all records of the value.
 * @param options.random - the window's generator.
 */
export function drawFromBins(options: {
  bins: readonly (readonly VidbRecord[])[];
  records: readonly VidbRecord[];
  random: SamplerRandom;
}): VidbRecord[] {
  const { bins, records, random } = options;
  return bins.map((bin) => (bin.length > 0 ? bin[random.int(bin.length)] : records[random.int(records.length)]));
}

/**
 * The paper's default sampler (method.md §5.2 `bucket`): k − 1 equal-width bins over the value's
 * intensity range, one uniform draw per bin, so every window spans the whole scale.
 */
export function createBucketSampler(): AnchorSampler {
  const cache = new WeakMap<readonly VidbRecord[], Map<number, VidbRecord[][]>>();
  const binsFor = (records: readonly VidbRecord[], count: number) => {
    let byCount = cache.get(records);
    if (!byCount) {
      byCount = new Map();
      cache.set(records, byCount);
    }
    let bins = byCount.get(count);
    if (!bins) {
      bins = bucketBins(records, count);
      byCount.set(count, bins);
    }
    return bins;
  };
  return {
    name: 'bucket',
    sample({ records, k, random }) {
      return drawFromBins({ bins: binsFor(records, k - 1), records, random });
    },
  };
}
