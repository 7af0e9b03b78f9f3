import { VidbValidationError } from '../errors/vidb-validation-error';
import type { ValueRef } from '../theories/types';
import { createIdIndex } from './create-id-index';
import { hashVidbRecords } from './hash-vidb-records';
import { resolveVidbValue } from './resolve-vidb-value';
import type { ReferencePanel, VidbRecord } from './types';
import type { VidbIssue } from './vidb-issue';
import { computeVidbValueStats, type VidbValueStats } from './vidb-stats';

/** An in-memory reference panel: records indexed per value, plus summaries for tools. */
export interface ReferenceDb extends ReferencePanel {
  /** Every record, in the order given to {@link createReferenceDb}. */
  all(): readonly VidbRecord[];
  /** One summary per value, in the same order as `values()`. */
  stats(): VidbValueStats[];
}

/** Most issues listed in one error; a file full of duplicates should not build a huge message. */
const maximumIssues = 1000;

const keyOf = (theory: string, value: string) => `${theory}\u0000${value}`;

/**
 * Builds the in-memory reference panel the evaluator and steering read from. Records are grouped
 * per (theory, value) and `records(ref)` returns them sorted by ascending intensity (ties by id),
 * so samplers can take quantiles and neighbours directly. Work that not every caller needs is
 * deferred and memoised: a value's records are sorted on its first `records` call, and the
 * content hash is computed on the first read of `hash`.
 *
 * Records are expected to be validated already (readers and the builder do that); this only
 * re-checks what would corrupt the index: unique ids and finite intensities in [-10, 10].
 *
 * @param records - Validated records with canonical theory and value ids.
 * @returns A read-only panel; the input array is copied, the records themselves are shared.
 * @throws {VidbValidationError} When ids repeat (every repeated id is named) or an intensity is
 * outside [-10, 10].
 */
export function createReferenceDb(records: readonly VidbRecord[]): ReferenceDb {
  const all = records.slice();
  const ids = createIdIndex((index) => all[index].id);
  const issues: VidbIssue[] = [];
  const byValue = new Map<string, VidbRecord[]>();
  // Records of one value usually come together and share interned strings, so the last group
  // answers most lookups without building a key.
  let lastTheory = '';
  let lastValue = '';
  let lastGroup: VidbRecord[] | undefined;
  for (let index = 0; index < all.length; index++) {
    const record = all[index];
    if (ids.add(record.id, index) >= 0) {
      if (issues.length < maximumIssues) issues.push({ field: 'id', message: `duplicate id "${record.id}"` });
      continue;
    }
    const intensity = record.intensity;
    if (!(intensity >= -10 && intensity <= 10)) {
      if (issues.length < maximumIssues) {
        issues.push({
          field: 'intensity',
          message: `record "${record.id}" has intensity ${intensity}, expected [-10, 10]`,
        });
      }
      continue;
    }
    if (lastGroup === undefined || record.value !== lastValue || record.theory !== lastTheory) {
      const key = keyOf(record.theory, record.value);
      lastGroup = byValue.get(key);
      if (lastGroup === undefined) {
        lastGroup = [];
        byValue.set(key, lastGroup);
      }
      lastTheory = record.theory;
      lastValue = record.value;
    }
    lastGroup.push(record);
  }
  if (issues.length > 0) throw new VidbValidationError({ issues });

  const keys = [...byValue.keys()].sort();
  const refs: ValueRef[] = keys.map((key) => {
    const first = byValue.get(key)![0];
    return { theory: first.theory, value: first.value };
  });
  // Sorting is deferred to the first read of a value: loading a full panel stays linear, and an
  // evaluator that reads a few values sorts only those.
  const sorted = new Set<string>();
  const groupOf = (key: string): readonly VidbRecord[] | undefined => {
    const group = byValue.get(key);
    if (group && !sorted.has(key)) {
      group.sort(byIntensityThenId);
      Object.freeze(group);
      sorted.add(key);
    }
    return group;
  };
  let hash: string | undefined;
  const empty: readonly VidbRecord[] = Object.freeze([]);

  return {
    get hash() {
      hash ??= hashVidbRecords(all);
      return hash;
    },
    size: all.length,
    values: () => refs.map((ref) => ({ ...ref })),
    records(ref) {
      const exact = groupOf(keyOf(ref.theory, ref.value));
      if (exact) return exact;
      // Accept aliases (`svt`, `Care/Harm`) the same way the readers do.
      const resolution = resolveVidbValue({ value: ref.value, theory: ref.theory });
      return (resolution.ok && groupOf(keyOf(resolution.ref.theory, resolution.ref.value))) || empty;
    },
    all: () => all,
    stats: () => keys.map((key) => computeVidbValueStats(byValue.get(key)!)),
  };
}

function byIntensityThenId(left: VidbRecord, right: VidbRecord): number {
  return left.intensity - right.intensity || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
}
