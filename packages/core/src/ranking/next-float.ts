const buffer = new Float64Array(1);
const bits = new BigInt64Array(buffer.buffer);

/**
 * The smallest double greater than `x` (one unit in the last place above it).
 *
 * The window guard places a response that beat every anchor "just above" the strongest one;
 * one ULP keeps the score outside the anchors' range without inventing a margin.
 *
 * @param x - any double; `nextUp(0) === 5e-324`, `nextUp(Infinity) === Infinity`, NaN stays NaN.
 * @returns the next representable double towards +Infinity.
 */
export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Number.POSITIVE_INFINITY) return x;
  if (x === 0) return Number.MIN_VALUE;
  buffer[0] = x;
  // For positive doubles a larger bit pattern is a larger value; for negative ones it is the opposite.
  bits[0] += x > 0 ? 1n : -1n;
  return buffer[0];
}

/**
 * The largest double smaller than `x` (one unit in the last place below it).
 *
 * @param x - any double; `nextDown(0) === -5e-324`, `nextDown(-Infinity) === -Infinity`, NaN stays NaN.
 * @returns the next representable double towards -Infinity.
 */
export function nextDown(x: number): number {
  return -nextUp(-x);
}
