import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { type IsotonicPoint, isotonicRegression } from './isotonic-regression';

const series = (ys: number[], weights?: number[]): IsotonicPoint[] =>
  ys.map((y, index) => ({ x: index + 1, y, weight: weights?.[index] }));

describe('isotonicRegression', () => {
  it.each([
    ['already monotone', [1, 2, 3], [1, 2, 3]],
    ['one violation pair', [1, 3, 2, 4], [1, 2.5, 2.5, 4]],
    ['two violation pairs', [1, 3, 2, 4, 3, 5], [1, 2.5, 2.5, 3.5, 3.5, 5]],
    ['a cascade into one block', [4, 3, 2, 1], [2.5, 2.5, 2.5, 2.5]],
    ['a late drop that pools backwards', [1, 2, 3, 0], [1, 5 / 3, 5 / 3, 5 / 3]],
  ])('should fit %s', (_, ys, expected) => {
    const fit = isotonicRegression(series(ys));
    expect(fit.xs).toEqual([1, 2, 3, 4, 5, 6].slice(0, ys.length));
    fit.ys.forEach((value, index) => {
      expect(value).toBeCloseTo(expected[index], 10);
    });
  });

  it('should pool by weight', () => {
    const fit = isotonicRegression(series([1, 3, 2], [1, 1, 3]));
    expect(fit.ys).toEqual([1, 2.25, 2.25]);
  });

  it('should merge points that share an x before pooling, whatever the input order', () => {
    const fit = isotonicRegression([
      { x: 2, y: 0 },
      { x: 1, y: 1 },
      { x: 1, y: 3 },
    ]);
    expect(fit.xs).toEqual([1, 2]);
    fit.ys.forEach((value) => {
      expect(value).toBeCloseTo(4 / 3, 10);
    });
  });

  it('should fit a non-increasing function', () => {
    expect(isotonicRegression(series([5, 3, 4, 1]), { increasing: false }).ys).toEqual([5, 3.5, 3.5, 1]);
  });

  it('should clip fitted values to the bounds', () => {
    expect(isotonicRegression(series([-12, 1, 15]), { min: -10, max: 10 }).ys).toEqual([-10, 1, 10]);
  });

  it('should interpolate linearly inside and clip outside by default', () => {
    const fit = isotonicRegression(series([1, 3, 2, 4]));
    expect(fit.predict(1.5)).toBeCloseTo(1.75, 10);
    expect(fit.predict(3)).toBe(2.5);
    expect(fit.predict(-100)).toBe(1);
    expect(fit.predict(100)).toBe(4);
    expect(fit.predict(Number.NaN)).toBeNaN();
  });

  it('should return NaN outside the fitted range when asked', () => {
    const fit = isotonicRegression(series([1, 2]), { outOfBounds: 'nan' });
    expect(fit.predict(0.5)).toBeNaN();
    expect(fit.predict(2)).toBe(2);
  });

  it('should hold the value between points in step mode', () => {
    const fit = isotonicRegression(series([1, 3, 2, 4]), { interpolation: 'step' });
    expect(fit.predict(1.99)).toBe(1);
    expect(fit.predict(2)).toBe(2.5);
    expect(fit.predict(4.5)).toBe(4);
  });

  it('should be the identity between anchors fitted on the identity line', () => {
    const fit = isotonicRegression(
      [-8, -2, 0.5, 7].map((value) => ({ x: value, y: value })),
      { min: -10, max: 10 },
    );
    expect(fit.predict(3.3)).toBeCloseTo(3.3, 12);
    expect(fit.predict(9)).toBe(7);
  });

  it('should keep a single point constant everywhere', () => {
    const fit = isotonicRegression([{ x: 0, y: 4 }]);
    expect([fit.predict(-1), fit.predict(0), fit.predict(1)]).toEqual([4, 4, 4]);
  });

  it.each([
    ['no points', [], {}],
    ['a non-finite y', [{ x: 0, y: Number.NaN }], {}],
    ['a zero weight', [{ x: 0, y: 1, weight: 0 }], {}],
    ['min above max', [{ x: 0, y: 1 }], { min: 2, max: 1 }],
    ['an unknown outOfBounds', [{ x: 0, y: 1 }], { outOfBounds: 'raise' }],
  ])('should reject %s', (_, points, options) => {
    expect(() => isotonicRegression(points as IsotonicPoint[], options as object)).toThrow(InvalidArgumentError);
  });
});
