import { negators } from './negators';
/** How many following words a negator reaches. */
const negationReach = 3;

function fnv1a(key: string): number {
  let hash = 2166136261;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 16777619) >>> 0;
  return hash;
}

/**
 * Adds a hashed bag of words with negation scope to `out` at `offset`: lower-cased words, crude
 * suffix stripping, and every word within three words after a negator ("not", "never", "n't", "no",
 * "refused", …) counted as its own `NOT_` feature, so "helped" and "never helped" pull apart.
 * Counts are divided by √(word count) and multiplied by `scale`.
 *
 * @param options.text - The text.
 * @param options.out - Feature vector to add into.
 * @param options.offset - First slot of the block.
 * @param options.size - Number of hash buckets.
 * @param options.scale - Weight of the block relative to the other features.
 */
export function addWordFeatures(options: {
  text: string;
  out: Float64Array;
  offset: number;
  size: number;
  scale: number;
}): void {
  const { out, offset, size, scale } = options;
  if (size === 0) return;
  const tokens = options.text
    .toLowerCase()
    .replace(/n't\b/g, ' not')
    .split(/([.,;:!?]|\s+)/)
    .filter((token) => token?.trim());
  let reach = 0;
  let count = 0;
  const buckets = new Map<number, number>();
  for (const token of tokens) {
    if (/^[.,;:!?]$/.test(token)) {
      reach = 0;
      continue;
    }
    const stem = token.replace(/[^a-z']/g, '').replace(/(ing|ed|es|s)$/, '');
    if (!stem) continue;
    const isNegator = negators.has(token);
    const key = reach > 0 && !isNegator ? `NOT_${stem}` : stem;
    if (isNegator) reach = negationReach;
    else if (reach > 0) reach -= 1;
    const bucket = fnv1a(key) % size;
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
    count += 1;
  }
  if (count === 0) return;
  const factor = scale / Math.sqrt(count);
  for (const [bucket, value] of buckets) out[offset + bucket] += value * factor;
}
