import { InvalidArgumentError } from '../errors';

/** One observation for {@link isotonicRegression}. */
export interface IsotonicPoint {
  x: number;
  y: number;
  /** Positive weight (default 1). */
  weight?: number;
}

/** Options of {@link isotonicRegression}. */
export interface IsotonicRegressionOptions {
  /** Fit a non-decreasing (default) or non-increasing function. */
  increasing?: boolean;
  /** Lower bound applied to the fitted values. */
  min?: number;
  /** Upper bound applied to the fitted values. */
  max?: number;
  /** Outside [xs[0], xs[last]]: `clip` (default) returns the end value, `nan` returns NaN. */
  outOfBounds?: 'clip' | 'nan';
  /** Between fitted points: `linear` (default) interpolates, `step` keeps the value of the point at or below. */
  interpolation?: 'linear' | 'step';
}

/** A fitted monotone map. */
export interface IsotonicFit {
  /** Distinct input positions, ascending. */
  xs: number[];
  /** Fitted value at each of `xs`; monotone in the requested direction. */
  ys: number[];
  /** Evaluates the fitted map at `x` (NaN for NaN input). */
  predict(x: number): number;
}

interface Block {
  sum: number;
  weight: number;
  count: number;
}

function checkPoints(points: readonly IsotonicPoint[]): void {
  if (!Array.isArray(points) || points.length === 0) {
    throw new InvalidArgumentError({ argument: 'points', message: 'expected a non-empty array of points.' });
  }
  points.forEach((point, index) => {
    const weight = point?.weight ?? 1;
    if (!Number.isFinite(point?.x) || !Number.isFinite(point?.y) || !Number.isFinite(weight) || weight <= 0) {
      throw new InvalidArgumentError({
        argument: `points[${index}]`,
        message: `expected finite x and y and a finite weight > 0, got ${JSON.stringify(point)}.`,
      });
    }
  });
}

/** Weighted pool-adjacent-violators for a non-decreasing fit over already-sorted, distinct positions. */
function poolAdjacentViolators(values: readonly number[], weights: readonly number[]): number[] {
  const blocks: Block[] = [];
  values.forEach((value, index) => {
    blocks.push({ sum: value * weights[index], weight: weights[index], count: 1 });
    // Merge backwards while the newest block's mean undercuts its predecessor's.
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1];
      const previous = blocks[blocks.length - 2];
      if (previous.sum / previous.weight <= last.sum / last.weight) break;
      blocks.pop();
      previous.sum += last.sum;
      previous.weight += last.weight;
      previous.count += last.count;
    }
  });
  return blocks.flatMap((block) => new Array<number>(block.count).fill(block.sum / block.weight));
}

/**
 * Least-squares monotone fit (weighted pool-adjacent-violators) that returns a predictor.
 *
 * Points sharing an x are merged first (weighted mean of y, summed weight), so ties never create a
 * vertical jump. Calibrations such as "latent utility → intensity in [-10, 10]" use `min`/`max`.
 *
 * @param points - observations; at least one.
 * @param options - direction, bounds and extrapolation; see {@link IsotonicRegressionOptions}.
 * @returns the distinct xs, their fitted ys and a `predict` function.
 * @throws InvalidArgumentError when there are no points, a point is not finite or has a weight ≤ 0,
 *   or `min` > `max`.
 */
export function isotonicRegression(points: IsotonicPoint[], options: IsotonicRegressionOptions = {}): IsotonicFit {
  checkPoints(points);
  const { increasing = true, outOfBounds = 'clip', interpolation = 'linear' } = options;
  if (outOfBounds !== 'clip' && outOfBounds !== 'nan') {
    throw new InvalidArgumentError({
      argument: 'options.outOfBounds',
      message: `expected 'clip' or 'nan', got ${String(outOfBounds)}.`,
    });
  }
  if (interpolation !== 'linear' && interpolation !== 'step') {
    throw new InvalidArgumentError({
      argument: 'options.interpolation',
      message: `expected 'linear' or 'step', got ${String(interpolation)}.`,
    });
  }
  const lower = options.min ?? Number.NEGATIVE_INFINITY;
  const upper = options.max ?? Number.POSITIVE_INFINITY;
  if (Number.isNaN(lower) || Number.isNaN(upper) || lower > upper) {
    throw new InvalidArgumentError({
      argument: 'options.min',
      message: `expected min ≤ max, got min ${String(options.min)} and max ${String(options.max)}.`,
    });
  }

  const sorted = [...points].sort((left, right) => left.x - right.x);
  const xs: number[] = [];
  const sums: number[] = [];
  const weights: number[] = [];
  for (const point of sorted) {
    const weight = point.weight ?? 1;
    const last = xs.length - 1;
    if (last >= 0 && xs[last] === point.x) {
      sums[last] += point.y * weight;
      weights[last] += weight;
    } else {
      xs.push(point.x);
      sums.push(point.y * weight);
      weights.push(weight);
    }
  }
  // A non-increasing fit of y is a non-decreasing fit of -y.
  const sign = increasing ? 1 : -1;
  const means = sums.map((sum, index) => (sign * sum) / weights[index]);
  const ys = poolAdjacentViolators(means, weights).map((value) => Math.min(upper, Math.max(lower, sign * value)));

  const predict = (x: number): number => {
    if (Number.isNaN(x)) return Number.NaN;
    const lastIndex = xs.length - 1;
    if (x < xs[0] || x > xs[lastIndex]) {
      if (outOfBounds === 'nan') return Number.NaN;
      return x < xs[0] ? ys[0] : ys[lastIndex];
    }
    // Binary search for the last fitted x at or below the query.
    let low = 0;
    let high = lastIndex;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (xs[middle] <= x) low = middle;
      else high = middle - 1;
    }
    if (interpolation === 'step' || low === lastIndex || xs[low] === x) return ys[low];
    const fraction = (x - xs[low]) / (xs[low + 1] - xs[low]);
    return ys[low] + fraction * (ys[low + 1] - ys[low]);
  };

  return { xs, ys, predict };
}
