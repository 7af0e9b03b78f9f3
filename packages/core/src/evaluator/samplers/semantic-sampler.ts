import type { Embedder } from '../../hives/embedder';
import type { VidbRecord } from '../../vidb/types';
import type { AnchorSampler } from '../anchor-sampler';
import { bucketBins } from './bucket-bins';
import { createBucketSampler } from './bucket-sampler';

/** Options of {@link createSemanticSampler}. */
export interface SemanticSamplerOptions {
  /** Embeds the text and the records; without one the sampler behaves as `bucket`. */
  embedder?: Embedder;
  /** Each bin draws uniformly among its this-many records most similar to the text (default 3). */
  candidates?: number;
  /** Texts whose embeddings are kept (default 256); record embeddings are kept per panel and value. */
  maxCachedTexts?: number;
}

function cosine(left: Float32Array, right: Float32Array): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index] * right[index];
    leftNorm += left[index] * left[index];
    rightNorm += right[index] * right[index];
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

/**
 * The project's topical sampler: bucket bins as in the paper, but inside each bin it prefers
 * anchors that talk about the same things as the text, so the judge compares like with like and
 * ranks on the value rather than on topic. Without an embedder it is plain bucket sampling and its
 * name (`semantic-fallback-bucket`) says so in every method string.
 *
 * @param options - embedder and candidate pool size; see {@link SemanticSamplerOptions}.
 */
export function createSemanticSampler(options: SemanticSamplerOptions = {}): AnchorSampler {
  const { embedder } = options;
  if (!embedder) return { ...createBucketSampler(), name: 'semantic-fallback-bucket' };
  const candidates = options.candidates ?? 3;
  const maxCachedTexts = options.maxCachedTexts ?? 256;
  const recordVectors = new Map<string, Promise<Map<string, Float32Array>>>();
  const textVectors = new Map<string, Promise<Float32Array>>();

  const embedRecords = (key: string, records: readonly VidbRecord[], signal?: AbortSignal) => {
    let pending = recordVectors.get(key);
    if (!pending) {
      pending = embedder
        .embed(
          records.map((record) => record.text),
          { signal },
        )
        .then((vectors) => new Map(records.map((record, index) => [record.id, vectors[index]])));
      // A failed embedding must not poison the cache for later calls.
      pending.catch(() => recordVectors.delete(key));
      recordVectors.set(key, pending);
    }
    return pending;
  };
  const embedText = (text: string, signal?: AbortSignal) => {
    let pending = textVectors.get(text);
    if (!pending) {
      pending = embedder.embed([text], { signal }).then(([vector]) => vector);
      pending.catch(() => textVectors.delete(text));
      textVectors.set(text, pending);
      if (textVectors.size > maxCachedTexts) textVectors.delete(textVectors.keys().next().value as string);
    }
    return pending;
  };

  return {
    name: `semantic:${embedder.id}`,
    async sample({ records, k, random, text, value, panel, signal }) {
      const [vectors, textVector] = await Promise.all([
        embedRecords(`${panel}\u0000${value.theory}/${value.value}`, records, signal),
        embedText(text, signal),
      ]);
      return bucketBins(records, k - 1).map((bin) => {
        if (bin.length === 0) return records[random.int(records.length)];
        const ranked = bin
          .map((record) => ({ record, similarity: cosine(textVector, vectors.get(record.id) as Float32Array) }))
          .sort((left, right) => right.similarity - left.similarity);
        return ranked[random.int(Math.min(candidates, ranked.length))].record;
      });
    },
  };
}
