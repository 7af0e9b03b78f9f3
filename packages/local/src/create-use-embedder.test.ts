import { AbortedError, createEmbeddingCache, InvalidArgumentError } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { createUseEmbedder } from './create-use-embedder';

const cosine = (left: Float32Array, right: Float32Array) =>
  left.reduce((sum, value, index) => sum + value * right[index], 0);

describe('createUseEmbedder', () => {
  it('should return one 512-dimensional unit vector per text', async () => {
    const embedder = createUseEmbedder();
    expect({ id: embedder.id, dimensions: embedder.dimensions }).toEqual({ id: 'use-lite-512', dimensions: 512 });
    const vectors = await embedder.embed(['I always keep my promises.', 'The bus was late again today.', '']);
    expect(vectors.map((vector) => vector.length)).toEqual([512, 512, 512]);
    expect(cosine(vectors[0], vectors[0])).toBeCloseTo(1, 4);
  });

  it('should map empty texts to the zero vector wherever they sit in a batch', async () => {
    const embedder = createUseEmbedder({ cache: false });
    const vectors = await embedder.embed(['', 'Care for the sick.', '', 'Obey the rules.', '']);
    expect(vectors).toHaveLength(5);
    for (const index of [0, 2, 4]) expect(vectors[index].every((value) => value === 0)).toBe(true);
    const [care] = await embedder.embed(['Care for the sick.']);
    expect(cosine(vectors[1], care)).toBeCloseTo(1, 5);
  });

  it('should place texts about the same value closer than unrelated ones', async () => {
    const [promise, word, bus] = await createUseEmbedder().embed([
      'I always keep my promises.',
      'When I give my word, I stick to it.',
      'The bus was late again today.',
    ]);
    expect(cosine(promise, word)).toBeGreaterThan(cosine(promise, bus) + 0.1);
  });

  it('should give the same vectors whatever the batch size', async () => {
    const texts = ['Share your lunch with a hungry classmate.', 'Taxes should fund public hospitals.', 'Free speech.'];
    const batched = await createUseEmbedder({ batchSize: 64, cache: false }).embed(texts);
    const single = await createUseEmbedder({ batchSize: 1, cache: false }).embed(texts);
    single.forEach((vector, index) => {
      expect(cosine(vector, batched[index])).toBeCloseTo(1, 5);
    });
  });

  it('should cache each distinct text once', async () => {
    const cache = createEmbeddingCache();
    const embedder = createUseEmbedder({ cache });
    await embedder.embed(['one text', 'another text', 'one text']);
    await embedder.embed(['one text']);
    expect(cache.size).toBe(2);
  });

  it('should answer an empty list without loading anything', async () => {
    expect(await createUseEmbedder().embed([])).toEqual([]);
  });

  it.each([0, -1, 2.5])('should reject batchSize %s', (batchSize) => {
    expect(() => createUseEmbedder({ batchSize })).toThrow(InvalidArgumentError);
  });

  it('should reject a text that is not a string', async () => {
    await expect(createUseEmbedder().embed([7 as unknown as string])).rejects.toThrow(/texts\[0\]/);
  });

  it('should stop between batches when the signal fires', async () => {
    const controller = new AbortController();
    controller.abort();
    const embed = createUseEmbedder({ cache: false }).embed(['a', 'b'], { signal: controller.signal });
    await expect(embed).rejects.toThrow(AbortedError);
  });
});
