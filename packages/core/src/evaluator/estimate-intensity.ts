import { estimateFixedAnchorUtility } from '../ranking/plackett-luce-map';
import { applyWindowGuard } from '../ranking/window-guard';
import type { FixedAnchorWindow } from '../ranking/fixed-anchor-window';
import { createJointPosterior, type JointPosterior } from './joint-posterior';
import type { JudgedWindow } from './judge-window';
import type { ScoreEvidence } from './types';

/** The point estimate: posterior mean (default) or the paper's MAP (method.md §5.5). */
export type PointEstimator = 'posterior-mean' | 'map';

/** The estimator's output for one (text, value). */
export interface IntensityEstimate {
  /** Guarded point estimate; `null` without a usable window. */
  intensity: number | null;
  interval: [number, number] | null;
  /** The judge-noise scale used (posterior scale, or the fixed one). */
  scale: number | null;
  evidence: ScoreEvidence[];
  /** The posterior the estimate came from (the prior when there is no window). */
  posterior: JointPosterior;
}

/** Width of the log-normal prior on the judge's noise scale; chosen on `pnpm bench estimator`. */
export const scalePriorWidth = 1;

const bound = 10;
const clip = (value: number) => Math.min(bound, Math.max(-bound, value));

/**
 * Converts usable windows into the fixed-anchor form: anchor intensities (clipped to [-10, 10])
 * in judged order with `null` where the text landed.
 *
 * @param window - a usable window.
 */
export function toFixedAnchorWindow({ anchors, position }: JudgedWindow): FixedAnchorWindow {
  const items: Array<number | null> = anchors.map((anchor) => clip(anchor.intensity));
  items.splice(position, 0, null);
  return { ordered: items };
}

/**
 * Turns judged windows into the score. The joint posterior over the text's intensity and the
 * judge's noise scale gives the interval (its central `confidence` mass, so an uncertain scale
 * widens it) and, by default, the point estimate (posterior mean); `map` uses the paper's MAP at
 * the posterior scale instead. The reference window guard then keeps the point inside the range of
 * anchors met (just outside when the text beat or lost to all of them), and the interval is
 * clipped to [-10, 10] and widened to contain the point.
 *
 * @param options.windows - usable windows.
 * @param options.confidence - interval coverage, e.g. 0.9.
 * @param options.noiseScale - a fixed scale, or `'estimate'`.
 * @param options.estimator - `posterior-mean` (default) or `map`.
 * @returns point estimate, interval, scale, evidence and the posterior (`null`s without windows).
 */
export function estimateIntensity(options: {
  windows: readonly JudgedWindow[];
  confidence: number;
  noiseScale: number | 'estimate';
  estimator?: PointEstimator;
}): IntensityEstimate {
  const { windows, confidence } = options;
  const ordered = windows.map(toFixedAnchorWindow);
  const posterior = createJointPosterior(ordered, { scale: options.noiseScale, scalePriorWidth });
  if (windows.length === 0) return { intensity: null, interval: null, scale: null, evidence: [], posterior };
  const utility =
    options.estimator === 'map'
      ? estimateFixedAnchorUtility(ordered, { confidence, scale: posterior.scale }).utility
      : posterior.mean;
  const intensity = applyWindowGuard(utility, ordered).score as number;
  const low = clip(posterior.quantile((1 - confidence) / 2));
  const high = clip(posterior.quantile((1 + confidence) / 2));
  return {
    intensity,
    interval: [Math.min(low, intensity), Math.max(high, intensity)],
    scale: posterior.scale,
    evidence: collectEvidence(windows),
    posterior,
  };
}

/**
 * The anchors the text beat (`above`) and lost to (`below`), each (anchor, relation) once, most
 * intense first, so a reader can check the score against concrete reference texts.
 *
 * @param windows - usable windows.
 */
export function collectEvidence(windows: readonly JudgedWindow[]): ScoreEvidence[] {
  const seen = new Map<string, ScoreEvidence>();
  for (const { anchors, position } of windows) {
    anchors.forEach((anchor, index) => {
      const relation = index < position ? 'below' : 'above';
      const key = `${anchor.id}\u0000${relation}`;
      if (!seen.has(key)) {
        seen.set(key, { id: anchor.id, text: anchor.text, intensity: anchor.intensity, relation });
      }
    });
  }
  return [...seen.values()].sort((left, right) => right.intensity - left.intensity);
}
