import { InvalidArgumentError } from '../errors';

// Rational approximations of P. J. Acklam's inverse-normal algorithm (relative error about 1.15e-9).
const centralNumerator = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const centralDenominator = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const tailNumerator = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const tailDenominator = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const tailStart = 0.02425;

function horner(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0);
}

function lowerTail(p: number): number {
  const q = Math.sqrt(-2 * Math.log(p));
  return horner(tailNumerator, q) / (horner(tailDenominator, q) * q + 1);
}

/**
 * Inverse of the standard normal CDF, used for the z of confidence intervals.
 *
 * @param p - a probability in [0, 1]; 0 and 1 give -Infinity and Infinity.
 * @returns z with Φ(z) = p, accurate to about 1e-9 relative.
 * @throws InvalidArgumentError when `p` is NaN or outside [0, 1].
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !(p >= 0 && p <= 1)) {
    throw new InvalidArgumentError({ argument: 'p', message: `expected a probability in [0, 1], got ${String(p)}.` });
  }
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p < tailStart) return lowerTail(p);
  if (p > 1 - tailStart) return -lowerTail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (horner(centralNumerator, r) * q) / (horner(centralDenominator, r) * r + 1);
}
