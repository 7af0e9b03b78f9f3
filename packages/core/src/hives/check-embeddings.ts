import { EmbeddingError } from '../errors/embedding-error';
import type { Embedder } from './embedder';

/**
 * Checks that an embedder kept its contract for one call, so a misbehaving adapter fails here with
 * its id instead of producing NaN similarities far downstream.
 *
 * @param options.embedder - The embedder that answered.
 * @param options.count - How many texts were sent.
 * @param options.vectors - What came back.
 * @throws EmbeddingError on a wrong count, a wrong length or a non-finite component.
 */
export function checkEmbeddings(options: { embedder: Embedder; count: number; vectors: unknown }): Float32Array[] {
  const { embedder, count, vectors } = options;
  if (!Array.isArray(vectors) || vectors.length !== count) {
    const got = Array.isArray(vectors) ? `${vectors.length} vectors` : typeof vectors;
    throw new EmbeddingError({
      embedder: embedder.id,
      message: `returned ${got} for ${count} texts; expected ${count}.`,
    });
  }
  vectors.forEach((vector: unknown, index) => {
    if (!(vector instanceof Float32Array) || vector.length !== embedder.dimensions) {
      const length = vector instanceof Float32Array ? `length ${vector.length}` : typeof vector;
      throw new EmbeddingError({
        embedder: embedder.id,
        message: `vector ${index} is ${length}; expected a Float32Array of length ${embedder.dimensions}.`,
      });
    }
    for (const component of vector) {
      if (!Number.isFinite(component)) {
        throw new EmbeddingError({ embedder: embedder.id, message: `vector ${index} has a non-finite component.` });
      }
    }
  });
  return vectors as Float32Array[];
}
