// Public exports of the policy module; explicit names only.
export type { Policy, PolicyRule, Verdict, Violation, ViolationAction } from './types';
export { createSentenceBuffer, type SentenceBuffer, type SentenceBufferOptions } from './sentence-buffer';
export {
  summarizeTrace,
  type TraceStepResult,
  type TraceSummary,
  type TraceValueSummary,
  type TraceViolation,
} from './summarize-trace';
export { checkPolicy, type PolicyScorer } from './check-policy';
export { type NormalizedPolicy, type NormalizedRule, normalizePolicy } from './normalize-policy';
