import { describe, expect, it } from 'vitest';
import { nextDown, nextUp } from './next-float';

describe('nextUp', () => {
  it.each([
    [0, 5e-324],
    [-0, 5e-324],
    [-5e-324, -0],
    [1, 1 + Number.EPSILON],
    [-1, -1 + Number.EPSILON / 2],
    [Number.MAX_VALUE, Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY, -Number.MAX_VALUE],
    [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
  ])('should step %d up by one ULP to %d', (x, expected) => {
    expect(nextUp(x)).toBe(expected);
  });

  it('should return the adjacent double', () => {
    expect(nextUp(9.1)).toBeGreaterThan(9.1);
    expect(nextUp(9.1) - 9.1).toBe(2 ** -49);
    expect(nextDown(nextUp(9.1))).toBe(9.1);
    expect(nextUp(Number.NaN)).toBeNaN();
  });
});

describe('nextDown', () => {
  it.each([
    [0, -5e-324],
    [1, 1 - Number.EPSILON / 2],
    [-9, -9 - 8 * Number.EPSILON],
    [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
  ])('should step %d down by one ULP to %d', (x, expected) => {
    expect(nextDown(x)).toBe(expected);
  });
});
