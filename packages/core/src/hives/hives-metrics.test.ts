import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../ranking/seeded-random';
import { hierarchicalRankingAccuracy } from './hierarchical-ranking-accuracy';
import type { HivesLabel } from './hives-label';
import { hivesRelation } from './hives-relation';
import { similarityCorrelation } from './similarity-correlation';

// A toy two-theory tree: every path and both directions, four texts each.
const paths = [
  ['t', 'g', 's', 'v1'],
  ['t', 'g', 's', 'v2'],
  ['t', 'g', 'r', 'v3'],
  ['t', 'h', 'q', 'v4'],
  ['u', 'k', 'k', 'k'],
];
const labels: HivesLabel[] = paths.flatMap(([theory, ...levels]) =>
  [1, -1, 1, -1].map((direction) => ({ theory, levels, direction: direction as 1 | -1 })),
);

/** One-hot blocks per level and direction: cosine is exactly the label similarity / 3.5. */
function idealSpace(items: readonly HivesLabel[]): Float32Array[] {
  const keys = [
    ...new Set(
      items.flatMap((item) => item.levels.map((_, depth) => `${item.theory}/${item.levels.slice(0, depth + 1)}`)),
    ),
  ];
  return items.map((item) => {
    const vector = new Float32Array(keys.length + 2);
    item.levels.forEach((_, depth) => {
      vector[keys.indexOf(`${item.theory}/${item.levels.slice(0, depth + 1)}`)] = 1;
    });
    vector[keys.length + (item.direction === 1 ? 0 : 1)] = Math.SQRT1_2;
    return vector;
  });
}

describe('hivesRelation', () => {
  it.each([
    [{ theory: 't', levels: ['g', 's', 'v1'], direction: 1 }, 0],
    [{ theory: 't', levels: ['g', 's', 'v1'], direction: -1 }, 1],
    [{ theory: 't', levels: ['g', 's', 'v2'], direction: 1 }, 2],
    [{ theory: 't', levels: ['g', 'r', 'v3'], direction: 1 }, 3],
    [{ theory: 't', levels: ['h', 'q', 'v4'], direction: 1 }, 4],
    [{ theory: 'u', levels: ['g', 's', 'v1'], direction: 1 }, 4],
  ] as [HivesLabel, number][])('should put %o in bin %i relative to t/g/s/v1 supporting', (other, bin) => {
    expect(hivesRelation({ theory: 't', levels: ['g', 's', 'v1'], direction: 1 }, other)).toBe(bin);
  });
});

describe('hierarchicalRankingAccuracy', () => {
  it('should score 1 on a space that orders every relation correctly', () => {
    const result = hierarchicalRankingAccuracy({ embeddings: idealSpace(labels), labels });
    expect(result).toMatchObject({ accuracy: 1, strictAccuracy: 1, anchors: labels.length });
    expect(result.meanCosine[0]).toBeCloseTo(1, 6);
    // Half of the other-branch texts share the direction: (0.5 + 0) / 2 / 3.5.
    expect(result.meanCosine[4]).toBeCloseTo(0.25 / 3.5, 6);
  });

  it('should score about one half on random vectors and count ties as wrong', () => {
    const random = createSeededRandom(5);
    const noise = labels.map(() => Float32Array.from({ length: 64 }, () => random.normal()));
    const result = hierarchicalRankingAccuracy({ embeddings: noise, labels, maxAnchors: 20 });
    expect(result.anchors).toBe(20);
    expect(result.accuracy).toBeGreaterThan(0.3);
    expect(result.accuracy).toBeLessThan(0.7);
    const same = labels.map(() => Float32Array.of(1, 0));
    expect(hierarchicalRankingAccuracy({ embeddings: same, labels }).accuracy).toBe(0);
  });

  it('should be deterministic for a seed', () => {
    const random = createSeededRandom(6);
    const noise = labels.map(() => Float32Array.from({ length: 8 }, () => random.normal()));
    const run = (seed: number) => hierarchicalRankingAccuracy({ embeddings: noise, labels, seed, maxCandidates: 5 });
    expect(run(42)).toEqual(run(42));
    expect(run(42).accuracy).not.toBe(run(7).accuracy);
  });
});

describe('similarityCorrelation', () => {
  it('should be 1 when cosine is an affine function of the label similarity', () => {
    const result = similarityCorrelation({ embeddings: idealSpace(labels), labels });
    expect(result.correlation).toBeCloseTo(1, 10);
    expect(result.pairs).toBe((labels.length * (labels.length - 1)) / 2);
  });

  it('should subsample to maxTexts and be NaN when cosines are constant', () => {
    const same = labels.map(() => Float32Array.of(1, 0));
    const result = similarityCorrelation({ embeddings: same, labels, maxTexts: 5 });
    expect(result.pairs).toBe(10);
    expect(result.correlation).toBeNaN();
  });
});
