/** One node of a theory's hierarchy (root, higher-order dimension, mid-level value or leaf). */
export interface TheoryNode {
  /** Canonical id: lowercase, words joined by `-` (PVQ sub-values keep their `:` qualifier). */
  id: string;
  /** Display name. */
  name: string;
  /** Parent ids; empty for the root. Several parents make the hierarchy a DAG. */
  parents: string[];
  /** Child ids, in catalogue order. */
  children: string[];
  /** One sentence, in the project's own words. */
  definition: string;
  /** True for the units of VIDB, evaluation and steering (32 in the built-in theories). */
  midLevel: boolean;
  /** Second-person steering sentence, for mid-level values. */
  persona?: string;
  /** Extra spellings accepted by lookup (canonicalisation already covers `/`, `_`, case). */
  aliases?: string[];
}

/** A value theory: a rooted hierarchy of nodes. */
export interface Theory {
  /** Theory id: `pvq`, `mft`, `duty`, `right`, or a user-registered id. */
  id: string;
  /** Display name, e.g. "Schwartz's theory of basic human values". */
  name: string;
  /** Other accepted theory ids (`svt`, `schwartz`, `ross`, `rights`). */
  aliases: string[];
  /** What a mid-level node is called in this theory: value, foundation, duty, right. */
  valueLabel: string;
  /** Id of the root node. */
  root: string;
  /** Every node, root first, then in pre-order (a node with two parents appears once). */
  nodes: TheoryNode[];
  /** Ids of the mid-level values, in catalogue order. */
  midLevel: string[];
}

/** Names one value unambiguously. */
export interface ValueRef {
  theory: string;
  value: string;
}

/** A resolved value: everything a judge prompt or a steering prompt needs. */
export interface ValueDefinition extends ValueRef {
  theoryName: string;
  /** What the theory calls this kind of node (value, foundation, duty, right). */
  valueLabel: string;
  name: string;
  definition: string;
  persona?: string;
  midLevel: boolean;
}

/**
 * The plain-data shape of a theory, as written by hand or loaded from JSON. `ValueCatalogue.register`
 * validates it and turns it into a {@link Theory}; every id in it is canonicalised first.
 */
export interface TheorySpec {
  /** Theory id, e.g. `acme` (canonicalised). */
  id: string;
  /** Display name, e.g. "Acme company values". */
  name: string;
  /** Other accepted theory ids. */
  aliases?: string[];
  /** What a mid-level node is called in this theory; defaults to `value`. */
  valueLabel?: string;
  /** Id of the root node; it must not appear as anybody's child. */
  root: string;
  /** Parent id → child ids, in display order. A child listed under several parents makes a DAG. */
  hierarchy: Record<string, string[]>;
  /** Node id → one-sentence definition; every node, root included, needs one. */
  definitions: Record<string, string>;
  /** The nodes that are units of VIDB, evaluation and steering, in catalogue order. */
  midLevel: string[];
  /** Node id → second-person steering sentence; each must start with "You value ". */
  personas?: Record<string, string>;
  /** Node id → display name; nodes without one get a name derived from the id. */
  names?: Record<string, string>;
  /** Node id → extra spellings accepted by lookup (besides the canonical forms of id and name). */
  nodeAliases?: Record<string, string[]>;
}

/** One problem found while validating a {@link TheorySpec}; `path` points into the spec. */
export interface TheoryIssue {
  /** Where the problem is, e.g. `hierarchy.growth[2]`, `definitions`, `midLevel[0]`. */
  path: string;
  /** What was wrong and what was expected. */
  message: string;
}

/** Options of `ValueCatalogue.resolve`. */
export interface ResolveOptions {
  /** Theory id or alias; needed for nodes that are not mid-level values and not unique. */
  theory?: string;
}

/** Options of `ValueCatalogue.values`. */
export interface ValuesOptions {
  /** Only this theory (id or alias); default all theories in registration order. */
  theory?: string;
  /** Only mid-level values (default true); false lists every node, root first. */
  midLevelOnly?: boolean;
}
