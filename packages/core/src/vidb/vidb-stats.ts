import type { VidbRecord } from './types';

/** Intensity histogram bins shown by `valueflow vidb stats`; the edges are ±2 and ±6. */
export interface VidbIntensityBins {
  '<=-6': number;
  '(-6,-2]': number;
  '(-2,2)': number;
  '[2,6)': number;
  '>=6': number;
}

/** Direction label counts; `unlabelled` counts records without a direction. */
export interface VidbDirectionCounts {
  supports: number;
  opposes: number;
  neutral: number;
  unlabelled: number;
}

/** Summary of one value's records: how many, their range, and how they spread over the scale. */
export interface VidbValueStats {
  theory: string;
  value: string;
  count: number;
  min: number;
  max: number;
  bins: VidbIntensityBins;
  directions: VidbDirectionCounts;
}

/**
 * Summarises the records of one value. A panel whose records crowd in one bin, or lack one
 * direction, gives the evaluator few anchors there; the stats make that visible.
 *
 * @param records - Records of a single value (theory and value are taken from the first one).
 * @returns Counts, range, bins and direction counts; `min`/`max` are `NaN` for an empty list.
 */
export function computeVidbValueStats(records: readonly VidbRecord[]): VidbValueStats {
  const bins: VidbIntensityBins = { '<=-6': 0, '(-6,-2]': 0, '(-2,2)': 0, '[2,6)': 0, '>=6': 0 };
  const directions: VidbDirectionCounts = { supports: 0, opposes: 0, neutral: 0, unlabelled: 0 };
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const record of records) {
    const intensity = record.intensity;
    if (intensity < min) min = intensity;
    if (intensity > max) max = intensity;
    if (intensity <= -6) bins['<=-6']++;
    else if (intensity <= -2) bins['(-6,-2]']++;
    else if (intensity < 2) bins['(-2,2)']++;
    else if (intensity < 6) bins['[2,6)']++;
    else bins['>=6']++;
    if (record.direction === 1) directions.supports++;
    else if (record.direction === -1) directions.opposes++;
    else if (record.direction === 0) directions.neutral++;
    else directions.unlabelled++;
  }
  return {
    theory: records[0]?.theory ?? '',
    value: records[0]?.value ?? '',
    count: records.length,
    min: records.length > 0 ? min : Number.NaN,
    max: records.length > 0 ? max : Number.NaN,
    bins,
    directions,
  };
}
