import { describe, expect, it } from 'vitest';
import { InvalidTheoryError } from '../errors/invalid-theory-error';
import { createCatalogue } from './create-catalogue';
import type { TheorySpec } from './types';

function acmeSpec(overrides: Partial<TheorySpec> = {}): TheorySpec {
  return {
    id: 'Acme',
    name: 'Acme company values',
    aliases: ['acme_values'],
    valueLabel: 'principle',
    root: 'acme',
    hierarchy: {
      acme: ['Customer Obsession', 'frugality'],
      customer_obsession: ['listening'],
    },
    definitions: {
      acme: 'What Acme expects of every employee.',
      'customer-obsession': 'Starting every decision from what customers need.',
      listening: 'Hearing customers out before proposing anything.',
      frugality: 'Doing more with less.',
    },
    midLevel: ['customer obsession', 'frugality'],
    personas: { frugality: 'You value frugality: spending carefully and avoiding waste.' },
    names: { acme: 'Acme' },
    nodeAliases: { 'customer-obsession': ['customer-first'] },
    ...overrides,
  };
}

function issuesOf(spec: TheorySpec, catalogue = createCatalogue()): { path: string; message: string }[] {
  try {
    catalogue.register(spec);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidTheoryError);
    expect((error as InvalidTheoryError).code).toBe('invalid-theory');
    return (error as InvalidTheoryError).issues;
  }
  throw new Error('expected register to throw InvalidTheoryError');
}

describe('ValueCatalogue', () => {
  describe('register', () => {
    it('should register a user theory beside the built-ins with canonical ids', () => {
      const catalogue = createCatalogue();
      const theory = catalogue.register(acmeSpec());
      expect(theory.id).toBe('acme');
      expect(theory.aliases).toEqual(['acme-values']);
      expect(theory.nodes.map((node) => node.id)).toEqual(['acme', 'customer-obsession', 'listening', 'frugality']);
      expect(theory.midLevel).toEqual(['customer-obsession', 'frugality']);
      expect(catalogue.values()).toHaveLength(34);
      expect(catalogue.resolve('Customer First')).toMatchObject({
        theory: 'acme',
        value: 'customer-obsession',
        valueLabel: 'principle',
        name: 'Customer Obsession',
      });
      expect(catalogue.resolve('frugality', { theory: 'acme_values' }).persona).toMatch(/^You value frugality/);
      expect(catalogue.ancestors({ theory: 'acme', value: 'listening' }).map((node) => node.id)).toEqual([
        'customer-obsession',
        'acme',
      ]);
      expect(Object.isFrozen(theory)).toBe(true);
    });

    it('should leave other catalogues untouched', () => {
      createCatalogue().register(acmeSpec());
      expect(createCatalogue().theories()).toHaveLength(4);
    });

    it('should work in a catalogue without built-ins', () => {
      const catalogue = createCatalogue({ builtIns: false, theories: [acmeSpec()] });
      expect(catalogue.theories().map((theory) => theory.id)).toEqual(['acme']);
      expect(catalogue.values()).toHaveLength(2);
    });

    it.each<[string, Partial<TheorySpec>, { path: string; message: RegExp }]>([
      [
        'a clashing theory id',
        { id: 'Schwartz', aliases: [] },
        { path: 'id', message: /theory id "schwartz" is already used by theory "pvq"/ },
      ],
      [
        'a clashing theory alias',
        { aliases: ['rights'] },
        { path: 'aliases[0]', message: /"rights" is already used by theory "right"/ },
      ],
      ['an empty theory id', { id: ' ' }, { path: 'id', message: /empty/ }],
      ['a missing name', { name: '' }, { path: 'name', message: /non-empty display name/ }],
      [
        'a hierarchy key given twice in two spellings',
        {
          hierarchy: {
            acme: ['customer-obsession', 'frugality'],
            customer_obsession: ['listening'],
            'Customer Obsession': [],
          },
        },
        { path: 'hierarchy.Customer Obsession', message: /duplicate node id "customer-obsession"/ },
      ],
      [
        'a child listed twice under one parent',
        { hierarchy: { acme: ['customer-obsession', 'frugality', 'Frugality'], customer_obsession: ['listening'] } },
        { path: 'hierarchy.acme[2]', message: /duplicate node id "frugality" under "acme"/ },
      ],
      [
        'a cycle',
        {
          hierarchy: {
            acme: ['customer-obsession', 'frugality'],
            customer_obsession: ['listening'],
            listening: ['customer-obsession'],
          },
        },
        { path: 'hierarchy', message: /cycle customer-obsession → listening → customer-obsession/ },
      ],
      [
        'a root with a parent',
        {
          hierarchy: {
            acme: ['customer-obsession', 'frugality'],
            customer_obsession: ['listening'],
            frugality: ['acme'],
          },
        },
        { path: 'root', message: /the root "acme" is listed as a child of "frugality"/ },
      ],
      [
        'an unreachable node',
        { hierarchy: { acme: ['customer-obsession', 'frugality'], customer_obsession: ['listening'], orphan: [] } },
        { path: 'hierarchy.orphan', message: /not reachable from the root "acme"/ },
      ],
      [
        'a missing definition',
        { definitions: { acme: 'x.', 'customer-obsession': 'y.', listening: 'z.' } },
        { path: 'definitions.frugality', message: /missing definition for "frugality"/ },
      ],
      [
        'an empty definition',
        { definitions: { acme: 'x.', 'customer-obsession': 'y.', listening: 'z.', frugality: '  ' } },
        { path: 'definitions.frugality', message: /non-empty string/ },
      ],
      [
        'a definition for a node that does not exist',
        { definitions: { acme: 'x.', 'customer-obsession': 'y.', listening: 'z.', frugality: 'w.', thrift: 'v.' } },
        { path: 'definitions.thrift', message: /"thrift" is not a node of the hierarchy/ },
      ],
      [
        'a mid-level id outside the hierarchy',
        { midLevel: ['frugality', 'speed'] },
        { path: 'midLevel[1]', message: /"speed" is not a node/ },
      ],
      [
        'a repeated mid-level id',
        { midLevel: ['frugality', 'Frugality'] },
        { path: 'midLevel[1]', message: /duplicate mid-level id "frugality"/ },
      ],
      ['no mid-level value', { midLevel: [] }, { path: 'midLevel', message: /at least one/ }],
      [
        'a mid-level id of another theory',
        {
          hierarchy: { acme: ['power'] },
          definitions: { acme: 'x.', power: 'Getting things done.' },
          midLevel: ['power'],
          personas: {},
          names: {},
          nodeAliases: {},
        },
        { path: 'midLevel[0]', message: /mid-level value "power" is already used by theory "pvq"/ },
      ],
      [
        "a mid-level alias that is another theory's mid-level id",
        { nodeAliases: { 'customer-obsession': ['benevolence'] } },
        {
          path: 'nodeAliases.customer-obsession[0]',
          message: /mid-level alias "benevolence" is already used by theory "pvq"/,
        },
      ],
      [
        'a node alias that names another node',
        { nodeAliases: { 'customer-obsession': ['frugality'] } },
        { path: 'nodeAliases.customer-obsession[0]', message: /already names node "frugality"/ },
      ],
      [
        'a persona without the "You value " opening',
        { personas: { frugality: 'Spend carefully.' } },
        { path: 'personas.frugality', message: /starting with "You value "/ },
      ],
    ])('should reject %s', (_label, overrides, expected) => {
      const issues = issuesOf(acmeSpec(overrides));
      expect(issues).toContainEqual({ path: expected.path, message: expect.stringMatching(expected.message) });
    });

    it('should report every problem at once and register nothing', () => {
      const catalogue = createCatalogue();
      const issues = issuesOf(
        acmeSpec({ id: 'pvq', midLevel: ['speed'], personas: { frugality: 'Be frugal.' }, definitions: {} }),
        catalogue,
      );
      expect(issues.map((issue) => issue.path)).toEqual(
        expect.arrayContaining([
          'id',
          'midLevel[0]',
          'personas.frugality',
          'definitions.acme',
          'definitions.listening',
        ]),
      );
      expect(catalogue.theories()).toHaveLength(4);
      expect(catalogue.find('frugality')).toBeUndefined();
    });

    it('should list the issues in the error message', () => {
      expect(() => createCatalogue().register(acmeSpec({ personas: { frugality: 'Be frugal.' } }))).toThrow(
        /Invalid theory "Acme" \(1 problem\):\n {2}- personas\.frugality: expected a sentence starting with "You value "/,
      );
    });
  });
});
