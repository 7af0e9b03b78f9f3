import { canonicalValueId } from './canonical-value-id';
import { claimKey } from './claim-key';
import type { TheoryIssue, TheorySpec } from './types';

/**
 * Canonicalises a spec's mid-level list and checks it: at least one id, every id a hierarchy
 * node, no repeats, no id that is already another theory's mid-level value.
 *
 * @param options.spec - The theory spec.
 * @param options.nodeIds - Canonical ids of the hierarchy's nodes.
 * @param options.takenMidLevel - Mid-level key → owning theory id, for registered theories.
 * @param options.issues - Collects problems.
 * @returns The valid mid-level ids in spec order.
 */
export function readMidLevel(options: {
  spec: TheorySpec;
  nodeIds: ReadonlySet<string>;
  takenMidLevel: ReadonlyMap<string, string>;
  issues: TheoryIssue[];
}): string[] {
  const { issues } = options;
  const raw = Array.isArray(options.spec.midLevel) ? options.spec.midLevel : [];
  if (raw.length === 0) issues.push({ path: 'midLevel', message: 'expected at least one mid-level value id' });
  const result: string[] = [];
  raw.forEach((rawId, index) => {
    const id = canonicalValueId(String(rawId));
    const path = `midLevel[${index}]`;
    if (!options.nodeIds.has(id)) {
      issues.push({
        path,
        message: `"${id}" is not a node of the hierarchy; mid-level values must be hierarchy nodes`,
      });
    } else if (result.includes(id)) {
      issues.push({ path, message: `duplicate mid-level id "${id}"` });
    } else {
      claimKey({ key: id, path, taken: options.takenMidLevel, what: 'mid-level value', issues });
      result.push(id);
    }
  });
  return result;
}
