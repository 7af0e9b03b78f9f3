import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import { hierarchicalContrastiveLoss } from './hierarchical-contrastive-loss';
import type { HivesLabel } from './hives-label';

const label = (levels: string[], direction: -1 | 0 | 1 = 1, theory = 't'): HivesLabel => ({
  theory,
  levels,
  direction,
});

describe('hierarchicalContrastiveLoss', () => {
  it('should match a hand-computed single-level loss with a direction penalty', () => {
    // Logits at τ = 0.1: anchor 0 sees 1 at 10, 2 at 0, and 3 at 10 − w_dir = 9. Only 0 and 1 have
    // a positive (each other), with log p = −log(1 + e^−1 + e^−10); level penalty 2^(1/1) = 2.
    const result = hierarchicalContrastiveLoss({
      embeddings: [
        [1, 0],
        [2, 0],
        [0, 1],
        [1, 0],
      ],
      labels: [label(['a']), label(['a']), label(['b']), label(['a'], -1)],
    });
    expect(result.loss).toBeCloseTo(2 * Math.log(1 + Math.exp(-1) + Math.exp(-10)), 12);
    expect(result.levels).toEqual([expect.objectContaining({ level: 1, anchors: 2, constrained: false })]);
  });

  it('should raise a finer level to the coarser loss and apply the 2^(1/l) penalties', () => {
    const epsilon = Math.log(1 + Math.exp(-10));
    const coarse = (2 * (5 + epsilon) + Math.log(2)) / 3;
    const result = hierarchicalContrastiveLoss({
      embeddings: [
        [1, 0],
        [1, 0],
        [0, 1],
      ],
      labels: [label(['a', 'x']), label(['a', 'x']), label(['a', 'y'])],
    });
    expect(result.levels[0].raw).toBeCloseTo(coarse, 12);
    expect(result.levels[1].raw).toBeCloseTo(epsilon, 12);
    expect(result.levels[1]).toMatchObject({ constrained: true, anchors: 2 });
    expect(result.loss).toBeCloseTo(((2 + Math.SQRT2) * coarse) / 2, 12);
  });

  it('should pass no gradient through a constrained level', () => {
    const embeddings = [
      [1, 0.2],
      [0.9, 0.1],
      [0.1, 1],
    ];
    const twoLevels = hierarchicalContrastiveLoss({
      embeddings,
      labels: [label(['a', 'x']), label(['a', 'x']), label(['a', 'y'])],
    });
    const oneLevel = hierarchicalContrastiveLoss({ embeddings, labels: [label(['a']), label(['a']), label(['a'])] });
    expect(twoLevels.levels[1].constrained).toBe(true);
    // Only level 1 passes gradient, weighted 2/2 instead of 2/1.
    twoLevels.gradients.forEach((gradient, index) => {
      gradient.forEach((component, column) => {
        expect(component).toBeCloseTo(oneLevel.gradients[index][column] / 2, 12);
      });
    });
  });

  it('should give gradients that agree with finite differences', () => {
    const random = createSeededRandom(3);
    const labels = [
      label(['g', 's', 'v1']),
      label(['g', 's', 'v1']),
      label(['g', 's', 'v2']),
      label(['g', 's', 'v2'], -1),
      label(['g', 'r', 'v3']),
      label(['g', 'r', 'v3'], -1),
      label(['h', 'q', 'v4']),
      label(['h', 'q', 'v4'], 0),
    ];
    const embeddings = labels.map(() => Float64Array.from({ length: 5 }, () => random.normal()));
    const result = hierarchicalContrastiveLoss({ embeddings, labels });
    expect(result.levels.map((level) => level.constrained)).toEqual([false, false, false]);
    const step = 1e-6;
    embeddings.forEach((vector, index) => {
      vector.forEach((_, column) => {
        const shifted = (delta: number) => {
          const copy = embeddings.map((item) => item.slice());
          copy[index][column] += delta;
          return hierarchicalContrastiveLoss({ embeddings: copy, labels }).loss;
        };
        const numeric = (shifted(step) - shifted(-step)) / (2 * step);
        expect(result.gradients[index][column]).toBeCloseTo(numeric, 6);
      });
    });
  });

  it('should return zero loss and gradients when no text has a positive', () => {
    const result = hierarchicalContrastiveLoss({
      embeddings: [
        [1, 0],
        [0, 1],
      ],
      labels: [label(['a']), label(['b'])],
    });
    expect(result.loss).toBe(0);
    expect(result.gradients.flatMap((gradient) => [...gradient])).toEqual([0, 0, 0, 0]);
  });

  it.each([
    ['one embedding', { embeddings: [[1, 0]], labels: [label(['a'])] }],
    [
      'a zero vector',
      {
        embeddings: [
          [1, 0],
          [0, 0],
        ],
        labels: [label(['a']), label(['a'])],
      },
    ],
    ['mixed lengths', { embeddings: [[1, 0], [1]], labels: [label(['a']), label(['a'])] }],
    [
      'mixed depths',
      {
        embeddings: [
          [1, 0],
          [0, 1],
        ],
        labels: [label(['a']), label(['a', 'b'])],
      },
    ],
    [
      'a zero temperature',
      {
        embeddings: [
          [1, 0],
          [0, 1],
        ],
        labels: [label(['a']), label(['a'])],
        temperature: 0,
      },
    ],
  ])('should reject %s', (_, options) => {
    expect(() => hierarchicalContrastiveLoss(options)).toThrow(InvalidArgumentError);
  });
});
