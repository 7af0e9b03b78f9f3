import { InvalidArgumentError } from '../errors';
import { createFixedAnchorPosterior, type FixedAnchorPosterior } from './fixed-anchor-posterior';
import { type FixedAnchorWindow, parseFixedAnchorWindows } from './fixed-anchor-window';
import { normalQuantile } from './normal-quantile';

/** Options of {@link estimateFixedAnchorUtility}; defaults are the reference values of method.md §5.5. */
export interface FixedAnchorUtilityOptions {
  /** λ of the Gaussian prior N(0, 1/λ) on the response utility (default 1e-3). */
  priorPrecision?: number;
  /** Exponent clip and bisection interval [-bound, bound], in scaled units (default 20). */
  bound?: number;
  /** Bisection iteration cap (default 200). */
  maxIterations?: number;
  /** Bisection stops when |g| or the interval length falls below this (default 1e-6). */
  tolerance?: number;
  /** Steps of the gradient-ascent fallback (default 50, the paper's evaluation setting). */
  fallbackSteps?: number;
  /** Learning rate of the gradient-ascent fallback (default 0.1). */
  learningRate?: number;
  /** Coverage of the Laplace interval (default 0.9). */
  confidence?: number;
  /**
   * Judge-noise scale s (default 1, the paper's model): anchor utilities are divided by s before
   * fitting and the estimate and interval are multiplied back. Larger s models a noisier judge.
   * `bound` and `priorPrecision` act on the scaled utility, so s = 2 allows |u| up to 40.
   */
  scale?: number;
}

/** Result of {@link estimateFixedAnchorUtility}. */
export interface FixedAnchorUtilityEstimate {
  /** MAP utility u* of the response, on the anchors' scale. */
  utility: number;
  /** Observed information at u* on the anchors' scale (prior included); 1/√information is the standard error. */
  information: number;
  /** Laplace interval u* ± z/√information with z the two-sided normal quantile of `confidence`. */
  interval: [number, number];
  /** Anchors the response was placed above, summed over windows. */
  wins: number;
  /** Anchors the response was placed below, summed over windows. */
  losses: number;
  /** Number of windows used. */
  windows: number;
  /** `bisection` normally; `gradient-ascent` when g(-bound) and g(bound) share a sign. */
  solver: 'bisection' | 'gradient-ascent';
}

function positiveOption(name: string, value: number | undefined, fallback: number, allowZero = false): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new InvalidArgumentError({
      argument: `options.${name}`,
      message: `expected a finite number ${allowZero ? '≥ 0' : '> 0'}, got ${String(value)}.`,
    });
  }
  return value;
}

function bisect(posterior: FixedAnchorPosterior, options: { bound: number; maxIterations: number; tolerance: number }) {
  let low = -options.bound;
  let high = options.bound;
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    const middle = (low + high) / 2;
    const gradient = posterior.gradient(middle);
    if (Math.abs(gradient) < options.tolerance || high - low < options.tolerance) break;
    // g is decreasing, so a positive gradient means the root lies above the midpoint.
    if (gradient > 0) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

function ascend(
  posterior: FixedAnchorPosterior,
  options: { bound: number; steps: number; learningRate: number; tolerance: number },
) {
  let utility = 0;
  for (let step = 0; step < options.steps; step += 1) {
    const next = Math.min(
      options.bound,
      Math.max(-options.bound, utility + options.learningRate * posterior.gradient(utility)),
    );
    const moved = Math.abs(next - utility);
    utility = next;
    if (moved < options.tolerance) break;
  }
  return utility;
}

/**
 * Estimates a response's Plackett–Luce utility from windows in which every other item is an anchor
 * of known utility (method.md §5.5): the MAP under a weak Gaussian prior, solved by bisection on the
 * strictly decreasing gradient, with a Laplace interval from the observed information.
 *
 * Anchors are worth exp(u_a), so the model assumes the judge orders two texts whose intensities differ
 * by Δ correctly with probability σ(Δ / scale). A response that wins everything still gets a finite
 * utility, held back by the prior; the window guard decides what score that becomes.
 *
 * @param windows - judged windows, most supportive first, `null` for the response.
 * @param options - solver settings; see {@link FixedAnchorUtilityOptions}.
 * @returns the utility, its information and interval, and the win/loss counts.
 * @throws InvalidArgumentError when there are no windows, a window is malformed (no response, several
 *   `null`s, no anchor, a non-finite anchor) or an option is out of range.
 */
export function estimateFixedAnchorUtility(
  windows: FixedAnchorWindow[],
  options: FixedAnchorUtilityOptions = {},
): FixedAnchorUtilityEstimate {
  const parsed = parseFixedAnchorWindows(windows);
  if (parsed.length === 0) {
    throw new InvalidArgumentError({ argument: 'windows', message: 'expected at least one window, got none.' });
  }
  const priorPrecision = positiveOption('priorPrecision', options.priorPrecision, 1e-3, true);
  const bound = positiveOption('bound', options.bound, 20);
  const tolerance = positiveOption('tolerance', options.tolerance, 1e-6);
  const learningRate = positiveOption('learningRate', options.learningRate, 0.1);
  const scale = positiveOption('scale', options.scale, 1);
  const maxIterations = integerOption('maxIterations', options.maxIterations, 200);
  const fallbackSteps = integerOption('fallbackSteps', options.fallbackSteps, 50);
  const confidence = options.confidence ?? 0.9;
  if (typeof confidence !== 'number' || !(confidence > 0 && confidence < 1)) {
    throw new InvalidArgumentError({
      argument: 'options.confidence',
      message: `expected a number strictly between 0 and 1, got ${String(confidence)}.`,
    });
  }

  const posterior = createFixedAnchorPosterior({
    windows: parsed.map(({ anchors, responsePosition }) => ({
      anchors: anchors.map((anchor) => anchor / scale),
      responsePosition,
    })),
    priorPrecision,
    exponentBound: bound,
  });
  const sameSign = Math.sign(posterior.gradient(-bound)) * Math.sign(posterior.gradient(bound)) > 0;
  const scaledUtility = sameSign
    ? ascend(posterior, { bound, steps: fallbackSteps, learningRate, tolerance })
    : bisect(posterior, { bound, maxIterations, tolerance });
  const scaledInformation = posterior.information(scaledUtility);
  const halfWidth = (normalQuantile((1 + confidence) / 2) / Math.sqrt(scaledInformation)) * scale;
  const utility = scaledUtility * scale;

  let wins = 0;
  let losses = 0;
  for (const { anchors, responsePosition } of parsed) {
    losses += responsePosition;
    wins += anchors.length - responsePosition;
  }
  return {
    utility,
    information: scaledInformation / (scale * scale),
    interval: [utility - halfWidth, utility + halfWidth],
    wins,
    losses,
    windows: parsed.length,
    solver: sameSign ? 'gradient-ascent' : 'bisection',
  };
}

function integerOption(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError({
      argument: `options.${name}`,
      message: `expected a positive integer, got ${String(value)}.`,
    });
  }
  return value;
}
