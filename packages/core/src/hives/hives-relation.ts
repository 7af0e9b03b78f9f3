import type { HivesLabel } from './hives-label';

/**
 * The relation bin of two labelled texts (method.md §3.5): 0 same levels and direction, 1 same
 * levels but another direction, 2 same first two levels, 3 same first level, 4 different first
 * level or theory. Lower bins should be more similar.
 */
export function hivesRelation(left: HivesLabel, right: HivesLabel): 0 | 1 | 2 | 3 | 4 {
  if (left.theory !== right.theory || left.levels[0] !== right.levels[0]) return 4;
  if (left.levels[1] !== right.levels[1]) return 3;
  if (left.levels[2] !== right.levels[2]) return 2;
  return left.direction === right.direction ? 0 : 1;
}

/** Unit-length float64 copies, so metrics can compare with plain dot products. */
export function unitVectors(embeddings: readonly ArrayLike<number>[]): Float64Array[] {
  return embeddings.map((vector) => {
    let sum = 0;
    for (let index = 0; index < vector.length; index += 1) sum += vector[index] * vector[index];
    const length = Math.sqrt(sum);
    return Float64Array.from(vector, (component) => (length > 0 ? component / length : 0));
  });
}

/** Dot product of two float64 vectors of equal length. */
export function dot64(left: Float64Array, right: Float64Array): number {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += left[index] * right[index];
  return sum;
}
