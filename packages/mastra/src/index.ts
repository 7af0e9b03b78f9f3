// @valueflow/mastra: Mastra scorers on valueflow's calibrated value intensities. Explicit named exports only.
export { assistantText } from './assistant-text';
export type { EvaluatorSource, LocalEvaluatorModule } from './default-evaluator';
export type { IntensityBand } from '@valueflow/core';
export { intensityToScore } from './intensity-to-score';
export { mastraJudge, type MastraJudgeOptions } from './mastra-judge';
export { createValueProfileScorer, type ValueProfileAnalysis, type ValueProfileScorerOptions } from './profile-scorer';
export {
  createValueTraceScorer,
  type ScoredTraceStep,
  type TraceAggregate,
  type ValueTraceAnalysis,
  type ValueTraceOutput,
  type ValueTraceScorerOptions,
} from './trace-scorer';
export { type SkippedTraceStep, type TraceStep, type TraceSteps, traceSteps } from './trace-steps';
export { createValueScorer, type ValueAnalysis, type ValueScorerOptions } from './value-scorer';
