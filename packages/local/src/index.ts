// @valueflow/local: the offline side of valueflow. Explicit named exports only.
export { createUseEmbedder, type UseEmbedder, type UseEmbedderOptions } from './create-use-embedder';
export { createLocalEvaluator, type LocalEvaluatorOptions } from './create-local-evaluator';
export { createLocalJudge, type LocalJudge, type LocalJudgeOptions } from './create-local-judge';
export type { IntensityHead } from './local-judge/intensity-head';
export { createHivesEmbedder } from './hives-head/create-hives-embedder';
export { hivesHeadRecipe } from './hives-head/hives-head-recipe';
export { hivesHeadPath, loadHivesHead } from './hives-head/load-hives-head';
export {
  type HivesSplitPart,
  hivesHoldOutEvery,
  loadSeedHivesSplit,
  type SeedHivesSplit,
} from './hives-head/load-seed-hives-split';
