/**
 * The hyperparameters of the shipped HiVES head (`data/hives-head-use-lite.json`). The training
 * script reads them from here, and the file records them, so the head can be reproduced exactly
 * with `pnpm hives:train`.
 *
 * Why this shape: a plain 512→128 map beat USE-lite on the seed panel's held-out split but lost on
 * texts from other sources (anchors-dev), because it throws away base geometry the seed panel does
 * not exercise. The augmented head keeps the USE-lite vector and appends 128 learned features, and
 * weight decay pulls those features towards zero, i.e. towards the base space.
 */
export const hivesHeadRecipe = {
  kind: 'augmented',
  outputDimensions: 640,
  epochs: 2,
  learningRate: 1e-3,
  warmup: 0.1,
  weightDecay: 3,
  batchSize: 32,
  positives: 4,
  seed: 42,
  temperature: 0.1,
  directionWeight: 1,
} as const;
