import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import type { HivesLabel } from './hives-label';
import { dot64, hivesRelation, unitVectors } from './hives-relation';

/** Result of {@link hierarchicalRankingAccuracy}. */
export interface HierarchicalRankingResult {
  /** Correct bin pairs / all bin pairs; NaN when no anchor had candidates in two bins. */
  accuracy: number;
  /** Anchors with every pair correct / anchors with at least one pair. */
  strictAccuracy: number;
  pairs: number;
  /** Anchors that contributed at least one pair. */
  anchors: number;
  /** Mean cosine between anchors and their sampled candidates, per relation bin 0–4 (null when empty). */
  meanCosine: (number | null)[];
}

/**
 * Hierarchical ranking accuracy, the primary HiVES metric (method.md §3.5): for up to `maxAnchors`
 * anchors, up to `maxCandidates` random other texts are sorted into five relation bins (see
 * {@link hivesRelation}); one candidate is drawn per non-empty bin, and each pair of drawn
 * candidates from different bins is correct when the lower bin's candidate is strictly more cosine
 * similar to the anchor. Seeded, so equal inputs give equal numbers.
 *
 * @param options.embeddings - One vector per text (normalised here).
 * @param options.labels - One label per text.
 * @param options.seed - Seed of the anchor, candidate and bin draws (default 42).
 * @param options.maxAnchors - Anchors evaluated (default 512; all texts when fewer).
 * @param options.maxCandidates - Candidates per anchor (default 1,000).
 * @returns Accuracy, strict accuracy, counts and mean cosine per bin.
 * @throws InvalidArgumentError when counts differ or fewer than two texts are given.
 */
export function hierarchicalRankingAccuracy(options: {
  embeddings: readonly ArrayLike<number>[];
  labels: readonly HivesLabel[];
  seed?: number;
  maxAnchors?: number;
  maxCandidates?: number;
}): HierarchicalRankingResult {
  const { labels } = options;
  if (options.embeddings.length !== labels.length || labels.length < 2) {
    throw new InvalidArgumentError({
      argument: 'embeddings',
      message: `expected at least two texts with one label each, got ${options.embeddings.length} embeddings and ${labels.length} labels.`,
    });
  }
  const units = unitVectors(options.embeddings);
  const random = createSeededRandom(options.seed ?? 42);
  const all = labels.map((_, index) => index);
  const anchors = random.shuffle(all).slice(0, options.maxAnchors ?? 512);
  const maxCandidates = options.maxCandidates ?? 1000;
  const cosineSums = new Float64Array(5);
  const cosineCounts = new Float64Array(5);
  let pairs = 0;
  let correct = 0;
  let scoredAnchors = 0;
  let perfectAnchors = 0;
  for (const anchor of anchors) {
    const candidates = random.shuffle(all.filter((index) => index !== anchor)).slice(0, maxCandidates);
    const bins: number[][] = [[], [], [], [], []];
    for (const candidate of candidates) bins[hivesRelation(labels[anchor], labels[candidate])].push(candidate);
    const drawn: { bin: number; similarity: number }[] = [];
    bins.forEach((members, bin) => {
      for (const member of members) {
        cosineSums[bin] += dot64(units[anchor], units[member]);
        cosineCounts[bin] += 1;
      }
      if (members.length === 0) return;
      drawn.push({ bin, similarity: dot64(units[anchor], units[members[random.int(members.length)]]) });
    });
    if (drawn.length < 2) continue;
    let anchorCorrect = 0;
    let anchorPairs = 0;
    for (let lower = 0; lower < drawn.length; lower += 1) {
      for (let higher = lower + 1; higher < drawn.length; higher += 1) {
        anchorPairs += 1;
        if (drawn[lower].similarity > drawn[higher].similarity) anchorCorrect += 1;
      }
    }
    pairs += anchorPairs;
    correct += anchorCorrect;
    scoredAnchors += 1;
    if (anchorCorrect === anchorPairs) perfectAnchors += 1;
  }
  return {
    accuracy: pairs > 0 ? correct / pairs : Number.NaN,
    strictAccuracy: scoredAnchors > 0 ? perfectAnchors / scoredAnchors : Number.NaN,
    pairs,
    anchors: scoredAnchors,
    meanCosine: [...cosineSums].map((sum, bin) => (cosineCounts[bin] > 0 ? sum / cosineCounts[bin] : null)),
  };
}
