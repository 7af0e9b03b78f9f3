import { describe, expect, it } from 'vitest';
import { canonicalValueId } from './canonical-value-id';

describe('canonicalValueId', () => {
  it.each([
    ['care/harm', 'care-harm'],
    ['care_harm', 'care-harm'],
    ['Care-Harm', 'care-harm'],
    ['Care/Harm', 'care-harm'],
    ['  Care / Harm  ', 'care-harm'],
    ['civil_rights', 'civil-rights'],
    ['civil rights', 'civil-rights'],
    ['openness to change', 'openness-to-change'],
    ['right_to_life', 'right-to-life'],
    ['ross_duties', 'ross-duties'],
    ['benevolence:caring', 'benevolence:caring'],
    ['Benevolence : Caring', 'benevolence:caring'],
    ['self--direction', 'self-direction'],
    ['_hedonism_', 'hedonism'],
    ['   ', ''],
  ])('should turn %j into %j', (input, expected) => {
    expect(canonicalValueId(input)).toBe(expected);
  });
});
