import type { IntensityHead } from './intensity-head';

/** A head as stored in source: layout, and every weight vector as base64 int16 with its scale. */
export interface EncodedHead extends Omit<IntensityHead, 'shared' | 'values'> {
  /** `shared` and `theory/value` → `[scale, base64]`; weight = int16 × scale / 32767. */
  vectors: Record<string, [number, string]>;
}

function encodeVector(vector: ArrayLike<number>): [number, string] {
  let largest = 0;
  for (let index = 0; index < vector.length; index += 1) largest = Math.max(largest, Math.abs(vector[index]));
  const quantised = new Int16Array(vector.length);
  if (largest > 0)
    for (let index = 0; index < vector.length; index += 1)
      quantised[index] = Math.round((vector[index] / largest) * 32767);
  return [largest, Buffer.from(quantised.buffer).toString('base64')];
}

function decodeVector([scale, base64]: [number, string]): Float32Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  const quantised = new Int16Array(bytes.buffer);
  return Float32Array.from(quantised, (value) => (value * scale) / 32767);
}

/**
 * Packs a head for committing to source: int16 weights (relative error below 2e-5 of each vector's
 * largest weight), base64. Used by `scripts/train-local-head.ts`; Node only (uses `Buffer`).
 *
 * @param head - The trained head.
 */
export function encodeHead(head: IntensityHead): EncodedHead {
  const { shared, values, ...layout } = head;
  const vectors: Record<string, [number, string]> = { shared: encodeVector(shared) };
  for (const [key, vector] of values) vectors[key] = encodeVector(vector);
  return { ...layout, vectors };
}

/**
 * Unpacks a head written by {@link encodeHead}.
 *
 * @param encoded - The stored head.
 */
export function decodeHead(encoded: EncodedHead): IntensityHead {
  const { vectors, ...layout } = encoded;
  const values = new Map<string, Float32Array>();
  for (const [key, stored] of Object.entries(vectors)) if (key !== 'shared') values.set(key, decodeVector(stored));
  return { ...layout, shared: decodeVector(vectors.shared), values };
}
