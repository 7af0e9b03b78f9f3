import { canonicalValueId } from './canonical-value-id';
import { claimKey } from './claim-key';
import type { TheoryIssue } from './types';

/**
 * Canonicalises the spec's extra node spellings and checks that each names exactly one node
 * and that a mid-level value's spellings are free across theories.
 *
 * @param options.nodeIds - Canonical ids of the hierarchy's nodes.
 * @param options.nodeAliases - Node id → spellings, as given.
 * @param options.midLevel - Canonical mid-level ids of the new theory.
 * @param options.takenMidLevel - Mid-level key → owning theory id, for registered theories.
 * @param options.issues - Collects problems.
 * @returns Node id → canonical aliases.
 */
export function readNodeAliases(options: {
  nodeIds: ReadonlySet<string>;
  nodeAliases: Map<string, string[]>;
  midLevel: string[];
  takenMidLevel: ReadonlyMap<string, string>;
  issues: TheoryIssue[];
}): Map<string, string[]> {
  const owners = new Map<string, string>();
  const result = new Map<string, string[]>();
  for (const [node, rawAliases] of options.nodeAliases) {
    const path = `nodeAliases.${node}`;
    if (!Array.isArray(rawAliases)) {
      options.issues.push({ path, message: 'expected an array of spellings' });
      continue;
    }
    const aliases: string[] = [];
    rawAliases.forEach((rawAlias, index) => {
      const alias = canonicalValueId(String(rawAlias));
      const aliasPath = `${path}[${index}]`;
      const owner = options.nodeIds.has(alias) ? alias : owners.get(alias);
      if (alias === '') {
        options.issues.push({ path: aliasPath, message: 'empty alias; expected letters or digits' });
        return;
      }
      // Repeating the node's own id or an alias twice loses nothing, so it is not an error.
      if (alias === node || aliases.includes(alias)) return;
      if (owner !== undefined) {
        options.issues.push({ path: aliasPath, message: `alias "${alias}" already names node "${owner}"` });
        return;
      }
      if (options.midLevel.includes(node)) {
        claimKey({
          key: alias,
          path: aliasPath,
          taken: options.takenMidLevel,
          what: 'mid-level alias',
          issues: options.issues,
        });
      }
      owners.set(alias, node);
      aliases.push(alias);
    });
    result.set(node, aliases);
  }
  return result;
}
