// Public exports of the theories module; explicit names only.
export type { Theory, TheoryNode, ValueDefinition, ValueRef } from './types';
