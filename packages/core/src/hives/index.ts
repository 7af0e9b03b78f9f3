// Public exports of the hives module; explicit names only.
export { type CachedEmbedder, cachedEmbedder } from './cached-embedder';
export { createValueSpace } from './create-value-space';
export type { PanelEmbeddingReport } from './embed-panel-texts';
export type { Embedder } from './embedder';
export { createEmbeddingCache, type EmbeddingCache } from './embedding-cache';
export { fitLogistic, type LogisticModel, type LogisticSample, logistic } from './fit-logistic';
export type { PanelEmbeddingCache, PanelEmbeddingCacheEntry } from './panel-embedding-cache';
export { textHash } from './text-hash';
export type {
  ExtractOptions,
  RolledUpNode,
  ValueExtraction,
  ValueMatch,
  ValueNeighbour,
  ValuePrototype,
  ValueSpace,
  ValueSpaceOptions,
} from './value-space-types';
