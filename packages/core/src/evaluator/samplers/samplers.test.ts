import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../ranking/seeded-random';
import { createFixturePanel } from '../../test/create-fixture-panel';
import { createMockEmbedder } from '../../test/create-mock-embedder';
import { resolveValue } from '../../theories/default-catalogue';
import type { VidbRecord } from '../../vidb/types';
import type { AnchorSampleRequest } from '../anchor-sampler';
import { createJointPosterior } from '../joint-posterior';
import { createAdaptiveSampler } from './adaptive-sampler';
import { bucketBins } from './bucket-bins';
import { createBucketSampler } from './bucket-sampler';
import { createFixedSampler } from './fixed-sampler';
import { createRandomSampler } from './random-sampler';
import { resolveSampler } from './resolve-sampler';
import { createSemanticSampler } from './semantic-sampler';

const record = (id: string, intensity: number): VidbRecord => ({
  id,
  theory: 'pvq',
  value: 'benevolence',
  text: `text ${id}`,
  intensity,
});

function request(records: readonly VidbRecord[], overrides: Partial<AnchorSampleRequest> = {}): AnchorSampleRequest {
  return {
    records,
    k: 6,
    window: 0,
    random: createSeededRandom(1),
    panel: 'vidb:test',
    text: 'I cooked for my neighbour.',
    value: resolveValue('benevolence'),
    belief: createJointPosterior([], { scale: 1 }),
    usedAnchorIds: new Set(),
    ...overrides,
  };
}

describe('bucketBins', () => {
  it('should close the first bin and leave later bins open below (method.md §8.2)', () => {
    // Range [-10, 10], Δ = 4: [-10, -6], (-6, -2], (-2, 2], (2, 6], (6, 10].
    const records = [-10, -6, -5.99, -2, 1.5, 2, 2.01, 6, 6.5, 10].map((intensity, index) =>
      record(`r${index}`, intensity),
    );
    const bins = bucketBins(records, 5).map((bin) => bin.map((entry) => entry.intensity));
    expect(bins).toEqual([
      [-10, -6],
      [-5.99, -2],
      [1.5, 2],
      [2.01, 6],
      [6.5, 10],
    ]);
  });
});

describe('createBucketSampler', () => {
  it('should draw one anchor per bin and fall back to the whole panel for an empty bin', () => {
    const records = [-10, -9, -8, 9, 10].map((intensity, index) => record(`r${index}`, intensity));
    const anchors = createBucketSampler().sample(request(records)) as VidbRecord[];
    expect(anchors).toHaveLength(5);
    expect(anchors[0].intensity).toBeLessThanOrEqual(-6);
    expect(anchors[4].intensity).toBeGreaterThan(6);
  });
});

describe('createRandomSampler', () => {
  it('should draw k - 1 distinct records, or all of them when there are fewer', () => {
    const records = createFixturePanel().records({ theory: 'pvq', value: 'power' });
    const anchors = createRandomSampler().sample(request(records)) as VidbRecord[];
    expect(new Set(anchors.map((anchor) => anchor.id)).size).toBe(5);
    expect(createRandomSampler().sample(request(records.slice(0, 3)))).toHaveLength(3);
  });
});

describe('createFixedSampler', () => {
  it('should return the given records and name an unknown id', () => {
    const records = createFixturePanel().records({ theory: 'pvq', value: 'power' });
    const sampler = createFixedSampler({ ids: ['fixture:power:00', 'fixture:power:24'] });
    expect((sampler.sample(request(records)) as VidbRecord[]).map((anchor) => anchor.intensity)).toEqual([-9.6, 9.6]);
    expect(() => createFixedSampler({ ids: ['nope'] }).sample(request(records))).toThrow(
      /record "nope" is not in the panel/,
    );
  });
});

describe('createAdaptiveSampler', () => {
  it('should start with a bucket window and then aim at quantiles of the belief', () => {
    const records = Array.from({ length: 201 }, (_, index) => record(`r${index}`, -10 + index * 0.1));
    const sampler = createAdaptiveSampler();
    const first = sampler.sample(request(records)) as VidbRecord[];
    expect(first.map((anchor) => Math.floor((anchor.intensity + 10) / 4.0001))).toEqual([0, 1, 2, 3, 4]);
    const belief = createJointPosterior([{ ordered: [7, 3, null, -1, -5, -9] }], { scale: 1 });
    const next = sampler.sample(request(records, { window: 1, belief })) as VidbRecord[];
    const targets = [0.1, 0.3, 0.5, 0.7, 0.9].map((probability) => belief.quantile(probability));
    for (const [index, anchor] of next.entries()) {
      expect(Math.abs(anchor.intensity - targets[index])).toBeLessThanOrEqual(0.051);
    }
    expect(Math.min(...next.map((anchor) => anchor.intensity))).toBeGreaterThan(-3);
    expect(Math.max(...next.map((anchor) => anchor.intensity))).toBeLessThan(5);
  });
});

describe('createSemanticSampler', () => {
  it('should prefer anchors that share words with the text, one per bin', async () => {
    const records = [
      record('a', -8),
      { ...record('b', -7), text: 'I refused to cook for my neighbour.' },
      record('c', -3),
      record('d', 1),
      { ...record('e', 1.5), text: 'I cooked soup for my neighbour.' },
      record('f', 5),
      record('g', 9),
    ];
    const embedder = createMockEmbedder();
    const sampler = createSemanticSampler({ embedder, candidates: 1 });
    expect(sampler.name).toBe('semantic:mock:hash-256');
    const anchors = (await sampler.sample(request(records))) as VidbRecord[];
    expect(anchors.map((anchor) => anchor.id)).toEqual(['b', 'c', 'e', 'f', 'g']);
    await sampler.sample(request(records, { window: 1 }));
    expect(embedder.calls).toBe(2);
  });

  it('should say in its name when it falls back to bucket sampling', () => {
    expect(createSemanticSampler().name).toBe('semantic-fallback-bucket');
  });
});

describe('resolveSampler', () => {
  it.each([
    ['bucket', 'bucket'],
    ['random', 'random'],
    ['adaptive', 'adaptive'],
    ['semantic', 'semantic-fallback-bucket'],
  ] as const)('should build %s', (name, expected) => {
    expect(resolveSampler({ sampler: name }).name).toBe(expected);
  });
});
