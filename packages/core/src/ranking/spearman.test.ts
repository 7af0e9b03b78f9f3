import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { spearman } from './spearman';

describe('spearman', () => {
  it.each([
    ['identical order', [1, 2, 3, 4], [10, 20, 30, 40], 1],
    ['reversed order', [1, 2, 3, 4], [4, 3, 2, 1], -1],
    ['a monotone but non-linear relation', [1, 2, 3, 4], [1, 8, 27, 64], 1],
    ['ties on both sides', [1, 2, 2, 3, 5], [2, 1, 3, 3, 9], 0.7631578947368421],
    ['ties on one side', [3, 1, 2, 2], [1, 2, 3, 4], -0.316227766016838],
  ])('should correlate %s', (_, a, b, expected) => {
    expect(spearman(a, b)).toBeCloseTo(expected, 12);
  });

  it('should return NaN for a constant sample', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it.each([
    ['different lengths', [1, 2], [1, 2, 3]],
    ['a single pair', [1], [1]],
    ['a non-finite value', [1, Number.NaN], [1, 2]],
  ])('should reject %s', (_, a, b) => {
    expect(() => spearman(a, b)).toThrow(InvalidArgumentError);
  });
});
