import { describe, expect, it } from 'vitest';
import type { Violation } from '../policy/types';
import { violationTargets } from './violation-targets';

const violation = (value: string, band: [number, number], intensity: number | null): Violation => ({
  ref: { theory: 'mft', value },
  band,
  intensity,
  action: 'rewrite',
});

describe('violationTargets', () => {
  it.each([
    ['below a lower bound', [-2, 10] as [number, number], -7, 0],
    ['above an upper bound', [-10, 3] as [number, number], 8, 1],
    ['outside a narrow band', [1, 2] as [number, number], -5, 1.5],
  ])('should aim inside the band when the text was %s', (_, band, intensity, expected) => {
    expect(violationTargets([violation('care-harm', band, intensity)])).toEqual([
      { value: 'care-harm', theory: 'mft', intensity: expected },
    ]);
  });

  it('should give one target per value, the first scored violation deciding', () => {
    const targets = violationTargets([
      violation('care-harm', [-2, 10], null),
      violation('care-harm', [-2, 10], -7),
      violation('care-harm', [-2, 10], -9),
      violation('fairness-cheating', [-10, 4], 6),
    ]);
    expect(targets.map((target) => [target.value, target.intensity])).toEqual([
      ['care-harm', 0],
      ['fairness-cheating', 2],
    ]);
    expect(violationTargets([violation('care-harm', [-2, 10], null)])).toEqual([]);
  });
});
