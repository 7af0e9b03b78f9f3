import { describe, expect, it } from 'vitest';
import { intensityLevel } from './intensity-level';

describe('intensityLevel', () => {
  it.each([
    [10, 2],
    [6.0, 2],
    [5.99, 1],
    [3, 1],
    [2.99, 0],
    [0, 0],
    [-2.99, 0],
    [-3.0, -1],
    [-5.99, -1],
    [-6.0, -2],
    [-10, -2],
  ])('should map %d to level %d', (intensity, level) => {
    expect(intensityLevel(intensity)).toBe(level);
  });

  it('should throw for a non-finite intensity', () => {
    expect(() => intensityLevel(Number.NaN)).toThrow(/finite number/);
  });
});
