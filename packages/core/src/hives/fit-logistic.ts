import { InvalidArgumentError } from '../errors/invalid-argument-error';

/** One training point for {@link fitLogistic}: a score, a 0/1 label and a weight. */
export interface LogisticSample {
  x: number;
  y: 0 | 1;
  weight: number;
}

/** A fitted map `p = 1 / (1 + exp(-(slope × x + intercept)))`. */
export interface LogisticModel {
  slope: number;
  intercept: number;
  /** Newton iterations used. */
  iterations: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/**
 * Evaluates a logistic model at `x`.
 *
 * @param model - Slope and intercept.
 * @param x - The score, e.g. a cosine similarity.
 * @returns A probability in (0, 1).
 */
export function logistic(model: Pick<LogisticModel, 'slope' | 'intercept'>, x: number): number {
  return sigmoid(model.slope * x + model.intercept);
}

function objective(options: { samples: readonly LogisticSample[]; slope: number; intercept: number; ridge: number }) {
  let total = -0.5 * options.ridge * (options.slope * options.slope + options.intercept * options.intercept);
  for (const { x, y, weight } of options.samples) {
    const z = options.slope * x + options.intercept;
    // log σ(z) and log(1 − σ(z)) written to stay finite for large |z|.
    total +=
      weight *
      (y === 1
        ? -Math.log1p(Math.exp(-Math.abs(z))) + Math.min(z, 0)
        : -Math.log1p(Math.exp(-Math.abs(z))) - Math.max(z, 0));
  }
  return total;
}

/**
 * Fits a one-feature logistic regression by Newton's method with step halving: deterministic, no
 * learning rate, converges in a handful of iterations. A small ridge penalty keeps the fit finite
 * when the classes are perfectly separated (common for a value whose texts all sit close to it).
 *
 * @param options.samples - Weighted, labelled scores; both labels must be present.
 * @param options.ridge - L2 penalty on slope and intercept (default 1e-3).
 * @param options.maxIterations - Upper bound on Newton steps (default 100).
 * @returns Slope, intercept and iterations used.
 * @throws InvalidArgumentError when a label is missing, a weight is negative or a score is not finite.
 */
export function fitLogistic(options: {
  samples: readonly LogisticSample[];
  ridge?: number;
  maxIterations?: number;
}): LogisticModel {
  const { samples } = options;
  const ridge = options.ridge ?? 1e-3;
  const maxIterations = options.maxIterations ?? 100;
  if (!samples.some((sample) => sample.y === 1) || !samples.some((sample) => sample.y === 0)) {
    throw new InvalidArgumentError({
      argument: 'samples',
      message: 'expected at least one positive and one negative.',
    });
  }
  const bad = samples.findIndex((sample) => !Number.isFinite(sample.x) || !(sample.weight >= 0));
  if (bad >= 0) {
    throw new InvalidArgumentError({
      argument: `samples[${bad}]`,
      message: `expected a finite x and a weight >= 0, got x=${samples[bad].x}, weight=${samples[bad].weight}.`,
    });
  }
  let slope = 0;
  let intercept = 0;
  let current = objective({ samples, slope, intercept, ridge });
  let iterations = 0;
  for (; iterations < maxIterations; iterations += 1) {
    // Gradient and negative Hessian of the penalised log-likelihood.
    let gradientSlope = -ridge * slope;
    let gradientIntercept = -ridge * intercept;
    let hessianSlope = ridge;
    let hessianCross = 0;
    let hessianIntercept = ridge;
    for (const { x, y, weight } of samples) {
      const p = sigmoid(slope * x + intercept);
      const residual = weight * (y - p);
      const curvature = weight * p * (1 - p);
      gradientSlope += residual * x;
      gradientIntercept += residual;
      hessianSlope += curvature * x * x;
      hessianCross += curvature * x;
      hessianIntercept += curvature;
    }
    const determinant = hessianSlope * hessianIntercept - hessianCross * hessianCross;
    if (!(determinant > 0)) break;
    const stepSlope = (hessianIntercept * gradientSlope - hessianCross * gradientIntercept) / determinant;
    const stepIntercept = (hessianSlope * gradientIntercept - hessianCross * gradientSlope) / determinant;
    let scale = 1;
    let next = objective({ samples, slope: slope + stepSlope, intercept: intercept + stepIntercept, ridge });
    while (next < current && scale > 1e-6) {
      scale /= 2;
      next = objective({
        samples,
        slope: slope + scale * stepSlope,
        intercept: intercept + scale * stepIntercept,
        ridge,
      });
    }
    if (next < current) break;
    slope += scale * stepSlope;
    intercept += scale * stepIntercept;
    const converged = Math.abs(scale * stepSlope) + Math.abs(scale * stepIntercept) < 1e-9;
    current = next;
    if (converged) {
      iterations += 1;
      break;
    }
  }
  return { slope, intercept, iterations };
}
