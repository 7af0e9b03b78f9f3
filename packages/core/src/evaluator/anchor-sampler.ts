import type { ValueDefinition } from '../theories/types';
import type { VidbRecord } from '../vidb/types';

/** The slice of the seeded generator that samplers use (the evaluator passes `createSeededRandom`). */
export interface SamplerRandom {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/**
 * What the evaluator currently believes about the text's intensity: the posterior over [-10, 10]
 * given the windows judged so far (uniform before the first). Adaptive samplers aim anchors with it.
 */
export interface IntensityBelief {
  /** Windows the belief is based on. */
  windows: number;
  /** Posterior mean. */
  mean: number;
  /** Posterior standard deviation. */
  sd: number;
  /** Posterior quantile, e.g. `quantile(0.5)` is the median. */
  quantile(probability: number): number;
}

/** Everything a sampler may use to choose one window's anchors. */
export interface AnchorSampleRequest {
  /** The value's records, ascending intensity (never empty). */
  records: readonly VidbRecord[];
  /** Window size including the text under evaluation; return k − 1 anchors. */
  k: number;
  /** 0-based window index. */
  window: number;
  /** Generator seeded for this (text, value, window); the same request always draws the same anchors. */
  random: SamplerRandom;
  /** Content hash of the reference panel the records come from (for per-panel caches). */
  panel: string;
  /** The (possibly truncated) text under evaluation. */
  text: string;
  value: ValueDefinition;
  /** Current belief; only updated between windows for `sequential` samplers. */
  belief: IntensityBelief;
  /** Ids of anchors used in earlier windows of this text (sequential samplers only). */
  usedAnchorIds: ReadonlySet<string>;
  signal?: AbortSignal;
}

/**
 * Chooses the anchors of one ranking window. Built-ins: `random`, `bucket`, `fixed` (the paper's)
 * and `adaptive`, `semantic` (the project's).
 */
export interface AnchorSampler {
  /** Appears first in the score's method string, e.g. `bucket` in `bucket/k6/m3/pl-map`. */
  readonly name: string;
  /**
   * True when each window depends on the previous ones' results: the evaluator then runs the windows
   * one after another, updates `belief` in between and may stop early (`adaptive.targetWidth`).
   */
  readonly sequential?: boolean;
  /** Returns k − 1 anchors (fewer only when the value has fewer records). */
  sample(request: AnchorSampleRequest): readonly VidbRecord[] | Promise<readonly VidbRecord[]>;
}
