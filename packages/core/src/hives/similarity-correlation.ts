import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import type { HivesLabel } from './hives-label';
import { dot64, unitVectors } from './hives-relation';

/** Label similarity of method.md §3.5: equal ids among the levels (same theory) + 0.5 × same direction. */
function labelSimilarity(left: HivesLabel, right: HivesLabel): number {
  let equal = 0;
  if (left.theory === right.theory) {
    for (let level = 0; level < left.levels.length; level += 1)
      if (left.levels[level] === right.levels[level]) equal += 1;
  }
  return equal + (left.direction === right.direction ? 0.5 : 0);
}

/**
 * Similarity correlation (method.md §3.5): Pearson r, over all pairs of texts, between cosine
 * similarity and the label similarity (number of equal level ids + 0.5 when the directions agree).
 * Texts beyond `maxTexts` are subsampled with a seeded draw, since the pair count grows
 * quadratically.
 *
 * @param options.embeddings - One vector per text (normalised here).
 * @param options.labels - One label per text.
 * @param options.maxTexts - Texts used (default 2,000, about 2 million pairs).
 * @param options.seed - Seed of the subsample (default 42).
 * @returns Pearson r (NaN when either side is constant) and the number of pairs.
 * @throws InvalidArgumentError when counts differ or fewer than two texts are given.
 */
export function similarityCorrelation(options: {
  embeddings: readonly ArrayLike<number>[];
  labels: readonly HivesLabel[];
  maxTexts?: number;
  seed?: number;
}): { correlation: number; pairs: number } {
  const { labels } = options;
  if (options.embeddings.length !== labels.length || labels.length < 2) {
    throw new InvalidArgumentError({
      argument: 'embeddings',
      message: `expected at least two texts with one label each, got ${options.embeddings.length} embeddings and ${labels.length} labels.`,
    });
  }
  const maxTexts = options.maxTexts ?? 2000;
  let chosen = labels.map((_, index) => index);
  if (chosen.length > maxTexts)
    chosen = createSeededRandom(options.seed ?? 42)
      .shuffle(chosen)
      .slice(0, maxTexts);
  const units = unitVectors(chosen.map((index) => options.embeddings[index]));
  let count = 0;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumYY = 0;
  let sumXY = 0;
  for (let left = 0; left < chosen.length; left += 1) {
    for (let right = left + 1; right < chosen.length; right += 1) {
      const x = dot64(units[left], units[right]);
      const y = labelSimilarity(labels[chosen[left]], labels[chosen[right]]);
      count += 1;
      sumX += x;
      sumY += y;
      sumXX += x * x;
      sumYY += y * y;
      sumXY += x * y;
    }
  }
  const covariance = sumXY - (sumX * sumY) / count;
  const spread = Math.sqrt((sumXX - (sumX * sumX) / count) * (sumYY - (sumY * sumY) / count));
  return { correlation: spread > 0 ? covariance / spread : Number.NaN, pairs: count };
}
