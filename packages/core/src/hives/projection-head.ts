import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { createSha256 } from '../vidb/sha256';

/**
 * How a head maps x to y: `linear` y = W x; `residual` y = x + W x (same size; starts as the
 * identity and learns a correction); `augmented` y = [x ; W x] (the base vector with learned
 * features appended, so the base geometry is kept and only added to).
 */
export type ProjectionHeadKind = 'linear' | 'residual' | 'augmented';

/** A linear map trained on top of an embedder (method.md §3.7); see {@link ProjectionHeadKind}. */
export interface ProjectionHead {
  /** `hives-head-` + the first 12 hex digits of the SHA-256 of the layout and weights. */
  readonly id: string;
  readonly inputDimensions: number;
  readonly outputDimensions: number;
  readonly kind: ProjectionHeadKind;
  /**
   * Row-major `rows × inputDimensions`, rows = outputDimensions − inputDimensions for `augmented`,
   * outputDimensions otherwise; owned by the head, do not modify.
   */
  readonly weights: Float32Array;
  /** Applies the map to one input vector; the result is not normalised. */
  project(vector: ArrayLike<number>): Float32Array;
}

function checkDimension(argument: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new InvalidArgumentError({ argument, message: `expected a positive integer, got ${value}.` });
  }
}

/** Learned rows of W for a head of this kind and shape. */
export function projectionRows(options: {
  kind: ProjectionHeadKind;
  inputDimensions: number;
  outputDimensions: number;
}): number {
  return options.kind === 'augmented' ? options.outputDimensions - options.inputDimensions : options.outputDimensions;
}

function headId(options: { weights: Float32Array; kind: ProjectionHeadKind; inputDimensions: number }): string {
  const hasher = createSha256();
  const layout = `${options.inputDimensions}:${options.weights.length / options.inputDimensions}:${options.kind}`;
  hasher.update(new TextEncoder().encode(layout));
  const bytes = new Uint8Array(options.weights.length * 4);
  const view = new DataView(bytes.buffer);
  for (let index = 0; index < options.weights.length; index += 1)
    view.setFloat32(index * 4, options.weights[index], true);
  return `hives-head-${hasher.update(bytes).digestHex().slice(0, 12)}`;
}

/**
 * Wraps trained weights as a {@link ProjectionHead}. The id is derived from the weights, so two
 * heads with the same id map every vector the same way and embedding caches never mix them.
 *
 * @param options.weights - Row-major `rows × inputDimensions` (copied); see {@link ProjectionHead.weights}.
 * @param options.inputDimensions - Length of the base embedder's vectors.
 * @param options.outputDimensions - Length of the projected vectors.
 * @param options.kind - How the map is applied (default `linear`); see {@link ProjectionHeadKind}.
 * @returns The head.
 * @throws InvalidArgumentError when a dimension is not a positive integer, the weight count does not
 * fit the shape, a weight is not finite, a residual head changes the dimension, or an augmented
 * head does not add dimensions.
 */
export function createProjectionHead(options: {
  weights: ArrayLike<number>;
  inputDimensions: number;
  outputDimensions: number;
  kind?: ProjectionHeadKind;
}): ProjectionHead {
  const { inputDimensions, outputDimensions } = options;
  const kind = options.kind ?? 'linear';
  checkDimension('inputDimensions', inputDimensions);
  checkDimension('outputDimensions', outputDimensions);
  if (!['linear', 'residual', 'augmented'].includes(kind)) {
    throw new InvalidArgumentError({
      argument: 'kind',
      message: `expected linear, residual or augmented, got ${JSON.stringify(kind)}.`,
    });
  }
  if (kind === 'residual' && inputDimensions !== outputDimensions) {
    throw new InvalidArgumentError({
      argument: 'kind',
      message: `a residual head keeps the dimension; got ${inputDimensions} in and ${outputDimensions} out.`,
    });
  }
  if (kind === 'augmented' && outputDimensions <= inputDimensions) {
    throw new InvalidArgumentError({
      argument: 'kind',
      message: `an augmented head appends dimensions; expected more than ${inputDimensions} out, got ${outputDimensions}.`,
    });
  }
  const rows = projectionRows({ kind, inputDimensions, outputDimensions });
  if (options.weights.length !== inputDimensions * rows) {
    throw new InvalidArgumentError({
      argument: 'weights',
      message: `expected ${rows} × ${inputDimensions} = ${inputDimensions * rows} weights for a head of kind ${kind}, got ${options.weights.length}.`,
    });
  }
  const weights = Float32Array.from(options.weights);
  const bad = weights.findIndex((weight) => !Number.isFinite(weight));
  if (bad >= 0) {
    throw new InvalidArgumentError({
      argument: `weights[${bad}]`,
      message: `expected a finite number, got ${weights[bad]}.`,
    });
  }
  return {
    id: headId({ weights, kind, inputDimensions }),
    inputDimensions,
    outputDimensions,
    kind,
    weights,
    project(vector) {
      if (vector.length !== inputDimensions) {
        throw new InvalidArgumentError({
          argument: 'vector',
          message: `expected length ${inputDimensions}, got ${vector.length}.`,
        });
      }
      return Float32Array.from(applyProjection({ weights, vector, kind, outputDimensions }));
    },
  };
}

/**
 * y for one input, in float64 (training needs the extra precision; heads round to float32).
 *
 * @param options.weights - Row-major learned rows.
 * @param options.vector - The input x.
 * @param options.kind - How W is applied.
 * @param options.outputDimensions - Length of y.
 */
export function applyProjection(options: {
  weights: Float32Array;
  vector: ArrayLike<number>;
  kind: ProjectionHeadKind;
  outputDimensions: number;
}): Float64Array {
  const { weights, vector, kind, outputDimensions } = options;
  const input = vector.length;
  const output = new Float64Array(outputDimensions);
  // Augmented heads copy x into the first rows; learned rows follow.
  const first = kind === 'augmented' ? input : 0;
  for (let index = 0; index < first; index += 1) output[index] = vector[index];
  for (let row = first; row < outputDimensions; row += 1) {
    let sum = kind === 'residual' ? vector[row] : 0;
    const offset = (row - first) * input;
    for (let column = 0; column < input; column += 1) sum += weights[offset + column] * vector[column];
    output[row] = sum;
  }
  return output;
}
