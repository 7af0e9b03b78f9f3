import type { FixedAnchorWindow } from '../ranking/fixed-anchor-window';
import type { IntensityBelief } from './anchor-sampler';

/** Options of {@link createJointPosterior}. */
export interface JointPosteriorOptions {
  /**
   * Judge-noise scales considered: a fixed number, or `'estimate'` for a log-spaced grid with a
   * log-normal prior around 1 (default).
   */
  scale?: number | 'estimate';
  /** Standard deviation of the prior on log s (default 0.7). */
  scalePriorWidth?: number;
  /** Intensity cells over [-10, 10] (default 100, i.e. 0.2 wide; quantiles interpolate inside a cell). */
  cells?: number;
}

/** The joint posterior of the text's intensity t and the judge's noise scale s, marginalised. */
export interface JointPosterior extends IntensityBelief {
  /** Posterior geometric mean of s (exactly the fixed scale when one was given). */
  scale: number;
}

const low = -10;
const high = 10;
// 11 scales from 0.2 to 5 (ratio ≈ 1.38): the scale posterior of one text is broad, so a coarse grid loses nothing.
const scaleGrid = Array.from({ length: 11 }, (_, index) => Math.exp(Math.log(0.2) + (index * Math.log(25)) / 10));

function logAddExp(a: number, b: number): number {
  if (a === Number.NEGATIVE_INFINITY) return b;
  if (b === Number.NEGATIVE_INFINITY) return a;
  const top = Math.max(a, b);
  return top + Math.log1p(Math.exp(-Math.abs(a - b)));
}

interface PreparedWindow {
  /** Number of anchors above the text. */
  position: number;
  /** Anchor intensities in judged order, text removed. */
  anchors: number[];
}

function prepare(windows: readonly FixedAnchorWindow[]): PreparedWindow[] {
  return windows.map(({ ordered }) => ({
    position: ordered.indexOf(null),
    anchors: ordered.filter((item): item is number => item !== null),
  }));
}

/** Per window and scale: the text's stages, as anchor worths relative to a fixed shift. */
interface WindowStages {
  /** exp(log anchor worth unplaced at stage j − shift), for stages j = 0..position. */
  worths: Float64Array;
  /** The shift: the largest log worth among those stages (the first stage's). */
  shift: number;
}

/**
 * Per scale: the log-likelihood terms that do not involve t, and per window the anchor worth still
 * unplaced at each stage up to the text's position.
 */
function scaleTerms(windows: readonly PreparedWindow[], scale: number) {
  let constant = 0;
  const stages: WindowStages[] = windows.map(({ anchors, position }) => {
    const scaled = anchors.map((anchor) => anchor / scale);
    // Suffix log-sums: tail[i] = log Σ_{l ≥ i} exp(scaled[l]).
    const tail = new Array<number>(scaled.length + 1).fill(Number.NEGATIVE_INFINITY);
    for (let index = scaled.length - 1; index >= 0; index -= 1) tail[index] = logAddExp(scaled[index], tail[index + 1]);
    for (const value of scaled) constant += value;
    // Stages after the text was placed: anchors only.
    for (let index = position; index < scaled.length; index += 1) constant -= tail[index];
    const shift = tail[0];
    const worths = new Float64Array(position + 1);
    for (let index = 0; index <= position; index += 1) worths[index] = Math.exp(tail[index] - shift);
    return { worths, shift };
  });
  return { constant, stages };
}

/**
 * Σ over the text's stages of log(e^u + A_j), computed as one logarithm of a product: all terms
 * share the shift max(u, log A_0), so nothing overflows, and only one exp and one log are needed.
 */
function stageLogSum(utility: number, worths: Float64Array, shift: number): number {
  let text = 1;
  let rescale = 1;
  let top = utility;
  if (utility >= shift) rescale = Math.exp(shift - utility);
  else {
    text = Math.exp(utility - shift);
    top = shift;
  }
  let product = 1;
  let logCarry = 0;
  for (let index = 0; index < worths.length; index += 1) {
    product *= text + worths[index] * rescale;
    // Far-apart anchors at a small scale can make terms tiny; carry into the log before underflow.
    if (product < 1e-200) {
      logCarry += Math.log(product);
      product = 1;
    }
  }
  return Math.log(product) + logCarry + worths.length * top;
}

/**
 * The Plackett–Luce posterior over the text's intensity and the judge's noise scale, on a grid:
 * uniform prior on t over [-10, 10], log-normal prior on s around 1, full window likelihood with
 * anchors at intensity / s. Every window informs both: the anchors' order among themselves and the
 * text's place among them. Marginalising s widens the intensity interval exactly as much as the
 * scale is uncertain, which a plug-in scale cannot do; that is what keeps the interval's coverage
 * honest for judges sharper or noisier than the paper's model.
 *
 * @param windows - judged windows, most supportive first, `null` for the text, anchors as intensities.
 * @param options - see {@link JointPosteriorOptions}.
 * @returns the marginal belief over t plus the posterior scale.
 */
export function createJointPosterior(
  windows: readonly FixedAnchorWindow[],
  options: JointPosteriorOptions = {},
): JointPosterior {
  const cells = options.cells ?? 100;
  const width = (high - low) / cells;
  const priorWidth = options.scalePriorWidth ?? 0.7;
  // Without windows the intensity posterior is the uniform prior whatever the scale; skip the grid.
  const scales = typeof options.scale === 'number' ? [options.scale] : windows.length === 0 ? [1] : scaleGrid;
  const prepared = prepare(windows);
  const logJoint = new Float64Array(scales.length * cells);
  let peak = Number.NEGATIVE_INFINITY;
  scales.forEach((scale, scaleIndex) => {
    const { constant, stages } = scaleTerms(prepared, scale);
    const logPrior = scales.length === 1 ? 0 : -(Math.log(scale) ** 2) / (2 * priorWidth * priorWidth);
    for (let cell = 0; cell < cells; cell += 1) {
      const utility = (low + (cell + 0.5) * width) / scale;
      let total = constant + logPrior;
      for (let window = 0; window < stages.length; window += 1) {
        total += utility - stageLogSum(utility, stages[window].worths, stages[window].shift);
      }
      logJoint[scaleIndex * cells + cell] = total;
      if (total > peak) peak = total;
    }
  });
  const mass = new Float64Array(cells);
  const scaleMass = new Float64Array(scales.length);
  let sum = 0;
  for (let scaleIndex = 0; scaleIndex < scales.length; scaleIndex += 1) {
    for (let cell = 0; cell < cells; cell += 1) {
      const weight = Math.exp(logJoint[scaleIndex * cells + cell] - peak);
      mass[cell] += weight;
      scaleMass[scaleIndex] += weight;
      sum += weight;
    }
  }
  let mean = 0;
  for (let cell = 0; cell < cells; cell += 1) {
    mass[cell] /= sum;
    mean += mass[cell] * (low + (cell + 0.5) * width);
  }
  let variance = (width * width) / 12;
  for (let cell = 0; cell < cells; cell += 1) variance += mass[cell] * (low + (cell + 0.5) * width - mean) ** 2;
  let logScale = 0;
  scales.forEach((value, scaleIndex) => {
    logScale += (scaleMass[scaleIndex] / sum) * Math.log(value);
  });
  const scale = Math.exp(logScale);
  return {
    windows: windows.length,
    mean,
    sd: Math.sqrt(variance),
    scale,
    quantile(probability) {
      const target = Math.min(1, Math.max(0, probability));
      let below = 0;
      for (let cell = 0; cell < cells; cell += 1) {
        if (below + mass[cell] >= target && mass[cell] > 0) return low + (cell + (target - below) / mass[cell]) * width;
        below += mass[cell];
      }
      return high;
    },
  };
}
