import type { TheoryIssue } from './types';
import { canonicalValueId } from './canonical-value-id';

/**
 * Re-keys a spec record (definitions, personas, names, node aliases) by canonical node id and
 * reports keys that collapse onto the same id or name no node, so no entry is dropped silently.
 *
 * @param options.record - The record as written in the spec; may be undefined.
 * @param options.field - Spec field name, used in issue paths.
 * @param options.nodes - Canonical ids of the theory's nodes.
 * @param options.issues - Collects problems.
 * @returns Canonical id → entry, for known nodes only.
 */
export function canonicalRecord<Entry>(options: {
  record: Record<string, Entry> | undefined;
  field: string;
  nodes: ReadonlySet<string>;
  issues: TheoryIssue[];
}): Map<string, Entry> {
  const result = new Map<string, Entry>();
  const spelledAs = new Map<string, string>();
  for (const [rawKey, entry] of Object.entries(options.record ?? {})) {
    const id = canonicalValueId(rawKey);
    const path = `${options.field}.${rawKey}`;
    const earlier = spelledAs.get(id);
    if (earlier !== undefined) {
      options.issues.push({
        path,
        message: `duplicate node id "${id}" (also given as "${earlier}"); give each node once`,
      });
    } else if (!options.nodes.has(id)) {
      options.issues.push({
        path,
        message: `"${id}" is not a node of the hierarchy; expected one of the hierarchy's ids`,
      });
    } else {
      spelledAs.set(id, rawKey);
      result.set(id, entry);
    }
  }
  return result;
}
