// Public exports of the hives module; explicit names only.
export type { Embedder } from './embedder';
