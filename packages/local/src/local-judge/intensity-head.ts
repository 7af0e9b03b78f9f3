import { moralFeatureNames, moralFeatures } from './moral-features';
import { moralFamilies, valueFamilies } from './moral-lexicon';
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
  /**
   * Weight of the embedding block (absent: 1). Below 1 it costs the ridge more to lean on the
   * embedding, which transfers worse to foreign text than the lexicon features do.
   */
  embeddingScale?: number;
  /** Weight of the two lexicon polarity features. */
  polarityScale: number;
  /**
   * Weight of the moral-lexicon block (`moralFeatures`); 0 or absent: no such block (heads before
   * `head-v2`).
   */
  lexiconScale?: number;
  /** Weight of the value-conditioned lexicon feature (the mean of the value's own families). */
  ownScale?: number;
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
  /** `moralFeatures(text)`, when already computed (the judge's cache keeps it per text). */
  moral?: readonly number[];
}

/** Family scores start after total, positive and negative in `moralFeatures`. */
const familyOffset = moralFeatureNames.length - moralFamilies.length;

/** Length of the head's feature vector. */
export function featureLength(head: Pick<IntensityHead, 'dimensions' | 'wordBuckets' | 'lexiconScale'>): number {
  return head.dimensions + 3 + lexiconLength(head) + head.wordBuckets;
}

// The lexicon block: every moral feature, then the mean of the value's own families.
const lexiconLength = (head: Pick<IntensityHead, 'lexiconScale'>) =>
  head.lexiconScale ? moralFeatureNames.length + 1 : 0;

/**
 * Builds the feature vector the head reads: [embedding, polarity × scale, 1, moral lexicon × scale,
 * hashed words × scale].
 * Training and inference both go through here, so they cannot drift apart.
 *
 * @param head - Layout and scales (weights are not read).
 * @param signals - The text, its embedding, its lexicon polarity and the `theory/value` it is
 *   scored on (for the value-conditioned lexicon feature; without it that feature is 0).
 */
export function headFeatures(
  head: Pick<
    IntensityHead,
    'dimensions' | 'wordBuckets' | 'polarityScale' | 'wordScale' | 'lexiconScale' | 'ownScale' | 'embeddingScale'
  >,
  signals: TextSignals & { valueKey?: string },
): Float64Array {
  const features = new Float64Array(featureLength(head));
  const embeddingScale = head.embeddingScale ?? 1;
  for (let index = 0; index < head.dimensions; index += 1) features[index] = signals.vector[index] * embeddingScale;
  features[head.dimensions] = signals.polarity[0] * head.polarityScale;
  features[head.dimensions + 1] = signals.polarity[1] * head.polarityScale;
  features[head.dimensions + 2] = 1;
  const lexicon = lexiconLength(head);
  if (lexicon > 0) {
    const moral = signals.moral ?? moralFeatures(signals.text);
    for (let index = 0; index < moral.length; index += 1)
      features[head.dimensions + 3 + index] = moral[index] * head.lexiconScale!;
    const own = valueFamilies[signals.valueKey ?? ''] ?? [];
    let sum = 0;
    for (const family of own) sum += moral[familyOffset + moralFamilies.indexOf(family)];
    features[head.dimensions + 3 + moral.length] = own.length > 0 ? (sum / own.length) * (head.ownScale ?? 1) : 0;
  }
  addWordFeatures({
    text: signals.text,
    out: features,
    offset: head.dimensions + 3 + lexicon,
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
