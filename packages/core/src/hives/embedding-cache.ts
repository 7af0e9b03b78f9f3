import { InvalidArgumentError } from '../errors/invalid-argument-error';

/**
 * A synchronous key → vector store used by {@link cachedEmbedder}. Keys already include the
 * embedder id and a text hash, so one cache may serve several embedders.
 */
export interface EmbeddingCache {
  /** The vector stored under `key`, if any; implementations may count this as a use. */
  get(key: string): Float32Array | undefined;
  /** Stores a vector; implementations may evict older entries. */
  set(key: string, vector: Float32Array): void;
  /** Number of vectors currently held. */
  readonly size: number;
}

/**
 * An in-memory least-recently-used embedding cache. Repeated texts (the same reference text in
 * every profile, the same sentence re-checked while a stream is guarded) then cost one embedding.
 *
 * @param options.maxEntries - Most vectors kept (default 10,000, about 20 MB at 512 dimensions).
 * @returns The cache; `get` refreshes an entry's recency.
 * @throws InvalidArgumentError when `maxEntries` is not a positive integer.
 */
export function createEmbeddingCache(options: { maxEntries?: number } = {}): EmbeddingCache {
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new InvalidArgumentError({
      argument: 'maxEntries',
      message: `expected a positive integer, got ${maxEntries}.`,
    });
  }
  // A Map iterates in insertion order, so re-inserting on use keeps the oldest entry first.
  const entries = new Map<string, Float32Array>();
  return {
    get(key) {
      const vector = entries.get(key);
      if (vector !== undefined) {
        entries.delete(key);
        entries.set(key, vector);
      }
      return vector;
    },
    set(key, vector) {
      entries.delete(key);
      entries.set(key, vector);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    get size() {
      return entries.size;
    },
  };
}
