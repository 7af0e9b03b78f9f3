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
export { embedPanelTexts } from './embed-panel-texts';
export {
  type HierarchicalLossLevel,
  type HierarchicalLossOptions,
  type HierarchicalLossResult,
  hierarchicalContrastiveLoss,
} from './hierarchical-contrastive-loss';
export { type HierarchicalRankingResult, hierarchicalRankingAccuracy } from './hierarchical-ranking-accuracy';
export { type HivesLabel, hivesLabelOf, hivesLevelCount } from './hives-label';
export { hivesRelation } from './hives-relation';
export { projectEmbedder } from './project-embedder';
export { createProjectionHead, type ProjectionHead, type ProjectionHeadKind } from './projection-head';
export {
  decodeProjectionHead,
  encodeProjectionHead,
  type ProjectionHeadFile,
  projectionHeadFormat,
} from './projection-head-file';
export { sampleHivesBatches } from './sample-hives-batches';
export { similarityCorrelation } from './similarity-correlation';
export {
  type TrainedProjectionHead,
  type TrainingEpoch,
  type TrainProjectionHeadOptions,
  trainProjectionHead,
} from './train-projection-head';
