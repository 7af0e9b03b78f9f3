// Public exports of the vidb module; explicit names only.
export type { Direction, ReferencePanel, VidbRecord } from './types';
