import type { ValueCatalogue } from '../theories/value-catalogue';
import type { ValueRef } from '../theories/types';
import type { RolledUpNode, ValueExtraction } from './value-space-types';

/** Theory id → node id above the mid level → the mid-level values below it. */
export type RollUpIndex = Map<string, Map<string, string[]>>;

/**
 * Indexes which mid-level values sit below each higher node. Built once per value space; the
 * hierarchy is a DAG, so a value with two parents (Schwartz `hedonism`) appears under both, but
 * only once under their common ancestors.
 *
 * @param options.catalogue - Source of the hierarchies.
 * @param options.values - The values of the space.
 * @throws UnknownTheoryError, UnknownValueError when a value is not in the catalogue.
 */
export function indexRollUp(options: { catalogue: ValueCatalogue; values: readonly ValueRef[] }): RollUpIndex {
  const index: RollUpIndex = new Map();
  for (const ref of options.values) {
    const nodes = index.get(ref.theory) ?? new Map<string, string[]>();
    index.set(ref.theory, nodes);
    for (const ancestor of options.catalogue.ancestors(ref)) {
      const below = nodes.get(ancestor.id);
      if (below === undefined) nodes.set(ancestor.id, [ref.value]);
      else if (!below.includes(ref.value)) below.push(ref.value);
    }
  }
  return index;
}

/**
 * Scores the nodes above the mid level from an extraction: the noisy-or of the relevances below
 * (how likely at least one applies, treating them as independent) and their maximum.
 *
 * @param options.index - From {@link indexRollUp}.
 * @param options.extraction - Needs `all`, so every value below a node counts, not only the top ones.
 * @returns Theory id → nodes, most relevant first (ties by node id).
 */
export function rollUpRelevance(options: {
  index: RollUpIndex;
  extraction: ValueExtraction;
}): Record<string, RolledUpNode[]> {
  const relevance = new Map(options.extraction.all.map((match) => [`${match.theory}/${match.value}`, match.relevance]));
  const result: Record<string, RolledUpNode[]> = {};
  for (const [theory, nodes] of options.index) {
    result[theory] = [...nodes].map(([node, values]) => {
      const scored = values
        .map((value) => ({ value, relevance: relevance.get(`${theory}/${value}`) ?? 0 }))
        .sort((left, right) => right.relevance - left.relevance);
      const none = scored.reduce((product, { relevance: probability }) => product * (1 - probability), 1);
      return {
        node,
        relevance: 1 - none,
        maximum: scored[0]?.relevance ?? 0,
        values: scored.map(({ value }) => value),
      };
    });
    result[theory].sort((left, right) => right.relevance - left.relevance || (left.node < right.node ? -1 : 1));
  }
  return result;
}
