import { AbortedError } from '../errors/aborted-error';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSeededRandom } from '../ranking/seeded-random';
import { createAdamOptimizer } from './adam-optimizer';
import { hierarchicalContrastiveLoss } from './hierarchical-contrastive-loss';
import type { HivesLabel } from './hives-label';
import {
  applyProjection,
  createProjectionHead,
  type ProjectionHead,
  type ProjectionHeadKind,
  projectionRows,
} from './projection-head';
import { sampleHivesBatches } from './sample-hives-batches';

/** Options of {@link trainProjectionHead}. */
export interface TrainProjectionHeadOptions {
  /** Base-embedder vectors of the training texts, all of one length. */
  embeddings: readonly ArrayLike<number>[];
  /** One label per embedding. */
  labels: readonly HivesLabel[];
  /** Size of the projected vectors (equal to the input for `residual`, larger for `augmented`). */
  outputDimensions: number;
  /** How the head applies W (default `linear`); see {@link ProjectionHeadKind}. */
  kind?: ProjectionHeadKind;
  /** Passes of the batch sampler; each text anchors one batch per epoch (default 1). */
  epochs?: number;
  /** Peak Adam learning rate, reached after the warm-up, then decayed linearly to 0 (default 1e-3). */
  learningRate?: number;
  /** Fraction of all steps spent warming up linearly (default 0.1, as in the reference). */
  warmup?: number;
  /** Decoupled weight decay (default 0). */
  weightDecay?: number;
  /** Texts per batch (default 32). */
  batchSize?: number;
  /** Positives per anchor (default 4). */
  positives?: number;
  /** Seed of the initial weights and of the batch sampler (default 42). */
  seed?: number;
  /** Loss constants; defaults as in {@link hierarchicalContrastiveLoss}. */
  temperature?: number;
  directionWeight?: number;
  /** Called after every epoch, e.g. to print progress. */
  onEpoch?: (progress: TrainingEpoch) => void;
  /** Checked between batches. */
  signal?: AbortSignal;
}

/** Summary of one training epoch. */
export interface TrainingEpoch {
  epoch: number;
  batches: number;
  /** Mean batch loss over the epoch (weights change during it). */
  meanLoss: number;
  milliseconds: number;
}

/** The trained head and how training went. */
export interface TrainedProjectionHead {
  head: ProjectionHead;
  epochs: TrainingEpoch[];
  milliseconds: number;
}

function checkPositive(argument: string, value: number, integer: boolean): void {
  if (!(value > 0) || !Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    throw new InvalidArgumentError({
      argument,
      message: `expected a positive ${integer ? 'integer' : 'number'}, got ${value}.`,
    });
  }
}

/**
 * Residual heads start at zero (the identity map); others from a Gaussian with variance 1/rows,
 * which roughly keeps lengths and angles (so an augmented head starts with the learned part as
 * long as the base part).
 */
function initialWeights(options: {
  input: number;
  rows: number;
  kind: ProjectionHeadKind;
  seed: number;
}): Float32Array {
  const weights = new Float32Array(options.input * options.rows);
  if (options.kind === 'residual') return weights;
  const random = createSeededRandom(options.seed);
  const scale = 1 / Math.sqrt(options.rows);
  for (let index = 0; index < weights.length; index += 1) weights[index] = random.normal() * scale;
  return weights;
}

/**
 * Trains a linear projection head over fixed base embeddings with the HiVES Stage-1 objective
 * (method.md §3.3): single-theory batches from {@link sampleHivesBatches}, the `hmce` hierarchical
 * contrastive loss with its analytic gradient, Adam with linear warm-up and decay. Plain
 * Float32Array arithmetic, no dependencies; deterministic for equal inputs and seed (the seed
 * drives both the initial weights and the sampler), so a committed head can be reproduced exactly.
 *
 * @param options - Data, head shape and hyperparameters; see {@link TrainProjectionHeadOptions}.
 * @returns The head, per-epoch losses and the wall time.
 * @throws InvalidArgumentError when counts or lengths disagree, a hyperparameter is out of range,
 * or no text has a positive (every group is a singleton).
 * @throws AbortedError when `options.signal` fires.
 */
export function trainProjectionHead(options: TrainProjectionHeadOptions): TrainedProjectionHead {
  const started = performance.now();
  const { embeddings, labels, outputDimensions } = options;
  const kind = options.kind ?? 'linear';
  const epochs = options.epochs ?? 1;
  const learningRate = options.learningRate ?? 1e-3;
  const warmup = options.warmup ?? 0.1;
  const seed = options.seed ?? 42;
  checkPositive('outputDimensions', outputDimensions, true);
  checkPositive('epochs', epochs, true);
  checkPositive('learningRate', learningRate, false);
  if (!(warmup >= 0 && warmup < 1)) {
    throw new InvalidArgumentError({ argument: 'warmup', message: `expected a fraction in [0, 1), got ${warmup}.` });
  }
  if (embeddings.length === 0 || embeddings.length !== labels.length) {
    throw new InvalidArgumentError({
      argument: 'embeddings',
      message: `expected one label per embedding and at least one of each, got ${embeddings.length} embeddings and ${labels.length} labels.`,
    });
  }
  const input = embeddings[0].length;
  const bad = embeddings.findIndex((vector) => vector.length !== input);
  if (bad >= 0) {
    throw new InvalidArgumentError({
      argument: `embeddings[${bad}]`,
      message: `expected length ${input} like embeddings[0], got ${embeddings[bad].length}.`,
    });
  }
  const inputs = embeddings.map((vector) => Float32Array.from(vector));
  // Validates the shape (e.g. residual with a dimension change) before any work is done.
  createProjectionHead({
    weights: new Float32Array(input * Math.max(0, projectionRows({ kind, inputDimensions: input, outputDimensions }))),
    inputDimensions: input,
    outputDimensions,
    kind,
  });
  const rows = projectionRows({ kind, inputDimensions: input, outputDimensions });
  const weights = initialWeights({ input, rows, kind, seed });
  const optimizer = createAdamOptimizer({ parameters: weights, weightDecay: options.weightDecay });
  const random = createSeededRandom(seed + 1);
  const gradient = new Float32Array(weights.length);
  const history: TrainingEpoch[] = [];
  const plan = Array.from({ length: epochs }, () =>
    sampleHivesBatches({ labels, batchSize: options.batchSize ?? 32, positives: options.positives ?? 4, random }),
  );
  const totalSteps = plan.reduce((sum, batches) => sum + batches.length, 0);
  if (totalSteps === 0) {
    throw new InvalidArgumentError({
      argument: 'labels',
      message: 'no text shares its (theory, levels, direction) group with another; expected groups of at least two.',
    });
  }
  const warmupSteps = Math.floor(warmup * totalSteps);
  let step = 0;
  plan.forEach((batches, epoch) => {
    const epochStarted = performance.now();
    let lossSum = 0;
    for (const batch of batches) {
      if (options.signal?.aborted) {
        throw new AbortedError({ operation: 'projection head training', cause: options.signal.reason });
      }
      const projected = batch.map((index) =>
        applyProjection({ weights, vector: inputs[index], kind, outputDimensions }),
      );
      const result = hierarchicalContrastiveLoss({
        embeddings: projected,
        labels: batch.map((index) => labels[index]),
        temperature: options.temperature,
        directionWeight: options.directionWeight,
      });
      lossSum += result.loss;
      gradient.fill(0);
      // Only the learned rows have weights; an augmented head's copied part has none.
      const skip = outputDimensions - rows;
      batch.forEach((index, position) => {
        accumulate({ gradient, output: result.gradients[position].subarray(skip), vector: inputs[index] });
      });
      step += 1;
      const rate =
        step <= warmupSteps
          ? (learningRate * step) / warmupSteps
          : (learningRate * (totalSteps - step + 1)) / (totalSteps - warmupSteps);
      optimizer.step({ gradient, learningRate: rate });
    }
    const summary = {
      epoch: epoch + 1,
      batches: batches.length,
      meanLoss: lossSum / Math.max(1, batches.length),
      milliseconds: performance.now() - epochStarted,
    };
    history.push(summary);
    options.onEpoch?.(summary);
  });
  return {
    head: createProjectionHead({ weights, inputDimensions: input, outputDimensions, kind }),
    epochs: history,
    milliseconds: performance.now() - started,
  };
}

/** gradient += outer(∂loss/∂y, x) over the learned rows (the residual or copied part has no weights). */
function accumulate(options: { gradient: Float32Array; output: Float64Array; vector: Float32Array }): void {
  const { gradient, output, vector } = options;
  const input = vector.length;
  for (let row = 0; row < output.length; row += 1) {
    const factor = output[row];
    if (factor === 0) continue;
    const offset = row * input;
    for (let column = 0; column < input; column += 1) gradient[offset + column] += factor * vector[column];
  }
}
