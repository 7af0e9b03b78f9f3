import { describe, expect, it } from 'vitest';
import { addWordFeatures } from './word-features';

const features = (text: string) => {
  const out = new Float64Array(64);
  addWordFeatures({ text, out, offset: 0, size: 64, scale: 1 });
  return out;
};

describe('addWordFeatures', () => {
  it('should count words under a negation as different features', () => {
    expect([...features('I helped them.')]).not.toEqual([...features("I didn't help them.")]);
    expect([...features('I helped them.')]).toEqual([...features('i HELPED them')]);
  });

  it('should end the negation scope at punctuation', () => {
    expect([...features('Not today. I help.')]).toEqual([...features('Not today, I help')]);
    expect([...features('Not today. I help.')]).not.toEqual([...features('Not today I help')]);
  });

  it('should leave an empty text at zero', () => {
    expect(features('...').every((value) => value === 0)).toBe(true);
  });
});
