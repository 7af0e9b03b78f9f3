import { InvalidArgumentError } from '../errors';
import { comparisonComponents } from './comparison-components';

/** Input of {@link fitPlackettLuce}. */
export interface PlackettLuceFitInput {
  /** Number of items; rankings refer to them by index 0..items-1. */
  items: number;
  /** Partial rankings, most preferred first, each of length ≥ 2 without repeats. */
  rankings: number[][];
  /** Shape α > 1 of the Gamma prior on worths (default 1.1): α − 1 acts as pseudo-wins. */
  alpha?: number;
  /** Rate β > 0 of the Gamma prior on worths (default 0.1). */
  beta?: number;
  /** Stop when no centred utility moves more than this in a sweep (default 1e-7). */
  tolerance?: number;
  /** Sweep cap (default 10000). */
  maxIterations?: number;
}

/** Result of {@link fitPlackettLuce}. */
export interface PlackettLuceFit {
  /** θ_i = log γ_i, centred so that the mean over ranked items is 0; NaN for items never ranked. */
  utilities: number[];
  iterations: number;
  converged: boolean;
  /** Items that appear in no ranking. */
  neverRanked: number[];
  /** Ranked items never placed above anything: their utility comes from the prior, not the data. */
  neverWon: number[];
  /** Ranked items never placed below anything: likewise prior-driven. */
  neverLost: number[];
  /** Connected components of the comparison graph; more than one means cross-component utilities are not comparable. */
  components: number[][];
}

function checkInput(input: PlackettLuceFitInput): void {
  if (!Number.isSafeInteger(input.items) || input.items < 0) {
    throw new InvalidArgumentError({
      argument: 'items',
      message: `expected an integer ≥ 0, got ${String(input.items)}.`,
    });
  }
  if (!Array.isArray(input.rankings)) {
    throw new InvalidArgumentError({ argument: 'rankings', message: 'expected an array of rankings.' });
  }
  input.rankings.forEach((ranking, index) => {
    const argument = `rankings[${index}]`;
    if (!Array.isArray(ranking) || ranking.length < 2) {
      throw new InvalidArgumentError({ argument, message: 'expected an array of at least 2 item indices.' });
    }
    const seen = new Set<number>();
    for (const item of ranking) {
      if (!Number.isInteger(item) || item < 0 || item >= input.items) {
        throw new InvalidArgumentError({
          argument,
          message: `expected item indices in 0..${input.items - 1}, got ${String(item)}.`,
        });
      }
      if (seen.has(item)) throw new InvalidArgumentError({ argument, message: `item ${item} appears twice.` });
      seen.add(item);
    }
  });
}

function checkPrior(name: 'alpha' | 'beta', value: number, minimum: number): void {
  if (!Number.isFinite(value) || value <= minimum) {
    throw new InvalidArgumentError({ argument: name, message: `expected a finite number > ${minimum}, got ${value}.` });
  }
}

/**
 * Fits one Plackett–Luce utility per item from partial rankings (method.md §4.4): Hunter's (2004) MM
 * algorithm with a Gamma(α, β) prior on the worths γ_i = exp(θ_i), which keeps each update in closed
 * form and keeps items that never win or never lose finite (Caron & Doucet 2012).
 *
 * After each sweep the worths are rescaled to the scale that maximises the prior (the likelihood does
 * not depend on scale), so every step increases the posterior; utilities are reported in the gauge
 * "mean θ over ranked items = 0", and convergence is tested in that gauge.
 *
 * @param input - items, rankings and solver settings; see {@link PlackettLuceFitInput}.
 * @returns utilities plus everything that limits their meaning (unranked, prior-driven, disconnected items).
 * @throws InvalidArgumentError naming `rankings[i]` for an out-of-range or repeated item or a ranking
 *   shorter than 2, and naming the option for a bad `items`, `alpha`, `beta`, `tolerance` or `maxIterations`.
 */
export function fitPlackettLuce(input: PlackettLuceFitInput): PlackettLuceFit {
  checkInput(input);
  const { items, rankings, alpha = 1.1, beta = 0.1, tolerance = 1e-7, maxIterations = 10_000 } = input;
  checkPrior('alpha', alpha, 1);
  checkPrior('beta', beta, 0);
  if (!(tolerance > 0) || !Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new InvalidArgumentError({
      argument: tolerance > 0 ? 'maxIterations' : 'tolerance',
      message: 'expected tolerance > 0 and a positive integer maxIterations.',
    });
  }

  // wins[i]: stages at which i was chosen (every position but the last of a ranking).
  const wins = new Array<number>(items).fill(0);
  const appearances = new Array<number>(items).fill(0);
  // losses[i]: rankings in which i was placed below some item.
  const losses = new Array<number>(items).fill(0);
  for (const ranking of rankings) {
    ranking.forEach((item, position) => {
      appearances[item] += 1;
      if (position < ranking.length - 1) wins[item] += 1;
      if (position > 0) losses[item] += 1;
    });
  }
  const ranked = appearances.flatMap((count, item) => (count > 0 ? [item] : []));
  const priorScale = ranked.length * (alpha - 1);

  const worths = new Array<number>(items).fill(1);
  let centred = new Array<number>(items).fill(0);
  const denominators = new Array<number>(items);
  let iterations = 0;
  let converged = ranked.length === 0;
  while (!converged && iterations < maxIterations) {
    iterations += 1;
    denominators.fill(beta);
    for (const ranking of rankings) {
      // remaining[j] = worth of the items still unplaced at stage j; each item collects 1/remaining[j] over the stages it was in.
      const remaining = new Array<number>(ranking.length);
      let suffix = 0;
      for (let position = ranking.length - 1; position >= 0; position -= 1) {
        suffix += worths[ranking[position]];
        remaining[position] = suffix;
      }
      let collected = 0;
      ranking.forEach((item, position) => {
        if (position < ranking.length - 1) collected += 1 / remaining[position];
        denominators[item] += collected;
      });
    }
    let total = 0;
    for (const item of ranked) {
      worths[item] = (alpha - 1 + wins[item]) / denominators[item];
      total += worths[item];
    }
    // The likelihood ignores a common factor; this one maximises the Gamma prior over it.
    const rescale = priorScale / (beta * total);
    for (const item of ranked) worths[item] *= rescale;

    const logs = ranked.map((item) => Math.log(worths[item]));
    const mean = logs.reduce((sum, value) => sum + value, 0) / ranked.length;
    const next = new Array<number>(items).fill(Number.NaN);
    let largestMove = 0;
    ranked.forEach((item, index) => {
      next[item] = logs[index] - mean;
      largestMove = Math.max(largestMove, Math.abs(next[item] - centred[item]));
    });
    centred = next;
    converged = largestMove < tolerance;
  }

  return {
    utilities: ranked.length === 0 ? new Array<number>(items).fill(Number.NaN) : centred,
    iterations,
    converged,
    neverRanked: appearances.flatMap((count, item) => (count === 0 ? [item] : [])),
    neverWon: ranked.filter((item) => wins[item] === 0),
    neverLost: ranked.filter((item) => losses[item] === 0),
    components: comparisonComponents({ items, rankings }),
  };
}
