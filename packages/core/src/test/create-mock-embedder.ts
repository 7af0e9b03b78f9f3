import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { Embedder } from '../hives/embedder';
import { throwIfAborted } from '../evaluator/abortable';
import { hashSeed } from '../evaluator/hash-seed';

function addFeature(vector: Float32Array, feature: string, weight: number): void {
  const hash = hashSeed([feature]);
  // One bit decides the sign so unrelated features cancel on average instead of piling up.
  const sign = hash & 1 ? 1 : -1;
  vector[(hash >>> 1) % vector.length] += sign * weight;
}

/**
 * A deterministic, weight-free embedder for tests: a hashed bag of words plus character trigrams,
 * L2-normalised. Texts that share words and spellings get similar vectors; nothing else is modelled
 * (it cannot tell a text from its negation, like most real embedders).
 *
 * @param options.dimensions - vector size (default 256).
 * @param options.id - embedder id (default `mock:hash-<dimensions>`).
 * @throws InvalidArgumentError when `dimensions` is not a positive integer.
 */
export function createMockEmbedder(options: { dimensions?: number; id?: string } = {}): Embedder & {
  /** Number of `embed` calls so far. */
  readonly calls: number;
} {
  const dimensions = options.dimensions ?? 256;
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new InvalidArgumentError({
      argument: 'dimensions',
      message: `expected a positive integer, got ${dimensions}.`,
    });
  }
  let calls = 0;
  const embedOne = (text: string): Float32Array => {
    const vector = new Float32Array(dimensions);
    const words = text.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
    for (const word of words) {
      addFeature(vector, `w:${word}`, 1);
      const padded = ` ${word} `;
      for (let index = 0; index + 3 <= padded.length; index += 1)
        addFeature(vector, `t:${padded.slice(index, index + 3)}`, 0.5);
    }
    let norm = 0;
    for (const component of vector) norm += component * component;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let index = 0; index < dimensions; index += 1) vector[index] /= norm;
    return vector;
  };
  return {
    id: options.id ?? `mock:hash-${dimensions}`,
    dimensions,
    async embed(texts, embedOptions) {
      throwIfAborted(embedOptions?.signal, 'embedding');
      calls += 1;
      return texts.map(embedOne);
    },
    get calls() {
      return calls;
    },
  };
}
