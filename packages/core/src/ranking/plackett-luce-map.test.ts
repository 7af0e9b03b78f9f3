import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { createFixedAnchorPosterior } from './fixed-anchor-posterior';
import type { FixedAnchorWindow } from './fixed-anchor-window';
import { nextDown, nextUp } from './next-float';
import { estimateFixedAnchorUtility } from './plackett-luce-map';
import { applyWindowGuard } from './window-guard';

/** Turns a judge output (1-based text indices, response = text [1]) into a window; anchors are texts [2]... */
function judged(output: number[], anchors: number[]): FixedAnchorWindow {
  return { ordered: output.map((text) => (text === 1 ? null : anchors[text - 2])) };
}

const panels = [
  [-8.5, -4.2, 0.3, 4.1, 8.0],
  [-9.0, -3.5, 1.2, 3.8, 7.4],
  [-7.8, -5.0, -0.4, 5.2, 9.1],
];
const sameOutput = (output: number[]) => panels.map((anchors) => judged(output, anchors));

// method.md §5.7: [case, windows, u*, score].
const vectors: Array<[string, FixedAnchorWindow[], number, number]> = [
  ['response 2nd in all three', sameOutput([6, 1, 5, 4, 3, 2]), 6.265, 6.265],
  ['response 1st in all three', sameOutput([1, 6, 5, 4, 3, 2]), 13.812, nextUp(9.1)],
  ['response last in all three', sameOutput([6, 5, 4, 3, 2, 1]), -13.93, nextDown(-9)],
  ['response 4th in all three', sameOutput([6, 5, 4, 1, 3, 2]), -1.937, -1.937],
  [
    'mixed positions',
    [
      judged([6, 1, 5, 4, 3, 2], panels[0]),
      judged([6, 5, 1, 4, 3, 2], panels[1]),
      judged([6, 5, 4, 1, 3, 2], panels[2]),
    ],
    2.194,
    2.194,
  ],
  ['k = 3, one window in the middle', [judged([3, 1, 2], [-5, 5])], 0, 0],
  ['k = 2, loses to an anchor at -10', [judged([2, 1], [-10])], -14.238, -10],
  ['k = 6, beats anchors up to 10', [judged([1, 6, 5, 4, 3, 2], [-8, -4, 0, 4, 10])], 14.24, 10],
  ['k = 3, inconsistent judge', [judged([1, 2, 3], [-2, 2]), judged([2, 3, 1], [4, 8])], 4.613, 4.613],
];

describe('estimateFixedAnchorUtility', () => {
  it.each(vectors)('should reproduce the reference utility: %s', (_, windows, utility) => {
    const estimate = estimateFixedAnchorUtility(windows);
    expect(estimate.utility).toBeCloseTo(utility, 3);
    expect(estimate.solver).toBe('bisection');
  });

  it('should count wins, losses and windows', () => {
    const estimate = estimateFixedAnchorUtility(vectors[4][1]);
    expect(estimate).toMatchObject({ wins: 4 + 3 + 2, losses: 1 + 2 + 3, windows: 3 });
  });

  it('should have a strictly decreasing gradient with its root at the estimate', () => {
    const windows = vectors[4][1];
    const posterior = createFixedAnchorPosterior({
      windows: windows.map(({ ordered }) => ({
        anchors: ordered.filter((item): item is number => item !== null),
        responsePosition: ordered.indexOf(null),
      })),
      priorPrecision: 1e-3,
      exponentBound: 20,
    });
    const grid = Array.from({ length: 81 }, (_, index) => -20 + index * 0.5);
    const gradients = grid.map((utility) => posterior.gradient(utility));
    gradients.slice(1).forEach((gradient, index) => {
      expect(gradient).toBeLessThan(gradients[index]);
    });
    expect(posterior.gradient(estimateFixedAnchorUtility(windows).utility)).toBeCloseTo(0, 5);
  });

  it('should contain the estimate in its interval and narrow it as windows accumulate', () => {
    const one = estimateFixedAnchorUtility(sameOutput([6, 5, 1, 4, 3, 2]).slice(0, 1));
    const three = estimateFixedAnchorUtility(sameOutput([6, 5, 1, 4, 3, 2]));
    for (const estimate of [one, three]) {
      expect(estimate.interval[0]).toBeLessThan(estimate.utility);
      expect(estimate.interval[1]).toBeGreaterThan(estimate.utility);
    }
    const width = ({ interval }: { interval: [number, number] }) => interval[1] - interval[0];
    expect(width(three)).toBeLessThan(width(one));
    expect(three.information).toBeGreaterThan(one.information);
  });

  it('should widen the interval with the confidence and match z/√J', () => {
    const estimate = estimateFixedAnchorUtility(vectors[0][1], { confidence: 0.95 });
    expect(estimate.interval[1] - estimate.utility).toBeCloseTo(1.959964 / Math.sqrt(estimate.information), 6);
    const narrower = estimateFixedAnchorUtility(vectors[0][1], { confidence: 0.5 });
    expect(narrower.interval[1] - narrower.interval[0]).toBeLessThan(estimate.interval[1] - estimate.interval[0]);
  });

  it('should scale the estimate with the judge-noise scale', () => {
    const windows = vectors[4][1];
    const base = estimateFixedAnchorUtility(windows);
    expect(estimateFixedAnchorUtility(windows, { scale: 1 }).utility).toBe(base.utility);
    // Doubling every anchor and the scale is the same model in scaled units.
    const doubled = windows.map(({ ordered }) => ({
      ordered: ordered.map((item) => (item === null ? null : 2 * item)),
    }));
    const scaled = estimateFixedAnchorUtility(doubled, { scale: 2 });
    expect(scaled.utility).toBeCloseTo(2 * base.utility, 4);
    expect(scaled.interval[1] - scaled.interval[0]).toBeCloseTo(2 * (base.interval[1] - base.interval[0]), 4);
    // A noisier judge lets a response that beats everything sit further beyond the anchors.
    const allWins = vectors[1][1];
    expect(estimateFixedAnchorUtility(allWins, { scale: 2 }).utility).toBeGreaterThan(
      estimateFixedAnchorUtility(allWins).utility,
    );
  });

  it('should fall back to gradient ascent when the gradient never changes sign', () => {
    const estimate = estimateFixedAnchorUtility(vectors[1][1], { priorPrecision: 0 });
    expect(estimate.solver).toBe('gradient-ascent');
    expect(estimate.utility).toBeGreaterThan(0);
    expect(estimate.utility).toBeLessThanOrEqual(20);
  });

  it.each([
    ['no windows', []],
    ['a window without the response', [{ ordered: [1, 2] }]],
    ['a window with two responses', [{ ordered: [null, 1, null] }]],
    ['a window without anchors', [{ ordered: [null] }]],
    ['a non-finite anchor', [{ ordered: [null, Number.NaN] }]],
  ])('should reject %s', (_, windows) => {
    expect(() => estimateFixedAnchorUtility(windows as FixedAnchorWindow[])).toThrow(InvalidArgumentError);
  });

  it('should name the offending window', () => {
    expect(() => estimateFixedAnchorUtility([{ ordered: [null, 1] }, { ordered: [null, 2, null] }])).toThrow(
      /windows\[1\].*exactly one null/,
    );
  });

  it.each([
    ['confidence', { confidence: 1 }],
    ['scale', { scale: 0 }],
    ['maxIterations', { maxIterations: 1.5 }],
  ])('should reject a bad %s option', (name, options) => {
    expect(() => estimateFixedAnchorUtility(vectors[0][1], options)).toThrow(new RegExp(`options\\.${name}`));
  });
});

describe('applyWindowGuard', () => {
  it.each(vectors)('should reproduce the reference score: %s', (_, windows, __, score) => {
    const { utility } = estimateFixedAnchorUtility(windows);
    expect(applyWindowGuard(utility, windows).score).toBeCloseTo(score, 3);
  });

  it('should place a response that beat everything one ULP above the strongest anchor', () => {
    const windows = vectors[1][1];
    const result = applyWindowGuard(estimateFixedAnchorUtility(windows).utility, windows);
    expect(result).toEqual({ score: nextUp(9.1), wins: 15, losses: 0, wMin: -9, wMax: 9.1 });
    expect(result.score).toBeGreaterThan(9.1);
  });

  it('should place a response that lost everything one ULP below the weakest anchor', () => {
    const windows = vectors[2][1];
    expect(applyWindowGuard(estimateFixedAnchorUtility(windows).utility, windows).score).toBe(nextDown(-9));
  });

  it.each([
    ['beats a lone anchor at 0', [{ ordered: [null, 0] }], 5e-324],
    ['loses to a lone anchor at 0', [{ ordered: [0, null] }], -5e-324],
    ['loses to an anchor at -10', [{ ordered: [-10, null] }], -10],
    ['beats an anchor at 10', [{ ordered: [null, 10] }], 10],
  ])('should score one ULP outside or clip when it %s', (_, windows, score) => {
    expect(applyWindowGuard(0, windows).score).toBe(score);
  });

  it.each([
    ['below the range', -7, -5 + 1e-6],
    ['on the lower end', -5, -5 + 1e-6],
    ['inside', 1.5, 1.5],
    ['on the upper end', 5, 5 - 1e-6],
    ['above the range', 12, 5 - 1e-6],
  ])('should clamp a utility %s and nudge it off the ends', (_, utility, score) => {
    expect(applyWindowGuard(utility, [{ ordered: [5, null, -5] }]).score).toBeCloseTo(score, 9);
  });

  it('should leave a response unscored without windows', () => {
    const result = applyWindowGuard(0, []);
    expect(result.score).toBeNull();
    expect(result.wins + result.losses).toBe(0);
  });

  it('should reject a NaN utility', () => {
    expect(() => applyWindowGuard(Number.NaN, [{ ordered: [null, 0] }])).toThrow(InvalidArgumentError);
  });
});
