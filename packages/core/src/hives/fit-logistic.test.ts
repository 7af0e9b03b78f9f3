import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import { fitLogistic, type LogisticSample, logistic } from './fit-logistic';

describe('fitLogistic', () => {
  it('should recover the slope and intercept that generated the labels', () => {
    const random = createSeededRandom(7);
    const samples: LogisticSample[] = Array.from({ length: 4000 }, () => {
      const x = random.next() * 2 - 1;
      const y = random.next() < logistic({ slope: 6, intercept: -1 }, x) ? 1 : 0;
      return { x, y, weight: 1 };
    });
    const model = fitLogistic({ samples, ridge: 0 });
    expect(model.slope).toBeCloseTo(6, 0);
    expect(model.intercept).toBeCloseTo(-1, 0);
    expect(model.iterations).toBeLessThan(20);
  });

  it('should stay finite and order the classes when they are perfectly separated', () => {
    const samples: LogisticSample[] = [
      { x: 0.1, y: 0, weight: 1 },
      { x: 0.2, y: 0, weight: 1 },
      { x: 0.6, y: 1, weight: 1 },
      { x: 0.7, y: 1, weight: 1 },
    ];
    const model = fitLogistic({ samples });
    expect(Number.isFinite(model.slope) && Number.isFinite(model.intercept)).toBe(true);
    expect(logistic(model, 0.7)).toBeGreaterThan(0.9);
    expect(logistic(model, 0.1)).toBeLessThan(0.1);
  });

  it.each([
    ['only positives', [{ x: 1, y: 1 as const, weight: 1 }]],
    [
      'a negative weight',
      [
        { x: 1, y: 1 as const, weight: 1 },
        { x: 0, y: 0 as const, weight: -1 },
      ],
    ],
    [
      'a non-finite score',
      [
        { x: Number.NaN, y: 1 as const, weight: 1 },
        { x: 0, y: 0 as const, weight: 1 },
      ],
    ],
  ])('should reject %s', (_, samples) => {
    expect(() => fitLogistic({ samples })).toThrow(InvalidArgumentError);
  });
});
