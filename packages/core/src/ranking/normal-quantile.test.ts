import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { normalQuantile } from './normal-quantile';

describe('normalQuantile', () => {
  // Reference values of the inverse standard normal CDF (computed with an independent implementation).
  it.each([
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.02, -2.053748910631823],
    [0.025, -1.9599639845400545],
    [0.1, -1.2815515655446004],
    [0.5, 0],
    [0.9, 1.2815515655446004],
    [0.95, 1.6448536269514722],
    [0.975, 1.959963984540054],
    [0.999, 3.090232306167813],
  ])('should invert Φ at %d', (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(1e-8 * Math.max(1, Math.abs(z)));
  });

  it('should be antisymmetric and infinite at the ends', () => {
    expect(normalQuantile(0.3)).toBeCloseTo(-normalQuantile(0.7), 12);
    expect(normalQuantile(0)).toBe(Number.NEGATIVE_INFINITY);
    expect(normalQuantile(1)).toBe(Number.POSITIVE_INFINITY);
  });

  it.each([-0.1, 1.5, Number.NaN])('should reject %d', (p) => {
    expect(() => normalQuantile(p)).toThrow(InvalidArgumentError);
  });
});
