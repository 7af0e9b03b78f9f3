import { describe, expect, it } from 'vitest';
import { EmbeddingError } from '../errors/embedding-error';
import { createMockEmbedder } from '../test/create-mock-embedder';
import { cachedEmbedder } from './cached-embedder';
import type { Embedder } from './embedder';
import { createEmbeddingCache } from './embedding-cache';

function recordingEmbedder(): Embedder & { seen: string[][] } {
  const inner = createMockEmbedder({ dimensions: 16 });
  const seen: string[][] = [];
  return {
    id: inner.id,
    dimensions: inner.dimensions,
    seen,
    embed(texts, options) {
      seen.push([...texts]);
      return inner.embed(texts, options);
    },
  };
}

describe('cachedEmbedder', () => {
  it('should send only uncached texts, each once, and keep input order', async () => {
    const inner = recordingEmbedder();
    const embedder = cachedEmbedder(inner, createEmbeddingCache());
    const first = await embedder.embed(['a b', 'c d', 'a b']);
    const second = await embedder.embed(['c d', 'e f', 'a b']);
    expect(inner.seen).toEqual([['a b', 'c d'], ['e f']]);
    expect(first[0]).toEqual(first[2]);
    expect(second[0]).toEqual(first[1]);
    expect(second[2]).toEqual(first[0]);
    expect({ hits: embedder.hits, misses: embedder.misses }).toEqual({ hits: 3, misses: 3 });
  });

  it('should return copies so callers cannot corrupt the cache', async () => {
    const embedder = cachedEmbedder(recordingEmbedder(), createEmbeddingCache());
    const [vector] = await embedder.embed(['kind words']);
    const original = vector.slice();
    vector.fill(0);
    expect((await embedder.embed(['kind words']))[0]).toEqual(original);
  });

  it('should answer a whole call even when the cache is smaller than the call', async () => {
    const inner = recordingEmbedder();
    const embedder = cachedEmbedder(inner, createEmbeddingCache({ maxEntries: 1 }));
    const vectors = await embedder.embed(['one', 'two', 'three']);
    expect(vectors).toHaveLength(3);
    expect(vectors.every((vector) => vector.length === 16)).toBe(true);
  });

  it('should name the embedder when it returns the wrong number of vectors', async () => {
    const broken: Embedder = { id: 'broken', dimensions: 4, embed: async () => [new Float32Array(4)] };
    const embedder = cachedEmbedder(broken, createEmbeddingCache());
    await expect(embedder.embed(['a', 'b'])).rejects.toThrow(EmbeddingError);
    await expect(embedder.embed(['a', 'b'])).rejects.toThrow(/broken.*1 vectors for 2 texts/);
  });

  it('should reject vectors of the wrong size', async () => {
    const broken: Embedder = {
      id: 'short',
      dimensions: 4,
      embed: async (texts) => texts.map(() => new Float32Array(3)),
    };
    await expect(cachedEmbedder(broken, createEmbeddingCache()).embed(['a'])).rejects.toThrow(/length 3.*length 4/);
  });
});
