import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { UnknownValueError } from '../errors/unknown-value-error';
import { hivesLabelOf } from './hives-label';

describe('hivesLabelOf', () => {
  it.each([
    ['pvq', 'benevolence', 5, ['growth', 'self-transcendence', 'benevolence'], 1],
    ['pvq', 'hedonism', -3, ['growth', 'openness-to-change', 'hedonism'], -1],
    ['mft', 'care-harm', 1.9, ['care-harm', 'care-harm', 'care-harm'], 0],
    ['duty', 'fidelity', -2, ['fidelity', 'fidelity', 'fidelity'], -1],
    ['right', 'civil-rights', 2, ['first-generation', 'civil-rights', 'civil-rights'], 1],
  ])('should label %s/%s at %d with its padded path and direction', (theory, value, intensity, levels, direction) => {
    expect(hivesLabelOf({ ref: { theory, value }, intensity })).toEqual({ theory, levels, direction });
  });

  it('should reject unknown values, roots and non-finite intensities', () => {
    expect(() => hivesLabelOf({ ref: { theory: 'pvq', value: 'kindnes' }, intensity: 1 })).toThrow(UnknownValueError);
    expect(() => hivesLabelOf({ ref: { theory: 'duty', value: 'ross-duties' }, intensity: 1 })).toThrow(
      InvalidArgumentError,
    );
    expect(() => hivesLabelOf({ ref: { theory: 'pvq', value: 'power' }, intensity: Number.NaN })).toThrow(
      InvalidArgumentError,
    );
  });
});
