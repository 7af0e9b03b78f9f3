import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createEmbeddingCache } from './embedding-cache';

const vector = (value: number) => Float32Array.of(value);

describe('createEmbeddingCache', () => {
  it('should evict the least recently used entry when full', () => {
    const cache = createEmbeddingCache({ maxEntries: 2 });
    cache.set('a', vector(1));
    cache.set('b', vector(2));
    cache.get('a');
    cache.set('c', vector(3));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual(vector(1));
    expect(cache.get('c')).toEqual(vector(3));
    expect(cache.size).toBe(2);
  });

  it('should replace an entry stored twice without growing', () => {
    const cache = createEmbeddingCache();
    cache.set('a', vector(1));
    cache.set('a', vector(2));
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toEqual(vector(2));
  });

  it.each([0, -1, 1.5, Number.NaN])('should reject maxEntries %s', (maxEntries) => {
    expect(() => createEmbeddingCache({ maxEntries })).toThrow(InvalidArgumentError);
  });
});
