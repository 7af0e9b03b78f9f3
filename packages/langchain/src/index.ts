// @valueflow/langchain: evaluator, LCEL guard and model adapters. The agent middleware lives in
// `@valueflow/langchain/agents` so that users of these need not install `langchain`.
export {
  createEvaluatorResolver,
  type EvaluatorResolver,
  type EvaluatorSource,
  type LocalEvaluatorModule,
} from './default-evaluator';
export { langChainComplete, langChainEmbedder, langChainJudge } from './from-langchain-models';
export {
  type CheckedText,
  createPolicyChecker,
  type PolicyChecker,
  type PolicyCheckerOptions,
} from './create-policy-checker';
export { type GuardDecision, guardDecision } from './guard-decision';
export { outputText } from './message-text';
export type { IntensityBand } from '@valueflow/core';
export {
  createValueEvaluator,
  createValueProfileEvaluator,
  type EvaluatorRun,
  type ValueEvaluatorOptions,
  type ValueEvaluatorResult,
  type ValueProfileEvaluatorOptions,
} from './value-evaluator';
export { type GuardedOutput, type ValueGuardOptions, ValueGuardRunnable, valueGuard } from './value-guard-runnable';
export { valueGuardErrorOf } from './value-guard-error-of';
export { ValueGuardError } from '@valueflow/core';
