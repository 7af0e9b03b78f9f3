import { AbortedError } from '../errors/aborted-error';
import { sha256Hex } from '../vidb/sha256';
import { checkEmbeddings } from './check-embeddings';
import type { Embedder } from './embedder';
import type { PanelEmbeddingCache } from './panel-embedding-cache';
import { textHash } from './text-hash';

/** Texts per embedder call: small enough for prompt progress and cancellation, large enough to batch. */
const chunkSize = 256;

function throwIfAborted(signal: AbortSignal | undefined, operation: string): void {
  if (signal?.aborted) throw new AbortedError({ operation, cause: signal.reason });
}

/** How the vectors of a panel were obtained; reported on the value space so nothing is hidden. */
export interface PanelEmbeddingReport {
  /** Distinct texts needed. */
  texts: number;
  /** Texts sent to the embedder during this build. */
  embedded: number;
  /** Texts answered by the persistent cache. */
  fromCache: number;
  /** Why a stored entry could not be used, when that happened (it was rebuilt and overwritten). */
  cacheIssue?: string;
  /** Wall time of the embedding step. */
  milliseconds: number;
}

/**
 * Embeds a panel's distinct texts once, through the persistent cache when one is given; missing
 * texts go to the embedder in chunks of 256 (progress and cancellation between chunks) and the
 * complete entry is written back.
 *
 * @returns Vectors by text hash, and a report of what came from where.
 * @throws EmbeddingError when the embedder breaks its contract.
 */
export async function embedPanelTexts(options: {
  embedder: Embedder;
  texts: readonly string[];
  cache?: PanelEmbeddingCache;
  signal?: AbortSignal;
  onProgress?: (progress: { done: number; total: number }) => void;
}): Promise<{ vectors: Map<string, Float32Array>; report: PanelEmbeddingReport }> {
  const started = performance.now();
  const { embedder, cache } = options;
  const byHash = new Map<string, string>();
  for (const text of options.texts) byHash.set(textHash(text), text);
  const hashes = [...byHash.keys()];
  // Order-independent content key: the same texts always find the same entry.
  const key = sha256Hex([...hashes].sort().join('\n'));
  const vectors = new Map<string, Float32Array>();
  let cacheIssue: string | undefined;
  if (cache) {
    const entry = await cache.read({ embedder: embedder.id, key, dimensions: embedder.dimensions });
    if (entry.status === 'unusable') cacheIssue = entry.reason;
    if (entry.status === 'found') {
      for (const hash of hashes) {
        const vector = entry.vectors.get(hash);
        if (vector !== undefined && vector.length === embedder.dimensions) vectors.set(hash, vector);
      }
    }
  }
  const fromCache = vectors.size;
  const missing = hashes.filter((hash) => !vectors.has(hash));
  if (missing.length > 0) {
    options.onProgress?.({ done: 0, total: missing.length });
    for (let start = 0; start < missing.length; start += chunkSize) {
      throwIfAborted(options.signal, 'value space build');
      const chunk = missing.slice(start, start + chunkSize);
      const embedded = checkEmbeddings({
        embedder,
        count: chunk.length,
        vectors: await embedder.embed(
          chunk.map((hash) => byHash.get(hash)!),
          { signal: options.signal },
        ),
      });
      chunk.forEach((hash, index) => {
        vectors.set(hash, embedded[index]);
      });
      options.onProgress?.({ done: start + chunk.length, total: missing.length });
    }
    await cache?.write({
      embedder: embedder.id,
      key,
      dimensions: embedder.dimensions,
      hashes,
      vectors: hashes.map((hash) => vectors.get(hash)!),
    });
  }
  return {
    vectors,
    report: {
      texts: hashes.length,
      embedded: missing.length,
      fromCache,
      ...(cacheIssue === undefined ? {} : { cacheIssue }),
      milliseconds: performance.now() - started,
    },
  };
}
