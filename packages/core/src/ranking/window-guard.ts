import { InvalidArgumentError } from '../errors';
import { type FixedAnchorWindow, parseFixedAnchorWindows } from './fixed-anchor-window';
import { nextDown, nextUp } from './next-float';

/** Result of {@link applyWindowGuard}. */
export interface WindowGuardResult {
  /** Final intensity in [-10, 10], or `null` (unscored) when there is no window. */
  score: number | null;
  /** Anchors the response was placed above, over all windows. */
  wins: number;
  /** Anchors the response was placed below, over all windows. */
  losses: number;
  /** Smallest anchor utility met (NaN without windows). */
  wMin: number;
  /** Largest anchor utility met (NaN without windows). */
  wMax: number;
}

const scoreBound = 10;
const nudge = 1e-6;

/**
 * Turns a response utility into its final score with the reference window guard (method.md §5.6,
 * closed form): a score can never leave the range of the anchors the response actually met.
 *
 * - no window: unscored (`null`);
 * - no win: one ULP below the weakest anchor; no loss: one ULP above the strongest;
 * - otherwise the utility clamped to [wMin, wMax], moved 1e-6 inside when it lands exactly on an end;
 * - finally clipped to [-10, 10].
 *
 * The global isotonic calibration of the reference is the identity inside the anchors' range, so it
 * cannot change this result and is not applied here.
 *
 * @param utility - the response's utility, e.g. from {@link estimateFixedAnchorUtility}.
 * @param windows - the parsed windows the utility was estimated from.
 * @returns the score plus the counts and range that decided it.
 * @throws InvalidArgumentError when `utility` is NaN or a window is malformed.
 */
export function applyWindowGuard(utility: number, windows: FixedAnchorWindow[]): WindowGuardResult {
  if (typeof utility !== 'number' || Number.isNaN(utility)) {
    throw new InvalidArgumentError({ argument: 'utility', message: `expected a number, got ${String(utility)}.` });
  }
  const parsed = parseFixedAnchorWindows(windows);
  if (parsed.length === 0) return { score: null, wins: 0, losses: 0, wMin: Number.NaN, wMax: Number.NaN };

  let wins = 0;
  let losses = 0;
  let wMin = Number.POSITIVE_INFINITY;
  let wMax = Number.NEGATIVE_INFINITY;
  for (const { anchors, responsePosition } of parsed) {
    losses += responsePosition;
    wins += anchors.length - responsePosition;
    for (const anchor of anchors) {
      wMin = Math.min(wMin, anchor);
      wMax = Math.max(wMax, anchor);
    }
  }

  let score: number;
  if (wins === 0) score = nextDown(wMin);
  else if (losses === 0) score = nextUp(wMax);
  else {
    score = Math.min(wMax, Math.max(wMin, utility));
    // Landing exactly on an end would read as a tie with that anchor, which the judge did not report.
    if (score === wMin) score = Math.min(wMax - nudge, wMin + nudge);
    else if (score === wMax) score = Math.max(wMin + nudge, wMax - nudge);
  }
  return { score: Math.min(scoreBound, Math.max(-scoreBound, score)), wins, losses, wMin, wMax };
}
