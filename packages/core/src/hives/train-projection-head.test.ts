import { describe, expect, it } from 'vitest';
import { AbortedError } from '../errors/aborted-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import { hierarchicalRankingAccuracy } from './hierarchical-ranking-accuracy';
import type { HivesLabel } from './hives-label';
import { sampleHivesBatches } from './sample-hives-batches';
import { trainProjectionHead } from './train-projection-head';

// Toy data: the label signal lives in 4 of 24 input dimensions, buried under larger noise. The
// value centres are fixed; `seed` draws the texts, so two seeds give a train and a test set.
function toyData(seed: number): { embeddings: Float32Array[]; labels: HivesLabel[] } {
  const random = createSeededRandom(seed);
  const centreRandom = createSeededRandom(99);
  const values = [
    { theory: 'a', levels: ['x', 'x1', 'x1'] },
    { theory: 'a', levels: ['x', 'x2', 'x2'] },
    { theory: 'a', levels: ['y', 'y1', 'y1'] },
    { theory: 'b', levels: ['z', 'z1', 'z1'] },
    { theory: 'b', levels: ['w', 'w1', 'w1'] },
  ];
  const centres = values.map(() => Array.from({ length: 4 }, () => 1.5 * centreRandom.normal()));
  const labels: HivesLabel[] = [];
  const embeddings: Float32Array[] = [];
  values.forEach((value, which) => {
    for (let copy = 0; copy < 16; copy += 1) {
      const direction = copy % 2 === 0 ? 1 : -1;
      labels.push({ ...value, direction });
      embeddings.push(
        Float32Array.from({ length: 24 }, (_, column) =>
          column < 4 ? centres[which][column] + 0.3 * direction + 0.2 * random.normal() : 1.5 * random.normal(),
        ),
      );
    }
  });
  return { embeddings, labels };
}

describe('sampleHivesBatches', () => {
  it('should build single-theory batches: anchor, positives from its group, negatives from other groups', () => {
    const { labels } = toyData(1);
    const lonely: HivesLabel = { theory: 'b', levels: ['v', 'v', 'v'], direction: 0 };
    const all = [...labels, lonely];
    const batches = sampleHivesBatches({ labels: all, batchSize: 8, positives: 3, random: createSeededRandom(2) });
    const key = (label: HivesLabel) => JSON.stringify(label);
    expect(batches).toHaveLength(labels.length);
    expect(new Set(batches.map((batch) => batch[0])).size).toBe(labels.length);
    expect(batches.some((batch) => batch[0] === all.length - 1)).toBe(false);
    for (const batch of batches) {
      expect(batch).toHaveLength(8);
      expect(new Set(batch).size).toBe(8);
      expect(new Set(batch.map((index) => all[index].theory)).size).toBe(1);
      const anchorKey = key(all[batch[0]]);
      expect(batch.slice(1, 4).every((index) => key(all[index]) === anchorKey)).toBe(true);
      expect(batch.slice(4).every((index) => key(all[index]) !== anchorKey)).toBe(true);
    }
  });

  it('should reject positives that do not fit the batch', () => {
    const { labels } = toyData(1);
    expect(() => sampleHivesBatches({ labels, batchSize: 4, positives: 4, random: createSeededRandom(1) })).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('trainProjectionHead', () => {
  const train = toyData(11);
  const test = toyData(12);
  const options = { ...train, outputDimensions: 6, epochs: 4, learningRate: 0.03, batchSize: 12, seed: 5 };

  it('should be deterministic for a seed and differ across seeds', () => {
    const first = trainProjectionHead(options);
    const second = trainProjectionHead(options);
    const other = trainProjectionHead({ ...options, seed: 6 });
    expect(first.head.id).toBe(second.head.id);
    expect([...first.head.weights]).toEqual([...second.head.weights]);
    expect(other.head.id).not.toBe(first.head.id);
  });

  it('should lower the loss and improve held-out hierarchical ranking over the raw inputs', () => {
    const trained = trainProjectionHead(options);
    expect(trained.epochs).toHaveLength(4);
    expect(trained.epochs[3].meanLoss).toBeLessThan(trained.epochs[0].meanLoss);
    const before = hierarchicalRankingAccuracy({ embeddings: test.embeddings, labels: test.labels });
    const after = hierarchicalRankingAccuracy({
      embeddings: test.embeddings.map((vector) => trained.head.project(vector)),
      labels: test.labels,
    });
    expect(after.accuracy).toBeGreaterThan(before.accuracy + 0.05);
  });

  it('should keep the input in front of an augmented head and train only the appended rows', () => {
    const trained = trainProjectionHead({ ...options, outputDimensions: 30, kind: 'augmented' });
    expect(trained.head.weights).toHaveLength(6 * 24);
    const vector = train.embeddings[0];
    expect([...trained.head.project(vector).subarray(0, 24)]).toEqual([...vector]);
  });

  it('should start a residual head at the identity', () => {
    const trained = trainProjectionHead({ ...options, outputDimensions: 24, kind: 'residual', learningRate: 1e-9 });
    const vector = train.embeddings[0];
    trained.head.project(vector).forEach((component, index) => {
      expect(component).toBeCloseTo(vector[index], 4);
    });
  });

  it.each([
    ['a residual head that changes size', { kind: 'residual' as const }],
    ['zero epochs', { epochs: 0 }],
    ['labels of another length', { labels: train.labels.slice(1) }],
  ])('should reject %s', (_, change) => {
    expect(() => trainProjectionHead({ ...options, ...change })).toThrow(InvalidArgumentError);
  });

  it('should stop when the signal fires', () => {
    const controller = new AbortController();
    controller.abort();
    expect(() => trainProjectionHead({ ...options, signal: controller.signal })).toThrow(AbortedError);
  });
});
