import type { Theory, TheoryNode, ValueDefinition } from './types';

/** A registered theory with its lookup tables; internal to the catalogue. */
export interface TheoryEntry {
  theory: Theory;
  /** Node id → node. */
  nodes: Map<string, TheoryNode>;
  /** Node id or alias → node id. */
  lookup: Map<string, string>;
  /** Node id → resolved definition, built once so repeated lookups return the same object. */
  definitions: Map<string, ValueDefinition>;
}

/**
 * Indexes a built theory for lookup by id or alias.
 *
 * @param theory - A validated theory.
 * @returns The entry the catalogue stores.
 */
export function createTheoryEntry(theory: Theory): TheoryEntry {
  const nodes = new Map<string, TheoryNode>();
  const lookup = new Map<string, string>();
  const definitions = new Map<string, ValueDefinition>();
  for (const node of theory.nodes) {
    nodes.set(node.id, node);
    lookup.set(node.id, node.id);
    for (const alias of node.aliases ?? []) lookup.set(alias, node.id);
    definitions.set(
      node.id,
      Object.freeze({
        theory: theory.id,
        value: node.id,
        theoryName: theory.name,
        valueLabel: theory.valueLabel,
        name: node.name,
        definition: node.definition,
        ...(node.persona === undefined ? {} : { persona: node.persona }),
        midLevel: node.midLevel,
      }),
    );
  }
  return { theory, nodes, lookup, definitions };
}
