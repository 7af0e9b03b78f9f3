// Small dense-vector helpers shared by the value space; plain loops are fast enough at 512-1024 dims.

/** Dot product of two vectors of equal length. */
export function dot(left: Float32Array, right: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += left[index] * right[index];
  return sum;
}

/** Euclidean length. */
export function norm(vector: Float32Array): number {
  return Math.sqrt(dot(vector, vector));
}

/** A unit-length copy; the zero vector stays zero (cosine with it is then 0, not NaN). */
export function normalised(vector: Float32Array): Float32Array {
  const length = norm(vector);
  const unit = new Float32Array(vector.length);
  if (length > 0) for (let index = 0; index < vector.length; index += 1) unit[index] = vector[index] / length;
  return unit;
}

/** Cosine similarity; 0 when either vector is zero. */
export function cosine(left: Float32Array, right: Float32Array): number {
  const lengths = norm(left) * norm(right);
  return lengths > 0 ? dot(left, right) / lengths : 0;
}

/** Adds `weight × vector` into `target` in place. */
export function addScaled(options: { target: Float64Array; vector: Float32Array; weight: number }): void {
  const { target, vector, weight } = options;
  for (let index = 0; index < vector.length; index += 1) target[index] += weight * vector[index];
}
