// Public exports of the theories module; explicit names only.
export { canonicalValueId } from './canonical-value-id';
export { createCatalogue } from './create-catalogue';
export { builtInTheorySpecs } from './data/built-in-theory-specs';
export { defaultCatalogue, midLevelValues, resolveValue } from './default-catalogue';
export { ValueCatalogue } from './value-catalogue';
export type {
  ResolveOptions,
  Theory,
  TheoryIssue,
  TheoryNode,
  TheorySpec,
  ValueDefinition,
  ValueRef,
  ValuesOptions,
} from './types';
