import type { ValueRef } from '../theories/types';

/** Supports (+1), opposes (-1) or is neutral towards (0) the value. */
export type Direction = -1 | 0 | 1;

/** One reference text with a calibrated intensity on one value's axis. */
export interface VidbRecord {
  id: string;
  theory: string;
  /** Canonical mid-level value id. */
  value: string;
  text: string;
  /** Calibrated intensity in [-10, 10]. */
  intensity: number;
  direction?: Direction;
  /** Where the record came from (file, builder run, dataset name). */
  source?: string;
}

/** Read access to a reference panel; the evaluator and steering only need this. */
export interface ReferencePanel {
  /** Content hash naming exactly this panel (`vidb:` + hex). */
  readonly hash: string;
  /** Number of records across all values. */
  readonly size: number;
  /** Values that have at least one record. */
  values(): ValueRef[];
  /** Records of one value, sorted by ascending intensity. Empty when the value has none. */
  records(ref: ValueRef): readonly VidbRecord[];
}
