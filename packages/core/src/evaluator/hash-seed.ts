/**
 * Folds strings and numbers into a 32-bit unsigned seed (FNV-1a over UTF-16 code units).
 *
 * Seeds are derived from content (options seed, text, value, window index) rather than from call
 * order, so a score is the same whether it runs alone, in a batch or after a cache eviction.
 *
 * @param parts - the inputs that identify what is being seeded; a separator keeps `['ab','c']` and
 *   `['a','bc']` apart.
 * @returns an integer in [0, 2^32).
 */
export function hashSeed(parts: ReadonlyArray<string | number>): number {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : part;
    for (let index = 0; index < text.length; index += 1) {
      hash ^= text.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193);
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A 128-bit content hash as 32 hex characters (four FNV-1a lanes with different offsets), used for
 * cache keys where a 32-bit seed would collide too easily.
 *
 * @param parts - everything the cached result depends on.
 * @returns 32 lowercase hex characters.
 */
export function hashKey(parts: ReadonlyArray<string | number>): string {
  const lanes = [0x811c9dc5, 0x050c5d1f, 0x2b0b6e13, 0x6c8e9cf5];
  for (const part of parts) {
    const text = typeof part === 'number' ? `#${part}` : `${part}\u0000`;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      for (let lane = 0; lane < 4; lane += 1) {
        lanes[lane] = Math.imul(lanes[lane] ^ (code + lane * 0x9e37), 0x01000193);
      }
    }
  }
  return lanes.map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}
