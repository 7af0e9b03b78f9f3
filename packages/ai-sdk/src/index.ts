// Public exports of @valueflow/ai-sdk; explicit names only.
export { aiSdkEmbedder, aiSdkJudge } from './from-ai-sdk-models';
export type { EvaluatorSource, LocalEvaluatorModule as LocalModule } from './default-evaluator';
export type { GuardMode } from './guard-types';
export { type ValueGuardOptions, valueGuardMiddleware } from './value-guard-middleware';
export { type ValueSteeringOptions, valueSteeringMiddleware } from './value-steering-middleware';
export type { GuardReport } from './verdict-metadata';
