import { findResolvedValue, resolveVidbValue } from './resolve-vidb-value';
import type { Direction, VidbRecord } from './types';
import type { VidbIssue } from './vidb-issue';

/** Where a raw row came from, copied into every issue about it. */
export interface VidbRowContext {
  file?: string;
  line?: number;
}

/** Outcome of {@link validateVidbRecord}: the clean record, or every problem with the row. */
export type VidbRecordValidation = { ok: true; record: VidbRecord } | { ok: false; issues: VidbIssue[] };

const directionNames = new Map<string, Direction>([
  ['1', 1],
  ['+1', 1],
  ['-1', -1],
  ['0', 0],
  ['supports', 1],
  ['opposes', -1],
  ['neutral', 0],
]);

/**
 * Checks one raw row (a parsed JSON object or a CSV row mapped to field names) against the VIDB
 * record schema `{id, theory?, value, text, intensity, direction?, source?}` and returns a clean
 * record with canonical theory and value ids. All problems of the row are reported at once.
 *
 * Accepted spellings, because CSV cells are strings: `intensity` as a number or numeric string in
 * [-10, 10] (never clamped); `direction` as -1/0/1, "+1", or supports/opposes/neutral; `value` as
 * any id or alias the catalogue resolves (with "did you mean" when it does not); `theory` may be
 * omitted since the 32 mid-level ids are unique. Fields outside the schema are ignored here; the
 * readers report them as warnings.
 *
 * @param raw - The untrusted row.
 * @param context - File and line copied into every issue.
 * @returns `{ ok: true, record }` or `{ ok: false, issues }`, one issue per bad field.
 */
export function validateVidbRecord(raw: unknown, context: VidbRowContext = {}): VidbRecordValidation {
  const issues: VidbIssue[] = [];
  const problem = (field: string | undefined, message: string) => {
    const issue: VidbIssue = { file: context.file, line: context.line, message };
    if (field) issue.field = field;
    issues.push(issue);
  };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problem(undefined, `expected an object with id, value, text and intensity, got ${describe(raw)}`);
    return { ok: false, issues };
  }
  const row = raw as Record<string, unknown>;

  let id = row.id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) id = String(id);
  if (typeof id !== 'string' || id.trim() === '') {
    problem('id', `expected a non-empty string, got ${describe(row.id)}`);
  } else if (id.trim() !== id) id = id.trim();

  const text = row.text;
  if (typeof text !== 'string' || text.trim() === '') {
    problem('text', `expected a non-empty text, got ${describe(text)}`);
  }

  const intensity = parseIntensity(row.intensity);
  if (typeof intensity === 'string') problem('intensity', intensity);

  const direction = parseDirection(row.direction);
  if (typeof direction === 'string') problem('direction', direction);

  const source = row.source;
  if (source !== undefined && source !== null && typeof source !== 'string') {
    problem('source', `expected a string, got ${describe(source)}`);
  }

  const theory = row.theory;
  let ref: { theory: string; value: string } | undefined;
  if (theory !== undefined && theory !== null && theory !== '' && typeof theory !== 'string') {
    problem('theory', `expected a theory id such as pvq, mft, duty or right, got ${describe(theory)}`);
  } else if (typeof row.value !== 'string' || row.value.trim() === '') {
    problem('value', `expected a value id such as "benevolence" or "care-harm", got ${describe(row.value)}`);
  } else {
    const resolution = resolveVidbValue({ value: row.value, theory: theory ? (theory as string) : undefined });
    if (resolution.ok) ref = resolution.ref;
    else problem(resolution.field, resolution.message);
  }

  if (issues.length > 0 || !ref) return { ok: false, issues };
  const record: VidbRecord = {
    id: id as string,
    theory: ref.theory,
    value: ref.value,
    text: text as string,
    intensity: intensity as number,
  };
  if (direction !== undefined) record.direction = direction as Direction;
  if (typeof source === 'string' && source !== '') record.source = source;
  return { ok: true, record };
}

/**
 * The readers' fast path: when a parsed row is already a clean record (only schema fields; string
 * id and text without surrounding blanks; numeric intensity in range; numeric or absent direction;
 * a value spelling resolved before), returns the same object with canonical theory and value ids
 * written in. Otherwise returns undefined and the caller runs {@link validateVidbRecord}, which
 * copies and reports. Adopting the parsed object instead of copying it halves the allocations of
 * a large load.
 *
 * @param row - A freshly parsed row object that nothing else holds.
 */
export function adoptWellFormedRecord(row: Record<string, unknown>): VidbRecord | undefined {
  let hasTheory = false;
  for (const key in row) {
    switch (key) {
      case 'theory':
        hasTheory = true;
        break;
      case 'id':
      case 'value':
      case 'text':
      case 'intensity':
      case 'direction':
      case 'source':
        break;
      default:
        return undefined;
    }
  }
  const id = row.id;
  const text = row.text;
  const intensity = row.intensity;
  const value = row.value;
  const theory = row.theory;
  const direction = row.direction;
  const source = row.source;
  if (
    !hasTheory ||
    typeof id !== 'string' ||
    id.length === 0 ||
    id.charCodeAt(0) <= 32 ||
    id.charCodeAt(id.length - 1) <= 32 ||
    typeof text !== 'string' ||
    text.length === 0 ||
    (text.charCodeAt(0) <= 32 && text.trim() === '') ||
    typeof intensity !== 'number' ||
    !(intensity >= -10 && intensity <= 10) ||
    typeof value !== 'string' ||
    typeof theory !== 'string' ||
    theory === '' ||
    (direction !== undefined && direction !== 1 && direction !== 0 && direction !== -1) ||
    (source !== undefined && (typeof source !== 'string' || source === ''))
  ) {
    return undefined;
  }
  const ref = findResolvedValue(value, theory);
  if (ref === undefined) return undefined;
  // Interned canonical strings: one copy per value instead of one per row.
  row.theory = ref.theory;
  row.value = ref.value;
  return row as unknown as VidbRecord;
}

/** Returns the intensity, or a message saying what was wrong with it. */
function parseIntensity(raw: unknown): number | string {
  let intensity = raw;
  if (typeof raw === 'string') {
    intensity = parseDecimal(raw);
    if (Number.isNaN(intensity)) return `expected a number in [-10, 10], got ${describe(raw)}`;
  }
  if (typeof intensity !== 'number' || !Number.isFinite(intensity)) {
    return `expected a number in [-10, 10], got ${describe(raw)}`;
  }
  if (intensity < -10 || intensity > 10) return `expected a number in [-10, 10], got ${intensity} (out of range)`;
  return intensity;
}

/** Returns the direction (undefined when absent), or a message saying what was wrong with it. */
function parseDirection(raw: unknown): Direction | undefined | string {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (raw === 1 || raw === 0 || raw === -1) return raw;
  const named = typeof raw === 'string' ? directionNames.get(raw.trim().toLowerCase()) : undefined;
  if (named !== undefined) return named;
  return `expected -1 (opposes), 0 (neutral) or 1 (supports), got ${describe(raw)}`;
}

const decimal = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * Parses a decimal number written in a CSV cell; NaN for anything else (empty, hex, `Infinity`),
 * which `Number()` alone would accept or turn into 0.
 *
 * @param cell - The cell text.
 */
export function parseDecimal(cell: string): number {
  return decimal.test(cell) ? Number(cell) : Number.NaN;
}

function describe(raw: unknown): string {
  if (raw === undefined) return 'nothing (missing)';
  if (typeof raw === 'string') return raw.trim() === '' ? 'an empty string' : JSON.stringify(raw.slice(0, 60));
  if (Array.isArray(raw)) return 'an array';
  if (raw === null) return 'null';
  return typeof raw === 'object' ? 'an object' : String(raw);
}
