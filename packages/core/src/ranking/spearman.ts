import { InvalidArgumentError } from '../errors';

/** Ranks 1..n with tied values sharing the mean of the ranks they span. */
function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, index) => index).sort((left, right) => values[left] - values[right]);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]] === values[order[start]]) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let position = start; position <= end; position += 1) ranks[order[position]] = rank;
    start = end + 1;
  }
  return ranks;
}

function checkSample(name: string, values: readonly number[]): void {
  if (!Array.isArray(values)) {
    throw new InvalidArgumentError({ argument: name, message: 'expected an array of numbers.' });
  }
  const bad = values.findIndex((value) => typeof value !== 'number' || !Number.isFinite(value));
  if (bad !== -1) {
    throw new InvalidArgumentError({
      argument: `${name}[${bad}]`,
      message: `expected a finite number, got ${String(values[bad])}.`,
    });
  }
}

/**
 * Spearman rank correlation: Pearson correlation of the average ranks (ties share their mean rank).
 *
 * @param a - first sample.
 * @param b - second sample, same length, paired by index.
 * @returns ρ in [-1, 1], or NaN when either sample is constant (the correlation is undefined).
 * @throws InvalidArgumentError when the lengths differ, there are fewer than 2 pairs, or a value is not finite.
 */
export function spearman(a: number[], b: number[]): number {
  checkSample('a', a);
  checkSample('b', b);
  if (a.length !== b.length) {
    throw new InvalidArgumentError({
      argument: 'b',
      message: `expected the same length as a (${a.length}), got ${b.length}.`,
    });
  }
  if (a.length < 2) {
    throw new InvalidArgumentError({ argument: 'a', message: `expected at least 2 pairs, got ${a.length}.` });
  }
  const ranksA = averageRanks(a);
  const ranksB = averageRanks(b);
  const meanRank = (a.length + 1) / 2;
  let covariance = 0;
  let varianceA = 0;
  let varianceB = 0;
  for (let index = 0; index < a.length; index += 1) {
    const deviationA = ranksA[index] - meanRank;
    const deviationB = ranksB[index] - meanRank;
    covariance += deviationA * deviationB;
    varianceA += deviationA * deviationA;
    varianceB += deviationB * deviationB;
  }
  if (varianceA === 0 || varianceB === 0) return Number.NaN;
  return covariance / Math.sqrt(varianceA * varianceB);
}
