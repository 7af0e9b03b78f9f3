// Multi-task ridge regression in its dual form, for scripts/train-local-head.ts.
// Model: y ≈ (w₀ + w_v)·φ(x). Penalising |w₀|² and |w_v|²/c² gives the kernel
// K((x, v), (x', v')) = φ·φ' (1 + c²[v = v']), solved once with a Cholesky factorisation.

function choleskySolve(matrix: Float64Array, size: number, target: Float64Array): Float64Array {
  for (let column = 0; column < size; column += 1) {
    const rowColumn = column * size;
    let diagonal = matrix[rowColumn + column];
    for (let inner = 0; inner < column; inner += 1) diagonal -= matrix[rowColumn + inner] ** 2;
    const root = Math.sqrt(diagonal);
    matrix[rowColumn + column] = root;
    for (let row = column + 1; row < size; row += 1) {
      const rowStart = row * size;
      let sum = matrix[rowStart + column];
      for (let inner = 0; inner < column; inner += 1) sum -= matrix[rowStart + inner] * matrix[rowColumn + inner];
      matrix[rowStart + column] = sum / root;
    }
  }
  const forward = new Float64Array(size);
  for (let row = 0; row < size; row += 1) {
    let sum = target[row];
    for (let inner = 0; inner < row; inner += 1) sum -= matrix[row * size + inner] * forward[inner];
    forward[row] = sum / matrix[row * size + row];
  }
  const solution = new Float64Array(size);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = forward[row];
    for (let inner = row + 1; inner < size; inner += 1) sum -= matrix[inner * size + row] * solution[inner];
    solution[row] = sum / matrix[row * size + row];
  }
  return solution;
}

export interface RidgeRow {
  features: Float64Array;
  task: string;
  target: number;
}

export interface MultiTaskWeights {
  shared: Float64Array;
  tasks: Map<string, Float64Array>;
}

/** Fits shared and per-task weights; `lambda` is the ridge penalty, `c` how far a task may leave the shared weights. */
export function fitMultiTaskRidge(rows: readonly RidgeRow[], options: { lambda: number; c: number }): MultiTaskWeights {
  const size = rows.length;
  const length = rows[0].features.length;
  const kernel = new Float64Array(size * size);
  for (let left = 0; left < size; left += 1) {
    const a = rows[left].features;
    for (let right = 0; right <= left; right += 1) {
      const b = rows[right].features;
      let product = 0;
      for (let index = 0; index < length; index += 1) product += a[index] * b[index];
      const value =
        product * (1 + (rows[left].task === rows[right].task ? options.c ** 2 : 0)) +
        (left === right ? options.lambda : 0);
      kernel[left * size + right] = value;
      kernel[right * size + left] = value;
    }
  }
  const alpha = choleskySolve(
    kernel,
    size,
    Float64Array.from(rows, (row) => row.target),
  );
  const shared = new Float64Array(length);
  const tasks = new Map<string, Float64Array>();
  rows.forEach((row, index) => {
    let own = tasks.get(row.task);
    if (!own) {
      own = new Float64Array(length);
      tasks.set(row.task, own);
    }
    for (let feature = 0; feature < length; feature += 1) {
      shared[feature] += alpha[index] * row.features[feature];
      own[feature] += options.c ** 2 * alpha[index] * row.features[feature];
    }
  });
  return { shared, tasks };
}
