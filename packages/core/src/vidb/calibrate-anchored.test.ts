import { describe, expect, it } from 'vitest';
import { calibrateAnchored } from './calibrate-anchored';

describe('calibrateAnchored', () => {
  it('should put the neutral anchors at zero and keep the sign meaning', () => {
    const { intensities, zero } = calibrateAnchored({
      utilities: [-3, -1, 0.5, 1, 2, 4],
      anchorUtilities: [0.4, 0.5, 0.6],
    });
    expect(zero).toBe(0.5);
    expect(intensities[2]).toBe(0);
    expect(intensities.slice(0, 2).every((intensity) => intensity < 0)).toBe(true);
    expect(intensities.slice(3).every((intensity) => intensity > 0)).toBe(true);
  });

  it('should fix the ends at the mean of the most extreme 5% and clip beyond', () => {
    // 40 texts: 5% is 2 on each side; one outlier at -30 left by a weak prior.
    const utilities = [-30, -10, ...Array.from({ length: 36 }, (_, index) => -8 + index * 0.4), 9, 11];
    const { intensities, ends } = calibrateAnchored({ utilities, anchorUtilities: [0] });
    expect(ends).toEqual([-20, 10]);
    expect(intensities[0]).toBe(-10);
    expect(intensities[1]).toBeCloseTo(-5, 10);
    expect(intensities.at(-1)).toBe(10);
    expect(intensities.at(-2)).toBeCloseTo(9, 10);
  });

  it('should fall back to the median of all texts without anchors', () => {
    const result = calibrateAnchored({ utilities: [-1, 0, 1], anchorUtilities: [] });
    expect(result.zeroFrom).toBe('all-texts');
    expect(result.intensities).toEqual([-10, 0, 10]);
  });
});
