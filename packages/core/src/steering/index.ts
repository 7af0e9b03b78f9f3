export { type ProfileEntry, buildProfilePrompt, profileBin } from './build-profile-prompt';
export {
  buildSteeringInstructions,
  type InstructedTarget,
  rebalancedRequests,
  type SteeringInstructions,
  type SteeringMode,
} from './build-steering-instructions';
export { stanceSentence, valueDescription } from './stance-phrase';
export {
  type SteerOptions,
  type SteerResult,
  type SteerRound,
  type SteeringGenerator,
  steer,
  type TargetMiss,
  type ValueScorer,
} from './steer';
export {
  LEVEL_INTENSITY,
  levelOf,
  parseTargetSpec,
  type ResolvedTarget,
  resolveTargets,
  type SteeringTarget,
  type ValueResolver,
} from './steering-target';
export { findValueConflicts, type ValueConflict } from './value-conflicts';
export { violationTargets } from './violation-targets';
