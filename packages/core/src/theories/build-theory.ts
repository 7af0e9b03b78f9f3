import { canonicalRecord } from './canonical-record';
import { canonicalValueId } from './canonical-value-id';
import { defaultNodeName } from './default-node-name';
import { claimKey } from './claim-key';
import { readHierarchy } from './read-hierarchy';
import { readMidLevel } from './read-mid-level';
import { readNodeAliases } from './read-node-aliases';
import type { Theory, TheoryIssue, TheoryNode, TheorySpec } from './types';

const personaOpening = 'You value ';

/** What is already registered: keys a new theory must not reuse. */
export interface TakenKeys {
  /** Theory id or alias → owning theory id. */
  theories: ReadonlyMap<string, string>;
  /** Mid-level id or alias → owning theory id; bare mid-level lookup must stay unambiguous. */
  midLevel: ReadonlyMap<string, string>;
}

function checkTexts(options: { texts: Map<string, unknown>; field: string; issues: TheoryIssue[] }): void {
  for (const [id, text] of options.texts) {
    if (typeof text !== 'string' || text.trim() === '') {
      options.issues.push({ path: `${options.field}.${id}`, message: 'expected a non-empty string' });
    }
  }
}

/**
 * Validates a theory spec against itself and against what is already registered, and builds the
 * frozen {@link Theory}. Collects every problem rather than stopping at the first.
 *
 * @param spec - The theory as plain data.
 * @param taken - Theory and mid-level keys already in use.
 * @returns The theory when `issues` is empty; `issues` otherwise.
 */
export function buildTheory(spec: TheorySpec, taken: TakenKeys): { theory?: Theory; issues: TheoryIssue[] } {
  const issues: TheoryIssue[] = [];
  const id = canonicalValueId(String(spec.id ?? ''));
  if (id === '') issues.push({ path: 'id', message: 'the theory id is empty; expected letters or digits' });
  claimKey({ key: id, path: 'id', taken: taken.theories, what: 'theory id', issues });
  const aliases = [...new Set((spec.aliases ?? []).map((alias) => canonicalValueId(alias)))].filter(
    (alias) => alias !== id,
  );
  for (const [index, alias] of aliases.entries()) {
    claimKey({ key: alias, path: `aliases[${index}]`, taken: taken.theories, what: 'theory alias', issues });
  }
  if (typeof spec.name !== 'string' || spec.name.trim() === '') {
    issues.push({ path: 'name', message: 'expected a non-empty display name' });
  }

  const graph = readHierarchy({ root: spec.root, hierarchy: spec.hierarchy, issues });
  const nodeIds = new Set(graph.order);
  const definitions = canonicalRecord({ record: spec.definitions, field: 'definitions', nodes: nodeIds, issues });
  const personas = canonicalRecord({ record: spec.personas, field: 'personas', nodes: nodeIds, issues });
  const names = canonicalRecord({ record: spec.names, field: 'names', nodes: nodeIds, issues });
  const nodeAliases = canonicalRecord({ record: spec.nodeAliases, field: 'nodeAliases', nodes: nodeIds, issues });
  checkTexts({ texts: definitions, field: 'definitions', issues });
  checkTexts({ texts: names, field: 'names', issues });
  for (const node of graph.order) {
    if (!definitions.has(node))
      issues.push({
        path: `definitions.${node}`,
        message: `missing definition for "${node}"; every node needs one sentence`,
      });
  }
  for (const [node, persona] of personas) {
    if (typeof persona !== 'string' || !persona.startsWith(personaOpening)) {
      issues.push({
        path: `personas.${node}`,
        message: `expected a sentence starting with "${personaOpening}" (steering swaps that opening for graded phrases)`,
      });
    }
  }

  const midLevel = readMidLevel({ spec, nodeIds, takenMidLevel: taken.midLevel, issues });
  const lookupKeys = readNodeAliases({ nodeIds, nodeAliases, midLevel, takenMidLevel: taken.midLevel, issues });
  if (issues.length > 0) return { issues };

  const usedKeys = new Set([...nodeIds, ...taken.midLevel.keys(), ...[...lookupKeys.values()].flat()]);
  const nodes = graph.order.map((node): TheoryNode => {
    const name = names.get(node) ?? defaultNodeName(node);
    const explicit = lookupKeys.get(node) ?? [];
    const fromName = canonicalValueId(name);
    // The canonical form of the display name is a free extra spelling unless it would collide.
    const nameIsFree = fromName !== '' && !usedKeys.has(fromName);
    if (nameIsFree) usedKeys.add(fromName);
    const nodeAliasList = nameIsFree ? [...explicit, fromName] : explicit;
    return Object.freeze({
      id: node,
      name,
      parents: Object.freeze([...graph.parents.get(node)!]) as string[],
      children: Object.freeze([...graph.children.get(node)!]) as string[],
      definition: definitions.get(node)!.trim(),
      midLevel: midLevel.includes(node),
      ...(personas.has(node) ? { persona: personas.get(node)! } : {}),
      ...(nodeAliasList.length > 0 ? { aliases: Object.freeze(nodeAliasList) as string[] } : {}),
    });
  });
  const theory: Theory = {
    id,
    name: spec.name.trim(),
    aliases,
    valueLabel: spec.valueLabel?.trim() || 'value',
    root: graph.root,
    nodes,
    midLevel,
  };
  return { theory: Object.freeze(theory), issues };
}
