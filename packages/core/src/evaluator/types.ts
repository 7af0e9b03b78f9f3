import type { ValueDefinition, ValueRef } from '../theories/types';

/** Token and call accounting reported by a judge, when it knows. */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
}

/** Input to a ranking judge: one value and the texts of one window. */
export interface RankingRequest {
  value: ValueDefinition;
  texts: string[];
}

/** A judge's answer: `order` lists indices into `texts` (0-based), most supportive first. */
export interface RankingResult {
  order: number[];
  raw?: string;
  usage?: Usage;
}

/** Orders texts from most supportive to most opposing of a value. */
export interface RankingJudge {
  /** Stable identifier recorded in every score (model name, `local:…`, `sim:…`). */
  readonly id: string;
  rank(request: RankingRequest, options?: { signal?: AbortSignal }): Promise<RankingResult>;
}

/** The paper's ordinal intensity bins (cut points 3 and 6). */
export type IntensityLevel = -2 | -1 | 0 | 1 | 2;

/** An anchor the scored text was compared with, and on which side it ended up. */
export interface ScoreEvidence {
  id: string;
  text: string;
  intensity: number;
  /** `above`: the scored text was ranked above this anchor (beat it); `below`: lost to it. */
  relation: 'above' | 'below';
}

/** The one result type every plugin maps onto its framework. */
export interface ValueScore {
  ref: ValueRef;
  /** Calibrated point estimate in [-10, 10]; `null` when no window could be used (unscored). */
  intensity: number | null;
  /** Uncertainty band; `null` when unscored. */
  interval: [number, number] | null;
  level: IntensityLevel | null;
  evidence: ScoreEvidence[];
  /** Windows parsed and used / dropped (with reasons). */
  windows: number;
  dropped: { reason: string; raw?: string }[];
  judgeCalls: number;
  usage: Usage;
  /** VIDB content hash of the reference panel. */
  panel: string;
  judge: string;
  /** Sampler, window size, windows and estimator, e.g. `bucket/k6/m3/pl-mean` (`pl-map-s1` is the paper's exact estimator). */
  method: string;
  seed: number;
  /** Noise scale s of the judge used by the estimate (PL with utilities intensity / s); `null` when unscored. */
  scale?: number | null;
  /** Things the caller should know about this score, e.g. that the text was truncated. */
  notices?: string[];
  /** Relevance in [0, 1] from the profile's relevance gate, when one ran. */
  relevance?: number;
  /** True when the score came from the cache (its counts describe the original run). */
  cached?: boolean;
}
