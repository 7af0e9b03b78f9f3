import { mkdtemp, readdir, rm, truncate, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileEmbeddingCache } from './create-file-embedding-cache';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'valueflow-embeddings-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const entry = {
  embedder: 'test:embedder/v1',
  key: 'abc123',
  dimensions: 3,
  hashes: ['h1', 'h2'],
  vectors: [Float32Array.of(0.5, -1, 2), Float32Array.of(0, 0.25, -0.125)],
};

describe('createFileEmbeddingCache', () => {
  it('should read back exactly what it wrote, by text hash', async () => {
    const cache = createFileEmbeddingCache(directory);
    await cache.write(entry);
    const read = await cache.read({ embedder: entry.embedder, key: entry.key, dimensions: 3 });
    expect(read.status).toBe('found');
    if (read.status !== 'found') return;
    expect(read.vectors.get('h1')).toEqual(entry.vectors[0]);
    expect(read.vectors.get('h2')).toEqual(entry.vectors[1]);
    expect(await readdir(join(directory, 'test_embedder_v1'))).toEqual(['abc123.f32', 'abc123.json']);
  });

  it('should say missing for an entry never written', async () => {
    const cache = createFileEmbeddingCache(directory);
    expect(await cache.read({ embedder: 'other', key: 'none', dimensions: 3 })).toEqual({ status: 'missing' });
  });

  it('should report a truncated vector file as unusable, then accept a rewrite', async () => {
    const cache = createFileEmbeddingCache(directory);
    await cache.write(entry);
    await truncate(join(directory, 'test_embedder_v1', 'abc123.f32'), 10);
    const read = await cache.read({ embedder: entry.embedder, key: entry.key, dimensions: 3 });
    expect(read).toMatchObject({ status: 'unusable', reason: expect.stringMatching(/10 bytes, expected 24/) });
    await cache.write(entry);
    expect((await cache.read({ embedder: entry.embedder, key: entry.key, dimensions: 3 })).status).toBe('found');
  });

  it('should report other dimensions as unusable', async () => {
    const cache = createFileEmbeddingCache(directory);
    await cache.write(entry);
    const read = await cache.read({ embedder: entry.embedder, key: entry.key, dimensions: 4 });
    expect(read).toMatchObject({ status: 'unusable', reason: expect.stringMatching(/3 dimensions, expected 4/) });
  });

  it('should answer a changed panel with the vectors of the newest entry', async () => {
    const cache = createFileEmbeddingCache(directory);
    await cache.write(entry);
    const read = await cache.read({ embedder: entry.embedder, key: 'changed-panel', dimensions: 3 });
    expect(read.status).toBe('found');
    if (read.status === 'found') expect(read.vectors.get('h2')).toEqual(entry.vectors[1]);
  });

  it('should keep only the 8 newest entries per embedder', async () => {
    const cache = createFileEmbeddingCache(directory);
    for (let number = 0; number < 10; number += 1) {
      await cache.write({ ...entry, key: `panel${number}` });
      // Distinct modification times, oldest first, whatever the file system's time resolution.
      const time = new Date(Date.UTC(2026, 0, 1, 0, number));
      await utimes(join(directory, 'test_embedder_v1', `panel${number}.json`), time, time);
    }
    await cache.write({ ...entry, key: 'panel10' });
    const names = (await readdir(join(directory, 'test_embedder_v1'))).filter((name) => name.endsWith('.json'));
    expect(names.sort()).toEqual(['panel10.json', ...[3, 4, 5, 6, 7, 8, 9].map((number) => `panel${number}.json`)]);
  });
});
