import { describe, expect, it } from 'vitest';
import { createJointPosterior } from './joint-posterior';

describe('createJointPosterior', () => {
  it('should be the uniform prior without windows', () => {
    const posterior = createJointPosterior([]);
    expect(posterior.mean).toBeCloseTo(0, 6);
    expect(posterior.quantile(0.05)).toBeCloseTo(-9, 6);
    expect(posterior.quantile(0.95)).toBeCloseTo(9, 6);
  });

  it('should match a brute-force posterior for a fixed scale', () => {
    const windows = [{ ordered: [5, null, 1, -3, -7, -9] }];
    const posterior = createJointPosterior(windows, { scale: 1, cells: 400 });
    // Brute force: likelihood of the full order on a fine grid, uniform prior on [-10, 10].
    const anchors = [5, 1, -3, -7, -9];
    let mass = 0;
    let first = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const t = -10 + (index + 0.5) * 0.001;
      const first_ =
        Math.exp(5) / (Math.exp(5) + Math.exp(t) + anchors.slice(1).reduce((sum, a) => sum + Math.exp(a), 0));
      const second = Math.exp(t) / (Math.exp(t) + anchors.slice(1).reduce((sum, a) => sum + Math.exp(a), 0));
      const weight = first_ * second;
      mass += weight;
      first += weight * t;
    }
    expect(posterior.mean).toBeCloseTo(first / mass, 2);
  });

  it('should widen the interval for a noisier judge and shrink it with more windows', () => {
    const window = { ordered: [6, 2, null, -2, -6, -9] };
    const width = (posterior: ReturnType<typeof createJointPosterior>) =>
      posterior.quantile(0.95) - posterior.quantile(0.05);
    expect(width(createJointPosterior([window], { scale: 2 }))).toBeGreaterThan(
      width(createJointPosterior([window], { scale: 0.5 })),
    );
    expect(width(createJointPosterior([window, window, window]))).toBeLessThan(width(createJointPosterior([window])));
  });

  it('should infer a small scale from a judge that never misorders close anchors', () => {
    const sharp = Array.from({ length: 6 }, () => ({ ordered: [1.5, 1, 0.5, null, -0.5, -1] }));
    const noisy = Array.from({ length: 6 }, () => ({ ordered: [-1, 1, -0.5, null, 1.5, 0.5] }));
    expect(createJointPosterior(sharp).scale).toBeLessThan(0.6);
    expect(createJointPosterior(noisy).scale).toBeGreaterThan(1.5);
  });
});
