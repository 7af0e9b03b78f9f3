import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { isotonicRegression } from '../ranking/isotonic-regression';
import { fitPlackettLuce } from '../ranking/plackett-luce-fit';
import type { ValueRef } from '../theories/types';
import type {
  VidbBuildReport,
  VidbBuildText,
  VidbBuildValueReport,
  VidbBuildWindow,
  VidbCalibration,
} from './build-vidb-types';
import { calibrateAnchored } from './calibrate-anchored';
import { type CheckedText, checkBuildInput } from './check-build-input';
import type { VidbRecord } from './types';
import type { VidbIssue } from './vidb-issue';

/** Options of {@link buildVidb}. */
export interface BuildVidbOptions {
  texts: VidbBuildText[];
  windows: VidbBuildWindow[];
  /** Default `anchored`; see {@link VidbCalibration}. */
  calibration?: VidbCalibration;
  /** Also emit each neutral anchor as a record of every value whose windows it joined, id `{anchor}@{value}`. */
  includeNeutralAnchors?: boolean;
  /** `source` of records whose text has none. */
  source?: string;
  /** Decimals kept in intensities (default 2), so output is stable and readable. */
  precision?: number;
  /** Plackett–Luce solver settings passed to `fitPlackettLuce`. */
  fit?: { alpha?: number; beta?: number; tolerance?: number; maxIterations?: number };
  /** Called after each value is fitted and calibrated, for progress bars on large builds. */
  onProgress?: (progress: { done: number; total: number; value: ValueRef }) => void;
}

/**
 * Builds VIDB records from judged ranking windows (method.md §4.3–4.5): per value, fits one
 * Plackett–Luce utility per text from the windows, then calibrates utilities monotonically onto
 * [-10, 10].
 *
 * Calibration `anchored` (default) fixes the zero point at the median fitted utility of the
 * neutral anchors that took part in the value's windows (texts flagged `neutralAnchor`, everyday
 * texts that touch no value), or at the median of all the value's texts when it has none (the
 * report says so). The mean utility of the most extreme 5% of texts on each side maps to ±10
 * (beyond clips), with separate linear scales on each side of zero, so supporting texts get
 * positive and opposing texts negative intensities (see `calibrateAnchored`). Calibration `{ points }` instead fits isotonic regression from utility to known
 * intensities (clipped to [-10, 10]), per value, falling back to `anchored` for a value with
 * fewer than two points.
 *
 * Anchors are not emitted unless `includeNeutralAnchors`. Texts in no window are not emitted
 * (they have no position) and are listed in the report, as are rejected texts and windows,
 * prior-driven texts, disconnected comparison graphs and non-converged fits. Output is
 * deterministic: records sorted by theory, value and id, intensities rounded to `precision`.
 *
 * @param options - Texts, windows and settings; see {@link BuildVidbOptions}.
 * @returns The records and a report with one entry per value that has windows.
 * @throws {InvalidArgumentError} For a bad `precision`; bad data is reported, not thrown.
 */
export function buildVidb(options: BuildVidbOptions): { records: VidbRecord[]; report: VidbBuildReport } {
  const precision = options.precision ?? 2;
  if (!Number.isInteger(precision) || precision < 0 || precision > 12) {
    throw new InvalidArgumentError({ argument: 'precision', message: `expected an integer 0..12, got ${precision}` });
  }
  const checked = checkBuildInput({ texts: options.texts, windows: options.windows });
  const issues = [...checked.issues];
  const points = collectPoints({ calibration: options.calibration ?? 'anchored', texts: checked.texts, issues });
  const records: VidbRecord[] = [];
  const values: VidbBuildValueReport[] = [];
  const groups = [...checked.windows.values()].sort((left, right) => compareRefs(left.ref, right.ref));
  for (const group of groups) {
    const built = buildValue({
      ...options,
      precision,
      ref: group.ref,
      orders: group.orders,
      texts: checked.texts,
      points,
    });
    records.push(...built.records);
    values.push(built.report);
    options.onProgress?.({ done: values.length, total: groups.length, value: group.ref });
  }
  const unjudged = new Map<string, number>();
  for (const text of checked.texts.values()) {
    if (text.ref && !checked.windows.has(`${text.ref.theory}\u0000${text.ref.value}`)) {
      unjudged.set(text.ref.value, (unjudged.get(text.ref.value) ?? 0) + 1);
    }
  }
  for (const [value, count] of unjudged) {
    issues.push({ field: 'value', message: `value "${value}" has ${count} text(s) but no valid window; none emitted` });
  }
  records.sort((left, right) => compareRefs(left, right) || compareStrings(left.id, right.id));
  const anchors = [...checked.texts.values()].filter((text) => text.anchor).length;
  return {
    records,
    report: {
      values,
      issues,
      summary: {
        texts: checked.texts.size - anchors,
        anchors,
        windows: groups.reduce((sum, group) => sum + group.orders.length, 0),
        rejectedWindows: checked.rejectedWindows,
        records: records.length,
      },
    },
  };
}

function buildValue(options: {
  ref: ValueRef;
  orders: string[][];
  texts: Map<string, CheckedText>;
  points: Map<string, number> | undefined;
  precision: number;
  includeNeutralAnchors?: boolean;
  source?: string;
  fit?: BuildVidbOptions['fit'];
}): { records: VidbRecord[]; report: VidbBuildValueReport } {
  const { ref, orders } = options;
  const items: CheckedText[] = [];
  const indexOf = new Map<string, number>();
  const add = (text: CheckedText) => {
    indexOf.set(text.id, items.length);
    items.push(text);
  };
  for (const text of options.texts.values()) {
    if (text.ref?.theory === ref.theory && text.ref.value === ref.value) add(text);
  }
  const valueTexts = items.length;
  const joined = new Set(orders.flat());
  for (const text of options.texts.values()) if (text.anchor && joined.has(text.id)) add(text);

  const fit = fitPlackettLuce({
    ...options.fit,
    items: items.length,
    rankings: orders.map((order) => order.map((id) => indexOf.get(id)!)),
  });
  const ranked = items.map((_, index) => index).filter((index) => Number.isFinite(fit.utilities[index]));
  const utilities = ranked.map((index) => fit.utilities[index]);
  const anchorUtilities = ranked.filter((index) => items[index].anchor).map((index) => fit.utilities[index]);
  const notes: string[] = [];
  let intensities: number[];
  let zero: number | null = null;
  let zeroFrom: VidbBuildValueReport['zeroFrom'];
  const known = ranked.filter((index) => options.points?.has(items[index].id));
  if (options.points && known.length >= 2) {
    const regression = isotonicRegression(
      known.map((index) => ({ x: fit.utilities[index], y: options.points!.get(items[index].id)! })),
      { min: -10, max: 10 },
    );
    intensities = utilities.map((utility) => regression.predict(utility));
    zeroFrom = 'points';
  } else {
    if (options.points)
      notes.push(`only ${known.length} calibration point(s) among the fitted texts; used anchored calibration`);
    const anchored = calibrateAnchored({ utilities, anchorUtilities });
    ({ intensities, zero, zeroFrom } = anchored);
    if (zeroFrom === 'all-texts')
      notes.push("no neutral anchor in this value's windows: zero is the median of all its texts");
  }
  if (fit.components.length > 1) {
    notes.push(
      `the comparison graph has ${fit.components.length} disconnected groups; intensities across groups are not comparable`,
    );
  }
  if (!fit.converged) notes.push(`the fit did not converge in ${fit.iterations} iterations`);

  const scale = 10 ** options.precision;
  const records: VidbRecord[] = [];
  ranked.forEach((index, position) => {
    const text = items[index];
    if (text.anchor && !options.includeNeutralAnchors) return;
    const intensity = Math.round(intensities[position] * scale) / scale || 0;
    const record: VidbRecord = {
      id: text.anchor ? `${text.id}@${ref.value}` : text.id,
      theory: ref.theory,
      value: ref.value,
      text: text.text,
      intensity,
    };
    const direction = text.anchor ? 0 : text.direction;
    if (direction !== undefined) record.direction = direction;
    const source = text.source ?? options.source;
    if (source !== undefined) record.source = source;
    records.push(record);
  });
  const idsOf = (indices: number[]) => indices.filter((index) => index < valueTexts).map((index) => items[index].id);
  return {
    records,
    report: {
      theory: ref.theory,
      value: ref.value,
      texts: valueTexts,
      anchors: items.length - valueTexts,
      windows: orders.length,
      records: records.length,
      iterations: fit.iterations,
      converged: fit.converged,
      neverRanked: idsOf(fit.neverRanked),
      neverWon: idsOf(fit.neverWon),
      neverLost: idsOf(fit.neverLost),
      components: fit.components.length,
      calibration: zeroFrom === 'points' ? 'points' : 'anchored',
      zero,
      zeroFrom,
      utilityRange: utilities.length > 0 ? [Math.min(...utilities), Math.max(...utilities)] : null,
      notes,
    },
  };
}

function collectPoints(options: {
  calibration: VidbCalibration;
  texts: Map<string, CheckedText>;
  issues: VidbIssue[];
}): Map<string, number> | undefined {
  if (options.calibration === 'anchored') return undefined;
  if (typeof options.calibration !== 'object' || !Array.isArray(options.calibration.points)) {
    throw new InvalidArgumentError({
      argument: 'calibration',
      message: "expected 'anchored' or { points: [{ id, intensity }] }",
    });
  }
  const points = new Map<string, number>();
  for (const point of options.calibration.points) {
    if (!options.texts.has(point.id)) {
      options.issues.push({ field: 'calibration', message: `calibration point "${point.id}" names no accepted text` });
    } else if (!(point.intensity >= -10 && point.intensity <= 10)) {
      options.issues.push({
        field: 'calibration',
        message: `calibration point "${point.id}" has intensity ${point.intensity}, expected [-10, 10]`,
      });
    } else points.set(point.id, point.intensity);
  }
  return points;
}

function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function compareRefs(left: ValueRef, right: ValueRef): number {
  return compareStrings(left.theory, right.theory) || compareStrings(left.value, right.value);
}
