import { EmbeddingError } from '../errors/embedding-error';
import { checkEmbeddings } from './check-embeddings';
import type { Embedder } from './embedder';
import type { ProjectionHead } from './projection-head';
import { normalised } from './vector-math';

/**
 * Puts a trained projection head on top of an embedder: every text is embedded by `base`, mapped
 * by the head and L2-normalised, so cosine similarity in the new space is a plain dot product. The
 * id joins both ids (`use-lite-512+hives-head-…`), so caches keyed by embedder id keep the spaces
 * apart. A zero base vector (an empty text) stays zero.
 *
 * @param base - The embedder the head was trained on.
 * @param head - The trained head; its input size must match `base.dimensions`.
 * @returns An embedder of `head.outputDimensions` dimensions.
 * @throws EmbeddingError (at construction) when the head's input size differs from the base's
 * dimensions; (from `embed`) when the base breaks its contract.
 */
export function projectEmbedder(base: Embedder, head: ProjectionHead): Embedder {
  const id = `${base.id}+${head.id}`;
  if (head.inputDimensions !== base.dimensions) {
    throw new EmbeddingError({
      embedder: id,
      message: `the head expects ${head.inputDimensions}-dimensional input but ${base.id} gives ${base.dimensions}; train the head on this embedder.`,
    });
  }
  return {
    id,
    dimensions: head.outputDimensions,
    async embed(texts, options) {
      const vectors = checkEmbeddings({
        embedder: base,
        count: texts.length,
        vectors: await base.embed(texts, options),
      });
      return vectors.map((vector) => normalised(head.project(vector)));
    },
  };
}
