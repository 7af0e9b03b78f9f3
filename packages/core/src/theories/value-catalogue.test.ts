import { describe, expect, it } from 'vitest';
import { AmbiguousValueError } from '../errors/ambiguous-value-error';
import { UnknownTheoryError } from '../errors/unknown-theory-error';
import { UnknownValueError } from '../errors/unknown-value-error';
import { ValueflowError } from '../errors/valueflow-error';
import { createCatalogue } from './create-catalogue';
import { defaultCatalogue, midLevelValues, resolveValue } from './default-catalogue';

const catalogue = createCatalogue();

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to throw');
}

describe('ValueCatalogue', () => {
  describe('resolve', () => {
    it.each([
      ['care/harm', undefined, 'mft', 'care-harm'],
      ['care_harm', undefined, 'mft', 'care-harm'],
      ['Care-Harm', undefined, 'mft', 'care-harm'],
      ['Care/Harm', undefined, 'mft', 'care-harm'],
      ['civil_rights', undefined, 'right', 'civil-rights'],
      ['civil rights', undefined, 'right', 'civil-rights'],
      ['group_solidarity_rights', undefined, 'right', 'social-group-solidarity-rights'],
      ['Social-Group Solidarity Rights', undefined, 'right', 'social-group-solidarity-rights'],
      ['self_direction', undefined, 'pvq', 'self-direction'],
      ['Non-Maleficence', undefined, 'duty', 'non-maleficence'],
      ['justice', undefined, 'duty', 'justice'],
      ['tradition', undefined, 'pvq', 'tradition'],
      ['justice', 'mft', 'mft', 'justice'],
      ['tradition', 'mft', 'mft', 'tradition'],
      ['openness to change', 'pvq', 'pvq', 'openness-to-change'],
      ['openness to change', undefined, 'pvq', 'openness-to-change'],
      ['right_to_life', 'rights', 'right', 'right-to-life'],
      ['ross_duties', 'ross', 'duty', 'ross-duties'],
      ['Benevolence: Caring', 'Schwartz', 'pvq', 'benevolence:caring'],
      ['care-harm', 'mft', 'mft', 'care-harm'],
    ])('should resolve %j (theory %s) to %s/%s', (name, theory, expectedTheory, expectedValue) => {
      const value = catalogue.resolve(name, { theory });
      expect({ theory: value.theory, value: value.value }).toEqual({ theory: expectedTheory, value: expectedValue });
    });

    it('should return a complete definition', () => {
      expect(catalogue.resolve('care/harm')).toEqual({
        theory: 'mft',
        value: 'care-harm',
        theoryName: 'Moral Foundations Theory',
        valueLabel: 'foundation',
        name: 'Care/Harm',
        definition: expect.stringMatching(/suffering/),
        persona: expect.stringMatching(/^You value /),
        midLevel: true,
      });
    });

    it.each([
      ['benevolense', undefined, ['benevolence']],
      ['secuirty', undefined, ['security']],
      ['civil', undefined, ['civil-rights']],
      ['solidarity', undefined, ['national-solidarity-rights', 'social-group-solidarity-rights']],
      ['hedonsim', 'pvq', ['hedonism']],
    ])('should suggest ids for the typo %j', (name, theory, suggestions) => {
      const error = caught(() => catalogue.resolve(name, { theory }));
      expect(error).toBeInstanceOf(UnknownValueError);
      expect((error as UnknownValueError).suggestions).toEqual(suggestions);
      expect((error as UnknownValueError).value).toBe(name);
      expect((error as UnknownValueError).theory).toBe(theory);
      expect(ValueflowError.isInstance(error)).toBe(true);
    });

    it('should say what it expected in the message', () => {
      expect(() => catalogue.resolve('benevolense')).toThrow(
        'Unknown value "benevolense". Did you mean "benevolence"?',
      );
      expect(() => catalogue.resolve('xyzzy')).toThrow(/Unknown value "xyzzy"\. Expected a mid-level value id/);
      expect(() => catalogue.resolve('care-harm', { theory: 'pvq' })).toThrow(
        /Unknown value "care-harm" in theory "pvq"/,
      );
    });

    it('should refuse a non-mid-level name that several theories share', () => {
      const error = caught(() => catalogue.resolve('root'));
      expect(error).toBeInstanceOf(AmbiguousValueError);
      expect((error as AmbiguousValueError).theories).toEqual(['pvq', 'mft']);
      expect((error as AmbiguousValueError).code).toBe('ambiguous-value');
    });

    it('should resolve a non-mid-level node without theory when only one theory has it', () => {
      expect(catalogue.resolve('benevolence:caring').theory).toBe('pvq');
      expect(catalogue.resolve('patriotism').theory).toBe('mft');
    });

    it('should throw UnknownTheoryError naming the known theories', () => {
      const error = caught(() => catalogue.resolve('care', { theory: 'kant' }));
      expect(error).toBeInstanceOf(UnknownTheoryError);
      expect((error as UnknownTheoryError).known).toEqual(['pvq', 'mft', 'duty', 'right']);
      expect((error as Error).message).toBe('Unknown theory "kant". Known theories: pvq, mft, duty, right.');
    });
  });

  describe('find', () => {
    it('should return undefined for unknown and ambiguous names', () => {
      expect(catalogue.find('benevolense')).toBeUndefined();
      expect(catalogue.find('root')).toBeUndefined();
      expect(catalogue.find('power')?.theory).toBe('pvq');
      expect(() => catalogue.find('power', { theory: 'kant' })).toThrow(UnknownTheoryError);
    });
  });

  describe('theory', () => {
    it.each([
      ['pvq', 'pvq'],
      ['svt', 'pvq'],
      ['Schwartz', 'pvq'],
      ['mft', 'mft'],
      ['ross', 'duty'],
      ['duty', 'duty'],
      ['rights', 'right'],
      ['right', 'right'],
    ])('should resolve the theory %j to %s', (alias, id) => {
      expect(catalogue.theory(alias).id).toBe(id);
    });
  });

  describe('values', () => {
    it('should list the 32 mid-level values by default and every node on request', () => {
      expect(catalogue.values()).toHaveLength(32);
      expect(catalogue.values({ midLevelOnly: false })).toHaveLength(114);
      const duty = catalogue.values({ theory: 'ross', midLevelOnly: false });
      expect(duty.map((value) => value.value)[0]).toBe('ross-duties');
      expect(duty).toHaveLength(8);
    });

    it('should return the same frozen definition objects each time', () => {
      expect(catalogue.values()[0]).toBe(catalogue.resolve('benevolence'));
      expect(Object.isFrozen(catalogue.values()[0])).toBe(true);
    });
  });

  describe('ancestors', () => {
    it.each([
      ['pvq', 'hedonism', ['openness-to-change', 'self-enhancement', 'growth', 'self-protection', 'root']],
      ['pvq', 'benevolence:caring', ['benevolence', 'self-transcendence', 'growth', 'root']],
      ['right', 'peace', ['social-group-solidarity-rights', 'third-generation', 'human-rights']],
      ['duty', 'justice', ['ross-duties']],
      ['mft', 'justice', ['fairness-cheating', 'root']],
      ['mft', 'root', []],
    ])('should list the ancestors of %s/%s nearest first, root last', (theory, value, expected) => {
      expect(catalogue.ancestors({ theory, value }).map((node) => node.id)).toEqual(expected);
    });
  });

  describe('descendants', () => {
    it('should list every descendant once, nearest first', () => {
      const ids = catalogue.descendants({ theory: 'pvq', value: 'self-protection' }).map((node) => node.id);
      expect(ids.slice(0, 2)).toEqual(['self-enhancement', 'conservation']);
      expect(ids.filter((id) => id === 'face')).toHaveLength(1);
      expect(ids).toContain('security:societal');
      expect(catalogue.descendants({ theory: 'right', value: 'human-rights' })).toHaveLength(40);
    });
  });

  describe('paths', () => {
    it('should give one root path per parent chain', () => {
      const paths = catalogue.paths({ theory: 'pvq', value: 'face' }).map((path) => path.map((node) => node.id));
      expect(paths).toEqual([
        ['root', 'self-protection', 'self-enhancement', 'face'],
        ['root', 'self-protection', 'conservation', 'face'],
      ]);
      expect(catalogue.paths({ theory: 'pvq', value: 'hedonism' })).toHaveLength(2);
      expect(catalogue.paths({ theory: 'duty', value: 'gratitude' })).toHaveLength(1);
    });
  });

  describe('midLevelOf', () => {
    it.each([
      ['pvq', 'benevolence:caring', 'benevolence'],
      ['pvq', 'face', 'face'],
      ['mft', 'tradition', 'authority-subversion'],
      ['right', 'right-to-vote', 'political-rights'],
      ['pvq', 'growth', undefined],
      ['right', 'human-rights', undefined],
    ])('should roll %s/%s up to %s', (theory, value, expected) => {
      expect(catalogue.midLevelOf({ theory, value })?.value).toBe(expected);
    });
  });
});

describe('defaultCatalogue', () => {
  it('should hold the built-in theories and back the convenience functions', () => {
    expect(defaultCatalogue.theories().map((theory) => theory.id)).toEqual(['pvq', 'mft', 'duty', 'right']);
    expect(resolveValue('care_harm')).toBe(defaultCatalogue.resolve('care-harm'));
    expect(midLevelValues()).toHaveLength(32);
    expect(midLevelValues({ theory: 'mft' }).map((value) => value.value)).toContain('sanctity-degradation');
  });
});
