import type { Direction } from './types';
import type { VidbIssue } from './vidb-issue';

/** A text to place on a value's scale, or a neutral anchor mixed into every value's windows. */
export interface VidbBuildText {
  id: string;
  /** Required unless `neutralAnchor`; any id or alias the catalogue resolves. */
  value?: string;
  theory?: string;
  text: string;
  direction?: Direction | 'supports' | 'opposes' | 'neutral';
  source?: string;
  /**
   * An everyday text that touches none of the values. Anchors may appear in any value's windows;
   * the median of their fitted utilities fixes that value's zero point.
   */
  neutralAnchor?: boolean;
  /** Where the text was read from, for issues. */
  file?: string;
  line?: number;
}

/** One judged window: `ids` of 2 to 6 texts and the same ids ordered most supportive first. */
export interface VidbBuildWindow {
  value: string;
  theory?: string;
  ids: string[];
  order: string[];
  file?: string;
  line?: number;
}

/**
 * How fitted utilities become intensities. `anchored` (default): zero at the neutral anchors'
 * median utility, ±10 at the mean of the most extreme 5% on each side. `points`: isotonic regression onto known intensities.
 */
export type VidbCalibration = 'anchored' | { points: { id: string; intensity: number }[] };

/** What the builder did for one value and what limits the meaning of its intensities. */
export interface VidbBuildValueReport {
  theory: string;
  value: string;
  /** Texts of the value (anchors not counted). */
  texts: number;
  /** Neutral anchors that took part in this value's windows. */
  anchors: number;
  /** Windows used in the fit. */
  windows: number;
  /** Records emitted for the value. */
  records: number;
  iterations: number;
  converged: boolean;
  /** Text ids in no window: they have no position and are not emitted. */
  neverRanked: string[];
  /** Text ids never ranked above another: their low end comes from the prior. */
  neverWon: string[];
  /** Text ids never ranked below another: their high end comes from the prior. */
  neverLost: string[];
  /** Connected components of the comparison graph; above 1, groups are not comparable. */
  components: number;
  calibration: 'anchored' | 'points';
  /** Utility mapped to intensity 0 (anchored calibration). */
  zero: number | null;
  /** Where the zero point came from. */
  zeroFrom: 'neutral-anchors' | 'all-texts' | 'points';
  /** Smallest and largest fitted utility. */
  utilityRange: [number, number] | null;
  /** Plain-language caveats (fallbacks, disconnected graph, no convergence). */
  notes: string[];
}

/** Builder report: per value details plus every rejected text, window or calibration point. */
export interface VidbBuildReport {
  values: VidbBuildValueReport[];
  issues: VidbIssue[];
  summary: { texts: number; anchors: number; windows: number; rejectedWindows: number; records: number };
}
