import { addWordFeatures } from './word-features';

/**
 * A linear intensity head over a text's features, trained on a reference panel: one weight vector
 * shared by all values plus one per value (multi-task ridge regression), so values with few
 * records borrow strength from the rest and a value the head never saw still gets the shared part.
 */
export interface IntensityHead {
  /** Version tag that goes into the judge id, e.g. `head-v1`. */
  id: string;
  /** Id of the embedder the head was trained on; other embedders' vectors do not fit. */
  embedder: string;
  /** Embedding length. */
  dimensions: number;
  /** Weight of the two lexicon polarity features. */
  polarityScale: number;
  /** Buckets of the hashed bag of words (0: none). */
  wordBuckets: number;
  /** Weight of the bag-of-words block. */
  wordScale: number;
  /**
   * Multiplier on the linear prediction: ridge shrinks predictions towards 0, and anchors sit at
   * their full intensities, so the spread of held-out predictions is matched to the panel's.
   */
  stretch: number;
  /** Judge-noise scale s measured on held-out panel texts (PL with utilities intensity / s). */
  noiseScale: number;
  /** Hash of the panel the head was trained on. */
  panel: string;
  /** Weights shared by every value. */
  shared: Float32Array;
  /** `theory/value` → that value's own weights (added to the shared ones). */
  values: Map<string, Float32Array>;
}

/** The text-only part of the features: embedding and lexicon polarity, computed once per text. */
export interface TextSignals {
  vector: Float32Array;
  polarity: readonly number[];
  text: string;
}

/** Length of the head's feature vector. */
export function featureLength(head: Pick<IntensityHead, 'dimensions' | 'wordBuckets'>): number {
  return head.dimensions + 3 + head.wordBuckets;
}

/**
 * Builds the feature vector the head reads: [embedding, polarity × scale, 1, hashed words × scale].
 * Training and inference both go through here, so they cannot drift apart.
 *
 * @param head - Layout and scales (weights are not read).
 * @param signals - The text, its embedding and its lexicon polarity.
 */
export function headFeatures(
  head: Pick<IntensityHead, 'dimensions' | 'wordBuckets' | 'polarityScale' | 'wordScale'>,
  signals: TextSignals,
): Float64Array {
  const features = new Float64Array(featureLength(head));
  features.set(signals.vector);
  features[head.dimensions] = signals.polarity[0] * head.polarityScale;
  features[head.dimensions + 1] = signals.polarity[1] * head.polarityScale;
  features[head.dimensions + 2] = 1;
  addWordFeatures({
    text: signals.text,
    out: features,
    offset: head.dimensions + 3,
    size: head.wordBuckets,
    scale: head.wordScale,
  });
  return features;
}

/**
 * Predicted intensity of a text on a value (shared weights plus the value's own, when the head knows
 * the value), clipped to [−10, 10].
 *
 * @param head - The trained head.
 * @param features - From {@link headFeatures}.
 * @param valueKey - `theory/value`.
 */
export function predictIntensity(head: IntensityHead, features: Float64Array, valueKey: string): number {
  const own = head.values.get(valueKey);
  let sum = 0;
  for (let index = 0; index < features.length; index += 1) {
    const feature = features[index];
    if (feature === 0) continue;
    sum += feature * (head.shared[index] + (own ? own[index] : 0));
  }
  return Math.max(-10, Math.min(10, sum * head.stretch));
}
