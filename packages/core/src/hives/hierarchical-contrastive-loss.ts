import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { HivesLabel } from './hives-label';

/** Options of {@link hierarchicalContrastiveLoss}; defaults are the reference values of method.md §3.3. */
export interface HierarchicalLossOptions {
  /** One vector per text, any length > 0 (they are L2-normalised here); at least two. */
  embeddings: readonly ArrayLike<number>[];
  /** One label per embedding, all with the same number of levels. */
  labels: readonly HivesLabel[];
  /** τ of the similarity logits (default 0.1). */
  temperature?: number;
  /** τ_base; the level losses are scaled by τ / τ_base (default 0.1, so factor 1). */
  baseTemperature?: number;
  /** Logit penalty for pairs of opposite direction, w_dir (default 1). */
  directionWeight?: number;
}

/** What one hierarchy level contributed. */
export interface HierarchicalLossLevel {
  /** 1 for the coarsest level. */
  level: number;
  /** Anchors with at least one positive at this level; 0 means the level was skipped. */
  anchors: number;
  /** −(τ/τ_base) × mean over anchors of the mean log-probability of their positives; NaN when skipped. */
  raw: number;
  /** After the hierarchy constraint: max(running max of earlier levels, raw). */
  value: number;
  /** True when an earlier level's loss was larger, so this level passes no gradient. */
  constrained: boolean;
}

/** Loss value, per-level detail and the gradient with respect to the (unnormalised) inputs. */
export interface HierarchicalLossResult {
  loss: number;
  levels: HierarchicalLossLevel[];
  /** ∂loss/∂embeddings[i], one per input, same length as the input. */
  gradients: Float64Array[];
}

function checkOptions(options: HierarchicalLossOptions): number {
  const { embeddings, labels } = options;
  if (embeddings.length < 2 || labels.length !== embeddings.length) {
    throw new InvalidArgumentError({
      argument: 'embeddings',
      message: `expected at least two embeddings and one label each, got ${embeddings.length} embeddings and ${labels.length} labels.`,
    });
  }
  const dimensions = embeddings[0].length;
  const depth = labels[0].levels.length;
  embeddings.forEach((vector, index) => {
    if (vector.length !== dimensions || vector.length === 0) {
      throw new InvalidArgumentError({
        argument: `embeddings[${index}]`,
        message: `expected length ${dimensions} like embeddings[0], got ${vector.length}.`,
      });
    }
    if (labels[index].levels.length !== depth) {
      throw new InvalidArgumentError({
        argument: `labels[${index}].levels`,
        message: `expected ${depth} levels like labels[0], got ${labels[index].levels.length}.`,
      });
    }
  });
  return dimensions;
}

/** Unit copies and the original lengths; a zero vector has no direction, so it is an error here. */
function normalise(embeddings: readonly ArrayLike<number>[]): { units: Float64Array[]; lengths: Float64Array } {
  const lengths = new Float64Array(embeddings.length);
  const units = embeddings.map((vector, index) => {
    let sum = 0;
    for (let column = 0; column < vector.length; column += 1) sum += vector[column] * vector[column];
    const length = Math.sqrt(sum);
    if (!(length > 0) || !Number.isFinite(length)) {
      throw new InvalidArgumentError({
        argument: `embeddings[${index}]`,
        message: `expected a finite non-zero vector, got length ${length}.`,
      });
    }
    lengths[index] = length;
    return Float64Array.from(vector, (component) => component / length);
  });
  return { units, lengths };
}

/** Number of leading levels two labels share; 0 across theories. */
function sharedDepth(left: HivesLabel, right: HivesLabel): number {
  if (left.theory !== right.theory) return 0;
  let depth = 0;
  while (depth < left.levels.length && left.levels[depth] === right.levels[depth]) depth += 1;
  return depth;
}

/**
 * The Stage-1 intra-theory hierarchical contrastive loss of HiVES (method.md §3.3, type `hmce`),
 * with its analytic gradient, so a projection head can be trained without an autodiff library.
 *
 * Logits are S_ij = z_i·z_j / τ − w_dir·[d_i ≠ d_j] over L2-normalised z, the diagonal excluded.
 * At level l the positives of anchor i are the other texts that share its first l hierarchy ids
 * (and theory) and its direction; the level loss is −(τ/τ_base) times the mean, over anchors with
 * positives, of their positives' mean log-softmax. The hierarchy constraint raises each level to the
 * running maximum of the earlier ones (that maximum passes no gradient), the level penalty multiplies
 * level l by 2^(1/l), and the total is the sum divided by the number of levels that had positives.
 * A batch in which no text has a positive has loss 0 and zero gradients.
 *
 * @param options - Embeddings, labels and the loss constants; see {@link HierarchicalLossOptions}.
 * @returns The loss, what each level contributed and the gradient per input vector.
 * @throws InvalidArgumentError when fewer than two embeddings are given, counts or lengths differ, a
 * vector is zero or non-finite, or a constant is not positive.
 */
export function hierarchicalContrastiveLoss(options: HierarchicalLossOptions): HierarchicalLossResult {
  const dimensions = checkOptions(options);
  const temperature = options.temperature ?? 0.1;
  const baseTemperature = options.baseTemperature ?? 0.1;
  const directionWeight = options.directionWeight ?? 1;
  for (const [argument, value] of Object.entries({ temperature, baseTemperature })) {
    if (!(value > 0) || !Number.isFinite(value)) {
      throw new InvalidArgumentError({ argument, message: `expected a positive number, got ${value}.` });
    }
  }
  const { labels } = options;
  const size = labels.length;
  const depth = labels[0].levels.length;
  const { units, lengths } = normalise(options.embeddings);

  // Row-wise log-softmax over k ≠ i. Subtracting the row maximum only keeps exp() in range; it
  // cancels in log p, so it needs no gradient.
  const logits = Array.from({ length: size }, () => new Float64Array(size));
  const probabilities = Array.from({ length: size }, () => new Float64Array(size));
  const logProbabilities = Array.from({ length: size }, () => new Float64Array(size));
  for (let anchor = 0; anchor < size; anchor += 1) {
    let maximum = Number.NEGATIVE_INFINITY;
    for (let other = 0; other < size; other += 1) {
      if (other === anchor) continue;
      let similarity = 0;
      for (let column = 0; column < dimensions; column += 1) similarity += units[anchor][column] * units[other][column];
      const logit =
        similarity / temperature - (labels[anchor].direction !== labels[other].direction ? directionWeight : 0);
      logits[anchor][other] = logit;
      if (logit > maximum) maximum = logit;
    }
    let sum = 0;
    for (let other = 0; other < size; other += 1)
      if (other !== anchor) sum += Math.exp(logits[anchor][other] - maximum);
    const logSum = maximum + Math.log(sum);
    for (let other = 0; other < size; other += 1) {
      if (other === anchor) continue;
      logProbabilities[anchor][other] = logits[anchor][other] - logSum;
      probabilities[anchor][other] = Math.exp(logProbabilities[anchor][other]);
    }
  }

  // shared[i][j]: leading levels in common, or −1 when the directions differ (never a positive).
  const shared = labels.map((label, anchor) =>
    labels.map((other, index) =>
      index === anchor || other.direction !== label.direction ? -1 : sharedDepth(label, other),
    ),
  );

  const scale = temperature / baseTemperature;
  const levels: HierarchicalLossLevel[] = [];
  const positiveCounts: Int32Array[] = [];
  let runningMaximum = Number.NEGATIVE_INFINITY;
  for (let level = 1; level <= depth; level += 1) {
    const counts = new Int32Array(size);
    let anchors = 0;
    let total = 0;
    for (let anchor = 0; anchor < size; anchor += 1) {
      let sum = 0;
      for (let other = 0; other < size; other += 1) {
        if (shared[anchor][other] >= level) {
          counts[anchor] += 1;
          sum += logProbabilities[anchor][other];
        }
      }
      if (counts[anchor] > 0) {
        anchors += 1;
        total += sum / counts[anchor];
      }
    }
    positiveCounts.push(counts);
    if (anchors === 0) {
      levels.push({ level, anchors, raw: Number.NaN, value: Number.NaN, constrained: false });
      continue;
    }
    const raw = (-scale * total) / anchors;
    const constrained = raw < runningMaximum;
    const value = constrained ? runningMaximum : raw;
    runningMaximum = value;
    levels.push({ level, anchors, raw, value, constrained });
  }

  const active = levels.filter((level) => level.anchors > 0);
  const gradients = options.embeddings.map((vector) => new Float64Array(vector.length));
  if (active.length === 0) return { loss: 0, levels, gradients };
  const penalty = (level: number) => 2 ** (1 / level);
  const loss = active.reduce((sum, level) => sum + penalty(level.level) * level.value, 0) / active.length;

  // ∂loss/∂log p_ij, summed over the levels that pass gradient.
  const weights = Array.from({ length: size }, () => new Float64Array(size));
  for (const level of active) {
    if (level.constrained) continue;
    const factor = (-scale * penalty(level.level)) / (active.length * level.anchors);
    const counts = positiveCounts[level.level - 1];
    for (let anchor = 0; anchor < size; anchor += 1) {
      if (counts[anchor] === 0) continue;
      const weight = factor / counts[anchor];
      for (let other = 0; other < size; other += 1) {
        if (shared[anchor][other] >= level.level) weights[anchor][other] += weight;
      }
    }
  }

  // Through log-softmax to the logits, then to the unit vectors (S_ij depends on z_i and z_j).
  const unitGradients = Array.from({ length: size }, () => new Float64Array(dimensions));
  for (let anchor = 0; anchor < size; anchor += 1) {
    let rowSum = 0;
    for (let other = 0; other < size; other += 1) rowSum += weights[anchor][other];
    for (let other = 0; other < size; other += 1) {
      if (other === anchor) continue;
      const logitGradient = (weights[anchor][other] - rowSum * probabilities[anchor][other]) / temperature;
      if (logitGradient === 0) continue;
      const anchorGradient = unitGradients[anchor];
      const otherGradient = unitGradients[other];
      const anchorUnit = units[anchor];
      const otherUnit = units[other];
      for (let column = 0; column < dimensions; column += 1) {
        anchorGradient[column] += logitGradient * otherUnit[column];
        otherGradient[column] += logitGradient * anchorUnit[column];
      }
    }
  }
  // Through z = x / |x|: ∂/∂x = (g − (g·z) z) / |x|.
  for (let index = 0; index < size; index += 1) {
    const unit = units[index];
    const gradient = unitGradients[index];
    let projection = 0;
    for (let column = 0; column < dimensions; column += 1) projection += gradient[column] * unit[column];
    for (let column = 0; column < dimensions; column += 1) {
      gradients[index][column] = (gradient[column] - projection * unit[column]) / lengths[index];
    }
  }
  return { loss, levels, gradients };
}
