import { describe, expect, it } from 'vitest';
import { moralFeatureNames, moralFeatures, stemCandidates } from './moral-features';
import { moralFamilies, moralLexiconSource, valueFamilies } from './moral-lexicon';

const family = (text: string, name: (typeof moralFeatureNames)[number]) =>
  moralFeatures(text)[moralFeatureNames.indexOf(name)];

describe('moralFeatures', () => {
  it('should return one score per feature name', () => {
    expect(moralFeatures('I helped my neighbour.')).toHaveLength(moralFeatureNames.length);
  });

  it.each([
    ['I hurt the dog.', "I didn't hurt the dog.", 'care'],
    ['I hurt the dog.', 'I never hurt the dog.', 'care'],
    ['I helped her move house.', 'I refused to help her move house.', 'benevolence'],
    ['He lied to his boss.', 'He did not lie to his boss.', 'honesty'],
  ] as const)('should flip the valence of %j under a negation (%j)', (plain, negated, name) => {
    expect(Math.sign(family(plain, name))).toBe(-Math.sign(family(negated, name)));
    expect(Math.abs(family(negated, name))).toBeLessThan(Math.abs(family(plain, name)));
  });

  it('should end the negation scope at punctuation and at "but"', () => {
    expect(family('No. I hurt him.', 'care')).toBeLessThan(0);
    expect(family('Not me, but I hurt him.', 'care')).toBeLessThan(0);
  });

  it.each([
    ['kick', 'kicks'],
    ['kick', 'kicked'],
    ['kick', 'kicking'],
    ['rob', 'robbed'],
    ['abuse', 'abusing'],
    ['bully', 'bullied'],
  ])('should match %j in its form %j', (word, form) => {
    expect(family(`They ${form} him.`, 'moral-total')).toBeLessThan(0);
    expect(family(`They ${form} him.`, 'moral-total')).toBeCloseTo(family(`They ${word} him.`, 'moral-total'), 10);
  });

  it('should read phrases across a few words', () => {
    expect(family('She kept her promise.', 'honesty')).toBeGreaterThan(0);
    expect(family('She broke her promise.', 'honesty')).toBeLessThan(0);
  });

  it('should weigh intensified words more', () => {
    expect(family('They brutally beat him.', 'care')).toBeLessThan(family('They beat him up.', 'care'));
  });

  it('should score an act, not a mood, on its family', () => {
    expect(family('I stole the money from the charity box.', 'fairness')).toBeLessThan(0);
    expect(family('I shared the prize equally with my team.', 'fairness')).toBeGreaterThan(0);
    expect(family('The afternoon was so boring.', 'hedonism')).toBeLessThan(0);
  });

  it('should leave a text without lexicon words at zero', () => {
    expect(moralFeatures('The table is in the kitchen.').every((value) => value === 0)).toBe(true);
    expect(moralFeatures('...').every((value) => value === 0)).toBe(true);
  });
});

describe('stemCandidates', () => {
  it('should strip common suffixes and undo a doubled consonant', () => {
    expect(stemCandidates('robbed')).toContain('rob');
    expect(stemCandidates('helping')).toContain('help');
    expect(stemCandidates('bullied')).toContain('bully');
    expect(stemCandidates('cat')).toEqual(['cat']);
  });
});

describe('moralLexiconSource', () => {
  it('should hold well-formed entries with valences in [-3, 3] for every family', () => {
    for (const name of moralFamilies) {
      const entries = moralLexiconSource[name].split(/\s+/).filter(Boolean);
      expect(entries.length).toBeGreaterThan(20);
      for (const entry of entries) expect(entry).toMatch(/^[a-z0-9-]+(_[a-z0-9-]+)*:-?[0-3]$/);
    }
  });

  it('should map values only to known families', () => {
    for (const families of Object.values(valueFamilies))
      for (const name of families) expect(moralFamilies).toContain(name);
  });
});
