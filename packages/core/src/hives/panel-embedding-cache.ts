/** What a {@link PanelEmbeddingCache} returns for one stored panel. */
export type PanelEmbeddingCacheEntry =
  /** The stored vectors by text hash (see `textHash`). */
  | { status: 'found'; vectors: Map<string, Float32Array> }
  /** Nothing stored under this key yet. */
  | { status: 'missing' }
  /** Something is stored but cannot be used (truncated, other dimensions); it will be overwritten. */
  | { status: 'unusable'; reason: string };

/**
 * A persistent store for the embeddings of whole reference panels, so building a value space for
 * the same panel a second time (a new process, the next CLI run) embeds nothing. Entries are keyed
 * by embedder id plus a content key of the embedded texts; inside an entry, vectors are looked up by
 * text hash, so a store never needs to hold the texts themselves.
 *
 * Core defines only the contract; `createFileEmbeddingCache` in `@valueflow/core/node` keeps one
 * binary file per panel on disk.
 */
export interface PanelEmbeddingCache {
  /**
   * Looks up a panel. A store may answer a missing key with the vectors of a related entry (the
   * previous version of the panel); callers take the hashes they need and embed the rest.
   *
   * @param request.embedder - Embedder id.
   * @param request.key - Content key of the panel's texts.
   * @param request.dimensions - Expected vector length; other lengths make the entry unusable.
   */
  read(request: { embedder: string; key: string; dimensions: number }): Promise<PanelEmbeddingCacheEntry>;
  /**
   * Replaces the entry under `key` (atomically where the medium allows it).
   *
   * @param request.hashes - Text hashes, parallel to `vectors`.
   */
  write(request: {
    embedder: string;
    key: string;
    dimensions: number;
    hashes: string[];
    vectors: Float32Array[];
  }): Promise<void>;
}
