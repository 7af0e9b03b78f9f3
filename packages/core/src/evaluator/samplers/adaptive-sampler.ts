import type { VidbRecord } from '../../vidb/types';
import type { AnchorSampler } from '../anchor-sampler';
import { createBucketSampler } from './bucket-sampler';
import { nearestRecord } from './nearest-record';

// How much farther from its target (in intensity units) an unused anchor may be and still be preferred.
const freshTolerance = 0.5;

/** Options of {@link createAdaptiveSampler}. */
export interface AdaptiveSamplerOptions {
  /**
   * Posterior probabilities at which later windows place their anchors, one per anchor slot; the
   * default spreads k − 1 slots evenly, `(i + 0.5) / (k − 1)`, i.e. 0.1, 0.3, 0.5, 0.7, 0.9 for k = 6.
   */
  quantiles?: readonly number[];
}

/**
 * The project's sequential sampler. The first window is a bucket window across the whole range; each
 * later window puts its anchors at quantiles of the current posterior, so they sit where the judge's
 * comparison is still uncertain (win probability near one half) and the spread shrinks as the
 * evidence grows. Anchors already shown for this text are avoided when an unused one is nearly as close.
 *
 * @param options - where later windows aim; see {@link AdaptiveSamplerOptions}.
 */
export function createAdaptiveSampler(options: AdaptiveSamplerOptions = {}): AnchorSampler {
  const bucket = createBucketSampler();
  return {
    name: 'adaptive',
    sequential: true,
    sample(request) {
      const { records, k, belief, usedAnchorIds } = request;
      if (belief.windows === 0) return bucket.sample(request);
      const slots = k - 1;
      const probabilities =
        options.quantiles && options.quantiles.length === slots
          ? options.quantiles
          : Array.from({ length: slots }, (_, index) => (index + 0.5) / slots);
      const chosen: VidbRecord[] = [];
      const taken = new Set<string>();
      for (const probability of probabilities) {
        const target = belief.quantile(probability);
        const nearest = nearestRecord({ records, target, exclude: (id) => taken.has(id) });
        if (!nearest) break;
        const fresh = nearestRecord({ records, target, exclude: (id) => taken.has(id) || usedAnchorIds.has(id) });
        // A text not shown before adds variety, but not at the price of a much less informative intensity.
        const record =
          fresh && Math.abs(fresh.intensity - target) <= Math.abs(nearest.intensity - target) + freshTolerance
            ? fresh
            : nearest;
        taken.add(record.id);
        chosen.push(record);
      }
      return chosen;
    },
  };
}
