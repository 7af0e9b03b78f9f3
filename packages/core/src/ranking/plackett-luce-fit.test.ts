import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { fitPlackettLuce } from './plackett-luce-fit';
import { createSeededRandom, type SeededRandom } from './seeded-random';
import { spearman } from './spearman';

/** Draws a Plackett–Luce ranking of `items` by sorting utility + Gumbel noise, most preferred first. */
function simulateRanking(items: number[], utilities: number[], random: SeededRandom): number[] {
  return items
    .map((item) => ({ item, key: utilities[item] + random.gumbel() }))
    .sort((left, right) => right.key - left.key)
    .map(({ item }) => item);
}

function simulate(options: { items: number; windowSize: number; appearancesPerItem: number; seed: number }) {
  const random = createSeededRandom(options.seed);
  // Utilities on the VIDB scale [-10, 10], the paper's judge-noise model. The attainable rank
  // correlation depends on the spread: with [-2, 2], 20 pairwise comparisons per item cap it near 0.91.
  const truth = Array.from({ length: options.items }, () => 20 * random.next() - 10);
  const rankings: number[][] = [];
  const windows = Math.round((options.items * options.appearancesPerItem) / options.windowSize);
  const everyone = truth.map((_, item) => item);
  for (let window = 0; window < windows; window += 1) {
    const members = random.shuffle(everyone).slice(0, options.windowSize);
    rankings.push(simulateRanking(members, truth, random));
  }
  return { truth, rankings };
}

describe('fitPlackettLuce', () => {
  it.each([
    ['pairwise comparisons', 2],
    ['windows of six', 6],
  ])('should recover simulated utilities from %s', (_, windowSize) => {
    const { truth, rankings } = simulate({ items: 50, windowSize, appearancesPerItem: 20, seed: 7 });
    const fit = fitPlackettLuce({ items: 50, rankings });
    expect(fit.converged).toBe(true);
    expect(spearman(fit.utilities, truth)).toBeGreaterThanOrEqual(0.95);
    expect(fit.components).toHaveLength(1);
  });

  it('should return the posterior mode where every item has zero gradient', () => {
    const { rankings } = simulate({ items: 15, windowSize: 4, appearancesPerItem: 6, seed: 11 });
    const alpha = 1.5;
    const beta = 0.5;
    const fit = fitPlackettLuce({ items: 15, rankings, alpha, beta, tolerance: 1e-10 });
    // Undo the gauge: at the mode β·Σγ = n(α − 1), since the likelihood does not depend on scale.
    const raw = fit.utilities.map(Math.exp);
    const factor = (15 * (alpha - 1)) / (beta * raw.reduce((sum, value) => sum + value, 0));
    const worths = raw.map((value) => value * factor);
    const gradient = worths.map((worth) => (alpha - 1) / worth - beta);
    for (const ranking of rankings) {
      for (let stage = 0; stage < ranking.length - 1; stage += 1) {
        const remaining = ranking.slice(stage);
        const total = remaining.reduce((sum, item) => sum + worths[item], 0);
        gradient[ranking[stage]] += 1 / worths[ranking[stage]];
        for (const item of remaining) gradient[item] -= 1 / total;
      }
    }
    gradient.forEach((value) => {
      expect(value).toBeCloseTo(0, 6);
    });
  });

  it('should match the maximum-likelihood odds when the prior is negligible', () => {
    const rankings = [
      [0, 1],
      [0, 1],
      [0, 1],
      [1, 0],
    ];
    const fit = fitPlackettLuce({ items: 2, rankings, alpha: 1 + 1e-9, beta: 1e-9 });
    expect(fit.utilities[0] - fit.utilities[1]).toBeCloseTo(Math.log(3), 3);
  });

  it('should centre utilities on the ranked items and leave unranked ones NaN', () => {
    const fit = fitPlackettLuce({
      items: 4,
      rankings: [
        [0, 1, 2],
        [2, 0],
        [1, 0],
      ],
    });
    expect(fit.utilities[3]).toBeNaN();
    expect(fit.utilities[0] + fit.utilities[1] + fit.utilities[2]).toBeCloseTo(0, 10);
    expect(fit.neverRanked).toEqual([3]);
  });

  it('should keep never-winning and never-losing items finite and report them', () => {
    const fit = fitPlackettLuce({
      items: 4,
      rankings: [
        [0, 1, 2],
        [0, 2],
        [1, 2],
        [0, 1, 3],
        [3, 1],
      ],
    });
    expect(fit.neverLost).toEqual([0]);
    expect(fit.neverWon).toEqual([2]);
    fit.utilities.forEach((utility) => {
      expect(Number.isFinite(utility)).toBe(true);
    });
    expect(fit.utilities[0]).toBeGreaterThan(fit.utilities[1]);
    expect(fit.utilities[1]).toBeGreaterThan(fit.utilities[2]);
  });

  it('should report a disconnected comparison graph as separate components', () => {
    const fit = fitPlackettLuce({
      items: 6,
      rankings: [
        [0, 1],
        [1, 2],
        [4, 3],
        [5, 4],
      ],
    });
    expect(fit.components).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('should stop at the iteration cap and say it did not converge', () => {
    const { rankings } = simulate({ items: 20, windowSize: 2, appearancesPerItem: 10, seed: 1 });
    const fit = fitPlackettLuce({ items: 20, rankings, maxIterations: 2 });
    expect(fit).toMatchObject({ iterations: 2, converged: false });
  });

  it('should return NaN utilities and no components without rankings', () => {
    const fit = fitPlackettLuce({ items: 2, rankings: [] });
    expect(fit.utilities).toEqual([Number.NaN, Number.NaN]);
    expect(fit).toMatchObject({ converged: true, neverRanked: [0, 1], components: [] });
  });

  it.each([
    [
      'an out-of-range item',
      [
        [0, 1],
        [0, 5],
      ],
      /rankings\[1\].*0\.\.2/,
    ],
    ['a repeated item', [[0, 0]], /rankings\[0\].*twice/],
    ['a ranking of one item', [[0, 1], [2]], /rankings\[1\].*at least 2/],
    ['a fractional index', [[0, 1.5]], /rankings\[0\]/],
  ])('should reject %s, naming the ranking', (_, rankings, message) => {
    expect(() => fitPlackettLuce({ items: 3, rankings })).toThrow(message);
  });

  it.each([
    ['alpha', { alpha: 1 }],
    ['beta', { beta: 0 }],
    ['tolerance', { tolerance: 0 }],
    ['maxIterations', { maxIterations: 0 }],
  ])('should reject a bad %s', (name, options) => {
    const call = () => fitPlackettLuce({ items: 2, rankings: [[0, 1]], ...options });
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(new RegExp(`Invalid ${name}`));
  });
});
