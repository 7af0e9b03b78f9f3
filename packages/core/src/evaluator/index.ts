// Public exports of the evaluator module; explicit names only.
export type {
  AnchorSampleRequest,
  AnchorSampler,
  IntensityBelief,
  SamplerRandom,
} from './anchor-sampler';
export type { AbortSignalLike } from './abortable';
export { createEvaluator } from './create-evaluator';
export { createLimiter, type Limiter } from './create-limiter';
export type { PointEstimator } from './estimate-intensity';
export type {
  Evaluator,
  EvaluatorOptions,
  EvaluatorUsage,
  ProfileRequest,
  ScoreManyOptions,
  ScoreManyResult,
  ScoreRequest,
  SkippedValue,
  ValueProfile,
} from './evaluator-options';
export { createJointPosterior, type JointPosterior, type JointPosteriorOptions } from './joint-posterior';
export { type AdaptiveSamplerOptions, createAdaptiveSampler } from './samplers/adaptive-sampler';
export { createBucketSampler } from './samplers/bucket-sampler';
export { createFixedSampler } from './samplers/fixed-sampler';
export { createRandomSampler } from './samplers/random-sampler';
export { type SamplerName, resolveSampler } from './samplers/resolve-sampler';
export { createSemanticSampler, type SemanticSamplerOptions } from './samplers/semantic-sampler';
export { createMemoryScoreCache, type ScoreCache } from './score-cache';
export type {
  IntensityLevel,
  RankingJudge,
  RankingRequest,
  RankingResult,
  ScoreEvidence,
  Usage,
  ValueScore,
} from './types';
export {
  createEvaluatorResolver,
  type EvaluatorResolver,
  type EvaluatorSource,
  type LocalEvaluatorModule,
} from './create-evaluator-resolver';
export { describeValueScore, type IntensityBand, inBand, nearestAnchors } from './describe-value-score';
