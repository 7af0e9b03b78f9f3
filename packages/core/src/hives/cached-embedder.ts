import { checkEmbeddings } from './check-embeddings';
import type { Embedder } from './embedder';
import type { EmbeddingCache } from './embedding-cache';
import { textHash } from './text-hash';

/** An embedder wrapped by {@link cachedEmbedder}, with counters for tests and benchmarks. */
export interface CachedEmbedder extends Embedder {
  /** Texts answered from the cache so far (duplicates within one call count as hits). */
  readonly hits: number;
  /** Texts sent to the wrapped embedder so far. */
  readonly misses: number;
}

/**
 * Wraps any embedder with a cache keyed by `<embedder id>:<SHA-256 of the text>`. Only texts not
 * in the cache reach the wrapped embedder, in one call, each once; the answer keeps input order.
 * Returned vectors are copies, so callers cannot corrupt the cache by writing into them.
 *
 * @param embedder - The embedder to wrap; its id and dimensions are kept.
 * @param cache - Where vectors live, e.g. `createEmbeddingCache()`.
 * @returns An embedder with `hits` and `misses` counters.
 * @throws EmbeddingError (from `embed`) when the wrapped embedder returns the wrong number or size
 * of vectors.
 */
export function cachedEmbedder(embedder: Embedder, cache: EmbeddingCache): CachedEmbedder {
  let hits = 0;
  let misses = 0;
  return {
    id: embedder.id,
    dimensions: embedder.dimensions,
    async embed(texts, options) {
      const keys = texts.map((text) => `${embedder.id}:${textHash(text)}`);
      // Vectors are collected here, not re-read from the cache, because storing this call's new
      // vectors may evict entries of a small cache that the same call still needs.
      const found = new Map<string, Float32Array>();
      const missing = new Map<string, string>();
      keys.forEach((key, index) => {
        if (found.has(key) || missing.has(key)) return;
        const vector = cache.get(key);
        if (vector === undefined) missing.set(key, texts[index]);
        else found.set(key, vector);
      });
      if (missing.size > 0) {
        const vectors = checkEmbeddings({
          embedder,
          count: missing.size,
          vectors: await embedder.embed([...missing.values()], options),
        });
        [...missing.keys()].forEach((key, index) => {
          found.set(key, vectors[index]);
          cache.set(key, vectors[index]);
        });
      }
      misses += missing.size;
      hits += texts.length - missing.size;
      return keys.map((key) => found.get(key)!.slice());
    },
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
  };
}
