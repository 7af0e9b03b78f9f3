import type { Embedder } from '../hives/embedder';
import type { ValueCatalogue } from '../theories/value-catalogue';
import type { ValueRef } from '../theories/types';
import type { ReferencePanel } from '../vidb/types';
import type { AnchorSampler } from './anchor-sampler';
import type { SamplerName } from './samplers/resolve-sampler';
import type { ScoreCache } from './score-cache';
import type { RankingJudge, Usage, ValueScore } from './types';

/** Options of `createEvaluator`; everything but `panel` and `judge` has the paper's or a safe default. */
export interface EvaluatorOptions {
  /** Reference texts with known intensities (a `ReferenceDb`). */
  panel: ReferencePanel;
  /** Orders one window of texts; see `RankingJudge`. */
  judge: RankingJudge;
  /** Resolves value names (default: the shared catalogue with the four built-in theories). */
  catalogue?: ValueCatalogue;
  /** Anchor sampler (default `bucket`, the paper's). */
  sampler?: SamplerName | AnchorSampler;
  /** Texts per window including the one under evaluation (default 6). */
  k?: number;
  /** Windows per (text, value), m (default 3); for `adaptive` the default maximum. */
  windows?: number;
  /** Base seed; each (text, value) derives its own from it, so results do not depend on call order (default 42). */
  seed?: number;
  /** Coverage of the reported interval (default 0.9). */
  confidence?: number;
  /** Judge calls in flight across everything this evaluator does (default 4). */
  concurrency?: number;
  /** Retries of a judge call that threw or timed out (default 2); unusable answers are not retried. */
  retries?: number;
  /** Base delay of the exponential backoff between retries, in ms (default 250; jittered by the seeded RNG). */
  retryDelayMs?: number;
  /** Limit per judge call in ms (default 120,000). */
  timeoutMs?: number;
  /** Score cache (default an in-memory LRU of 1,000 scores); `false` disables caching. */
  cache?: ScoreCache | false;
  /** Embeds texts and anchors for the `semantic` sampler. */
  embedder?: Embedder;
  /** Record ids for the `fixed` sampler. */
  fixedAnchors?: string[];
  /** Longer texts are cut to this many characters, and the score says so in `notices` (default 4,000). */
  maxTextLength?: number;
  /** Adaptive sampling: stop early once the interval is narrower than `targetWidth`, else after `maxWindows`. */
  adaptive?: { maxWindows?: number; targetWidth?: number };
  /**
   * Judge-noise scale s of the Plackett–Luce model (a judge orders intensities Δ apart correctly with
   * probability σ(Δ / s)): `'estimate'` (default) infers it per text, jointly with the intensity, from
   * every window (the anchors' order among themselves and the text's place); a number fixes it
   * (1 is the paper's model).
   */
  noiseScale?: number | 'estimate';
  /**
   * Point estimate: `'posterior-mean'` (default; lowest error on `pnpm bench estimator`) or `'map'`,
   * the paper's MAP (method.md §5.5). Both pass through the paper's window guard.
   */
  estimator?: 'posterior-mean' | 'map';
}

/** One (text, value) evaluation. */
export interface ScoreRequest {
  text: string;
  /** Value id, alias or display name. */
  value: string;
  /** Theory id or alias, for names that are not unique mid-level values. */
  theory?: string;
  signal?: AbortSignal;
}

/** Why a value of a profile was not scored. */
export interface SkippedValue {
  ref: ValueRef;
  reason: 'irrelevant' | 'budget';
  relevance?: number;
}

/** Several values of one text. */
export interface ProfileRequest {
  text: string;
  /** Values to score (default: every mid-level value the panel has records for). */
  values?: Array<string | ValueRef>;
  /** Relevance gate: value id → relevance in [0, 1]; values below the threshold cost no judge call. */
  relevance?: (text: string) => Promise<Record<string, number>>;
  /** Gate threshold (default 0.5). */
  relevanceThreshold?: number;
  /** Most judge calls this profile may make; values that do not fit are skipped, most relevant kept. */
  budget?: number;
  signal?: AbortSignal;
}

/** Result of `profile`. */
export interface ValueProfile {
  scores: ValueScore[];
  skipped: SkippedValue[];
  judgeCalls: number;
  usage: Usage;
}

/** One entry of `scoreMany`'s result: a score, or the error that item ran into. */
export type ScoreManyResult = ValueScore | { error: Error };

/** Options of `scoreMany`. */
export interface ScoreManyOptions {
  signal?: AbortSignal;
  /** Called after every finished item, in completion order. */
  onProgress?: (progress: { done: number; total: number; index: number }) => void;
}

/** Cumulative accounting of one evaluator. */
export interface EvaluatorUsage {
  judgeCalls: number;
  inputTokens: number;
  outputTokens: number;
  cacheHits: number;
}

/** The anchor-based evaluator; create it with `createEvaluator`. */
export interface Evaluator {
  /** Scores one text on one value. */
  score(request: ScoreRequest): Promise<ValueScore>;
  /** Scores one text on several values, with optional relevance gating and a judge-call budget. */
  profile(request: ProfileRequest): Promise<ValueProfile>;
  /** Scores a batch; results in input order, failures captured per item. */
  scoreMany(items: readonly Omit<ScoreRequest, 'signal'>[], options?: ScoreManyOptions): Promise<ScoreManyResult[]>;
  /** Judge calls, tokens and cache hits since creation. */
  usage(): EvaluatorUsage;
  /** The method string every score of this evaluator carries, e.g. `bucket/k6/m3/pl-map`. */
  readonly method: string;
}
