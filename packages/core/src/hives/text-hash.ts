import { sha256Hex } from '../vidb/sha256';

/**
 * The key under which an embedding of `text` is cached: SHA-256 of its UTF-8 bytes, in hex. A hash
 * rather than the text itself keeps cache keys short and lets persistent caches store no text.
 *
 * @param text - Any string; not normalised, so texts differing only in whitespace get different keys.
 * @returns 64 lowercase hex characters.
 */
export function textHash(text: string): string {
  return sha256Hex(text);
}
