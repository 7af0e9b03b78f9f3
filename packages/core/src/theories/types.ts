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
  /** Every node, root first. */
  nodes: TheoryNode[];
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
