import type { ValueCatalogue } from '../theories/value-catalogue';
import type { ValueRef } from '../theories/types';
import type { ReferencePanel } from '../vidb/types';
import type { PanelEmbeddingReport } from './embed-panel-texts';
import type { Embedder } from './embedder';
import type { LogisticModel } from './fit-logistic';
import type { PanelEmbeddingCache } from './panel-embedding-cache';

/** Options of `createValueSpace`. */
export interface ValueSpaceOptions {
  /** Reference texts with intensities; every value with records gets a prototype. */
  panel: ReferencePanel;
  /** Any embedder; wrap it with `cachedEmbedder` to make repeated `extract` calls cheap. */
  embedder: Embedder;
  /** Resolves panel values and provides the hierarchies for `rollUp` (default `defaultCatalogue`). */
  catalogue?: ValueCatalogue;
  /** Texts about no value (weather, recipes); extra negatives for every relevance model. */
  neutralTexts?: readonly string[];
  /** Persistent store for the panel's embeddings, e.g. `createFileEmbeddingCache()`. */
  cache?: PanelEmbeddingCache;
  /**
   * Weight of the catalogue's own texts about each value (definition, persona, definitions of the
   * nodes below it) against the panel's records in the prototype, relative to the records' mean
   * direction (default 0.5; 0 builds prototypes from the records alone and embeds no extra texts).
   */
  catalogueEvidenceWeight?: number;
  /** Smallest |intensity| for a record to count as a positive of its own value (default 2). */
  minimumPositiveIntensity?: number;
  /** Cancels the build between embedding chunks. */
  signal?: AbortSignal;
  /** Called as panel texts are embedded (not called when everything comes from the cache). */
  onProgress?: (progress: { done: number; total: number }) => void;
}

/** What the value space knows about one mid-level value. */
export interface ValuePrototype {
  ref: ValueRef;
  /**
   * Unit vector: |intensity|-weighted mean of the unit embeddings of the value's records, plus the
   * catalogue's texts about the value at `catalogueEvidenceWeight`.
   */
  prototype: Float32Array;
  /**
   * Mean of supporting minus mean of opposing records (not normalised). Generic embedders barely
   * separate a text from its negation, so this axis is usually weak: never read intensity off it.
   */
  axis: Float32Array;
  /** Length of `axis`; near 0 means the embedder does not see this value's polarity at all. */
  axisStrength: number;
  /**
   * Relative similarity → probability map fitted on the panel; the relative similarity is the cosine
   * to this prototype minus the mean cosine to all prototypes of the space (raw cosine when the
   * space has one value).
   */
  relevanceModel: LogisticModel;
  /** Records used for the prototype. */
  records: number;
  /** Positives used to fit the relevance model (records with |intensity| ≥ the minimum). */
  positives: number;
}

/** One value's match with a text. */
export interface ValueMatch {
  /** Canonical mid-level value id. */
  value: string;
  /** Cosine similarity between the text and the value's prototype, in [-1, 1]. */
  similarity: number;
  /** Probability, in (0, 1), that the text is about this value (supporting or opposing it). */
  relevance: number;
}

/** The values a text touches: per theory, the best matches sorted by relevance. */
export interface ValueExtraction {
  /** Theory id → the top matches, most relevant first. */
  theories: Record<string, ValueMatch[]>;
  /** Every value of the space with its theory, most relevant first (what `rollUp` reads). */
  all: Array<ValueMatch & { theory: string }>;
}

/** Relevance of a node above the mid level, from the mid-level values below it. */
export interface RolledUpNode {
  /** Node id, e.g. `self-transcendence`, `first-generation`. */
  node: string;
  /** Noisy-or of the relevances below: the chance that at least one of them applies. */
  relevance: number;
  /** The largest relevance below (a conservative alternative to the noisy-or). */
  maximum: number;
  /** The mid-level values that contributed, most relevant first. */
  values: string[];
}

/** A value of another theory close to a given value. */
export interface ValueNeighbour extends ValueRef {
  /** Cosine similarity of the two prototypes. */
  similarity: number;
}

/** Value prototypes and relevance models over one panel and one embedder. */
export interface ValueSpace {
  /** Id of the embedder the space was built with; vectors from other embedders do not fit. */
  readonly embedder: string;
  /** Hash of the panel the space was built from. */
  readonly panel: string;
  /** One entry per value that has records, in catalogue order. */
  readonly values: readonly ValuePrototype[];
  /** Mid-level values of the catalogue with no records in the panel: they are never extracted. */
  readonly missing: readonly ValueRef[];
  /** How the panel's embeddings were obtained (embedded now or read from the cache). */
  readonly build: PanelEmbeddingReport;
  /** Top values per theory for one text. */
  extract(text: string, options?: ExtractOptions): Promise<ValueExtraction>;
  /** Top values per theory for each text, embedding them in one call. */
  extract(texts: readonly string[], options?: ExtractOptions): Promise<ValueExtraction[]>;
  /** Value id → relevance for one text: the relevance gate for the evaluator's `profile`. */
  relevance(text: string, options?: { signal?: AbortSignal }): Promise<Record<string, number>>;
  /** Theory id → relevance of each node above the mid level, most relevant first. */
  rollUp(extraction: ValueExtraction): Record<string, RolledUpNode[]>;
  /** The values of other theories whose prototypes sit closest to this value's. */
  neighbours(ref: ValueRef, options?: { top?: number }): ValueNeighbour[];
}

/** Options of `ValueSpace.extract`. */
export interface ExtractOptions {
  /** Matches kept per theory (default 3). */
  top?: number;
  signal?: AbortSignal;
}
