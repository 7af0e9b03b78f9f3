import { AmbiguousValueError } from '../errors/ambiguous-value-error';
import { InvalidTheoryError } from '../errors/invalid-theory-error';
import { UnknownTheoryError } from '../errors/unknown-theory-error';
import { UnknownValueError } from '../errors/unknown-value-error';
import { buildTheory } from './build-theory';
import { canonicalValueId } from './canonical-value-id';
import { type SuggestionCandidate, suggestIds } from './suggest-ids';
import { createTheoryEntry, type TheoryEntry } from './theory-entry';
import type { ResolveOptions, Theory, TheoryNode, TheorySpec, ValueDefinition, ValueRef, ValuesOptions } from './types';
import { rootPaths, walkHierarchy } from './walk-hierarchy';

/**
 * The registry of value theories and the one place that turns user spellings into canonical
 * values. Nodes are keyed by (theory, id), because names such as `justice` and `tradition` exist
 * in two theories; a bare name resolves among the mid-level values, which are unique.
 *
 * Use the shared `defaultCatalogue` for the four built-in theories, or `createCatalogue()` for
 * an isolated one (tests, apps that add their own theories).
 */
export class ValueCatalogue {
  private readonly entries = new Map<string, TheoryEntry>();
  private readonly theoryKeys = new Map<string, string>();
  private readonly midLevelKeys = new Map<string, ValueRef>();

  /**
   * Adds a theory, for example a company's own values, after validating the whole spec.
   *
   * @param spec - The theory as plain data; ids in any spelling.
   * @returns The registered, frozen theory.
   * @throws InvalidTheoryError listing every problem: clashing theory id or alias, duplicate node
   *   ids, cycles, unreachable nodes, missing definitions, unknown or clashing mid-level ids,
   *   personas that do not start with "You value ".
   */
  register(spec: TheorySpec): Theory {
    const midLevel = new Map([...this.midLevelKeys].map(([key, ref]) => [key, ref.theory]));
    const { theory, issues } = buildTheory(spec, { theories: this.theoryKeys, midLevel });
    if (theory === undefined) throw new InvalidTheoryError({ theory: String(spec.id), issues });
    const entry = createTheoryEntry(theory);
    this.entries.set(theory.id, entry);
    for (const key of [theory.id, ...theory.aliases]) this.theoryKeys.set(key, theory.id);
    for (const node of theory.nodes) {
      if (!node.midLevel) continue;
      for (const key of [node.id, ...(node.aliases ?? [])])
        this.midLevelKeys.set(key, { theory: theory.id, value: node.id });
    }
    return theory;
  }

  /** @returns Every registered theory, in registration order. */
  theories(): Theory[] {
    return [...this.entries.values()].map((entry) => entry.theory);
  }

  /**
   * @param idOrAlias - A theory id or alias in any spelling (`pvq`, `Schwartz`, `rights`).
   * @returns The theory.
   * @throws UnknownTheoryError naming the known theory ids.
   */
  theory(idOrAlias: string): Theory {
    return this.entry(idOrAlias).theory;
  }

  /**
   * Resolves a user-supplied value name to its definition. Accepts ids, aliases and display
   * names in any spelling. Without a theory, mid-level values win (`justice` is the Ross duty,
   * `tradition` the Schwartz value); another node resolves only when one theory has it.
   *
   * @param name - The value as the user wrote it, e.g. `Care/Harm`, `civil rights`.
   * @param options.theory - Theory id or alias to look in; needed for most non-mid-level nodes.
   * @returns The value definition.
   * @throws UnknownValueError with up to three suggestions when nothing matches.
   * @throws AmbiguousValueError when the name is no mid-level value and several theories have it.
   * @throws UnknownTheoryError when `options.theory` is not registered.
   */
  resolve(name: string, options: ResolveOptions = {}): ValueDefinition {
    const key = canonicalValueId(name);
    if (options.theory !== undefined) {
      const entry = this.entry(options.theory);
      const id = entry.lookup.get(key);
      if (id !== undefined) return entry.definitions.get(id)!;
      throw new UnknownValueError({
        value: name,
        theory: entry.theory.id,
        suggestions: suggestIds({ query: key, candidates: this.candidates([entry]) }),
        expected: `a node id of theory "${entry.theory.id}"`,
      });
    }
    const midLevel = this.midLevelKeys.get(key);
    if (midLevel !== undefined) return this.definition(midLevel);
    const matches = [...this.entries.values()].filter((entry) => entry.lookup.has(key));
    if (matches.length === 1) return matches[0].definitions.get(matches[0].lookup.get(key)!)!;
    if (matches.length > 1)
      throw new AmbiguousValueError({ value: name, theories: matches.map((entry) => entry.theory.id) });
    throw new UnknownValueError({
      value: name,
      suggestions: suggestIds({ query: key, candidates: this.candidates([...this.entries.values()]) }),
      expected: 'a mid-level value id, or a node id together with its theory',
    });
  }

  /**
   * Like {@link ValueCatalogue.resolve} but returns undefined instead of throwing for an unknown
   * or ambiguous name (an unknown theory still throws, since that is a caller bug).
   *
   * @param name - The value as the user wrote it.
   * @param options.theory - Theory id or alias to look in.
   * @returns The definition, or undefined.
   */
  find(name: string, options: ResolveOptions = {}): ValueDefinition | undefined {
    try {
      return this.resolve(name, options);
    } catch (error) {
      if (error instanceof UnknownValueError || error instanceof AmbiguousValueError) return undefined;
      throw error;
    }
  }

  /**
   * @param ref - Theory and value; the value may be any accepted spelling.
   * @returns The definition of exactly that node.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  definition(ref: ValueRef): ValueDefinition {
    return this.resolve(ref.value, { theory: ref.theory });
  }

  /**
   * Lists values as definitions: by default the mid-level values (32 for the built-ins), in
   * catalogue order, theory by theory.
   *
   * @param options.theory - Only this theory.
   * @param options.midLevelOnly - False lists every node, root first in hierarchy order.
   * @returns The definitions.
   * @throws UnknownTheoryError when `options.theory` is not registered.
   */
  values(options: ValuesOptions = {}): ValueDefinition[] {
    const entries = options.theory === undefined ? [...this.entries.values()] : [this.entry(options.theory)];
    return entries.flatMap((entry) => {
      const ids = options.midLevelOnly === false ? entry.theory.nodes.map((node) => node.id) : entry.theory.midLevel;
      return ids.map((id) => entry.definitions.get(id)!);
    });
  }

  /**
   * @param theory - Theory id or alias.
   * @param id - Node id or alias in any spelling.
   * @returns The hierarchy node, with its parents and children.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  node(theory: string, id: string): TheoryNode {
    const entry = this.entry(theory);
    return entry.nodes.get(this.resolve(id, { theory: entry.theory.id }).value)!;
  }

  /**
   * All ancestors of a node up the DAG, nearest first and the root last; each listed once even
   * when reachable through two parents (`hedonism` has both `openness-to-change` and
   * `self-enhancement`). Used to roll scores up the hierarchy.
   *
   * @param ref - The node.
   * @returns Ancestor nodes; empty for the root.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  ancestors(ref: ValueRef): TheoryNode[] {
    const { entry, id } = this.locate(ref);
    const ancestors = walkHierarchy({ entry, start: id, direction: 'parents' });
    const root = ancestors.filter((node) => node.id === entry.theory.root);
    return [...ancestors.filter((node) => node.id !== entry.theory.root), ...root];
  }

  /**
   * All descendants of a node, nearest first, each once.
   *
   * @param ref - The node.
   * @returns Descendant nodes; empty for a leaf.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  descendants(ref: ValueRef): TheoryNode[] {
    const { entry, id } = this.locate(ref);
    return walkHierarchy({ entry, start: id, direction: 'children' });
  }

  /**
   * Every route from the root to a node (one per parent chain; two for `hedonism`), as used for
   * hierarchy labels.
   *
   * @param ref - The node.
   * @returns Paths of nodes from the root to the node itself.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  paths(ref: ValueRef): TheoryNode[][] {
    const { entry, id } = this.locate(ref);
    return rootPaths({ entry, target: id });
  }

  /**
   * The mid-level value a node belongs to: itself when it is one, else its nearest mid-level
   * ancestor (`benevolence:caring` → `benevolence`). Nodes above the mid level have none.
   *
   * @param ref - The node.
   * @returns The mid-level definition, or undefined for roots and higher-order dimensions.
   * @throws UnknownTheoryError, UnknownValueError.
   */
  midLevelOf(ref: ValueRef): ValueDefinition | undefined {
    const { entry, id } = this.locate(ref);
    if (entry.nodes.get(id)!.midLevel) return entry.definitions.get(id);
    const ancestor = walkHierarchy({ entry, start: id, direction: 'parents' }).find((node) => node.midLevel);
    return ancestor === undefined ? undefined : entry.definitions.get(ancestor.id);
  }

  private entry(idOrAlias: string): TheoryEntry {
    const id = this.theoryKeys.get(canonicalValueId(idOrAlias));
    if (id === undefined) throw new UnknownTheoryError({ theory: idOrAlias, known: [...this.entries.keys()] });
    return this.entries.get(id)!;
  }

  private locate(ref: ValueRef): { entry: TheoryEntry; id: string } {
    const definition = this.definition(ref);
    return { entry: this.entries.get(definition.theory)!, id: definition.value };
  }

  // Mid-level spellings first so that, on equal scores, the values users usually mean come first.
  private candidates(entries: TheoryEntry[]): SuggestionCandidate[] {
    const all = entries.flatMap((entry) =>
      [...entry.lookup].map(([key, id]) => ({ key, id, midLevel: entry.nodes.get(id)!.midLevel })),
    );
    return [...all.filter((candidate) => candidate.midLevel), ...all.filter((candidate) => !candidate.midLevel)];
  }
}
