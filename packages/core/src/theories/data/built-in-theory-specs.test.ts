import { describe, expect, it } from 'vitest';
import { createCatalogue } from '../create-catalogue';
import { builtInTheorySpecs } from './built-in-theory-specs';

const catalogue = createCatalogue();
const allNodes = catalogue.theories().flatMap((theory) => theory.nodes.map((node) => ({ theory: theory.id, node })));
const midLevel = catalogue.values();
const leaves = (theory: string) => catalogue.theory(theory).nodes.filter((node) => node.children.length === 0);

describe('builtInTheorySpecs', () => {
  it('should register the four theories in the paper order', () => {
    expect(builtInTheorySpecs.map((spec) => spec.id)).toEqual(['pvq', 'mft', 'duty', 'right']);
    expect(catalogue.theories().map((theory) => theory.name)).toEqual([
      "Schwartz's theory of basic human values",
      'Moral Foundations Theory',
      "Ross's prima facie duties",
      "Vasak's three generations of rights",
    ]);
    expect(catalogue.theories().map((theory) => theory.valueLabel)).toEqual(['value', 'foundation', 'duty', 'right']);
  });

  it.each([
    ['pvq', 12],
    ['mft', 6],
    ['duty', 7],
    ['right', 7],
  ])('should give %s %i mid-level values', (theory, count) => {
    expect(catalogue.values({ theory })).toHaveLength(count);
  });

  it('should have 32 mid-level values with unique ids', () => {
    expect(midLevel).toHaveLength(32);
    expect(new Set(midLevel.map((value) => value.value)).size).toBe(32);
  });

  it('should list the mid-level values in the order of method section 2.4', () => {
    expect(midLevel.slice(0, 12).map((value) => value.value)).toEqual([
      'benevolence',
      'universalism',
      'self-direction',
      'stimulation',
      'hedonism',
      'achievement',
      'power',
      'conformity',
      'tradition',
      'security',
      'face',
      'humility',
    ]);
  });

  it.each([
    ['pvq', 19],
    ['right', 30],
    ['mft', 26],
    ['duty', 7],
  ])('should give %s %i leaves', (theory, count) => {
    expect(leaves(theory)).toHaveLength(count);
  });

  it.each([
    ['hedonism', ['openness-to-change', 'self-enhancement']],
    ['humility', ['self-transcendence', 'conservation']],
    ['face', ['self-enhancement', 'conservation']],
  ])('should give the boundary value %s two parents', (value, parents) => {
    expect(catalogue.node('pvq', value).parents).toEqual(parents);
  });

  it('should give every other node exactly one parent except the roots', () => {
    const multiParent = allNodes.filter(({ node }) => node.parents.length > 1).map(({ node }) => node.id);
    expect(multiParent.sort()).toEqual(['face', 'hedonism', 'humility']);
    const roots = allNodes
      .filter(({ node }) => node.parents.length === 0)
      .map(({ theory, node }) => `${theory}/${node.id}`);
    expect(roots).toEqual(['pvq/root', 'mft/root', 'duty/ross-duties', 'right/human-rights']);
  });

  it('should give every node a one-sentence definition', () => {
    expect(allNodes).toHaveLength(114);
    for (const { theory, node } of allNodes) {
      const label = `${theory}/${node.id}`;
      expect(node.definition, label).toMatch(/^[A-Z].*\.$/);
      // One sentence: no full stop followed by a new sentence inside.
      expect(node.definition.slice(0, -1), label).not.toMatch(/[.!?]\s+[A-Z]/);
      expect(node.definition.length, label).toBeLessThan(200);
    }
  });

  it('should not reuse a definition text', () => {
    const texts = allNodes.map(({ node }) => node.definition);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('should give every mid-level value a persona starting with "You value "', () => {
    for (const value of midLevel) {
      expect(value.persona, value.value).toMatch(/^You value \S.*\.$/);
      // Steering swaps the opening for graded phrases, so the rest must not re-assert the stance.
      expect(value.persona!.slice('You value '.length), value.value).not.toMatch(/\byou (value|care|want)\b/i);
    }
  });

  it.each([
    ['pvq', 'self-direction', 'Self-Direction'],
    ['mft', 'care-harm', 'Care/Harm'],
    ['mft', 'liberty-oppression', 'Liberty/Oppression'],
    ['duty', 'non-maleficence', 'Non-Maleficence'],
    ['duty', 'self-improvement', 'Self-Improvement'],
    ['right', 'social-group-solidarity-rights', 'Social-Group Solidarity Rights'],
    ['right', 'national-solidarity-rights', 'National Solidarity Rights'],
    ['pvq', 'openness-to-change', 'Openness to Change'],
    ['pvq', 'benevolence:caring', 'Benevolence: Caring'],
    ['right', 'right-to-life', 'Right to Life'],
  ])('should name %s %s "%s"', (theory, value, name) => {
    expect(catalogue.node(theory, value).name).toBe(name);
  });

  it('should key colliding names by theory', () => {
    expect(catalogue.node('mft', 'justice').parents).toEqual(['fairness-cheating']);
    expect(catalogue.node('duty', 'justice').midLevel).toBe(true);
    expect(catalogue.node('mft', 'tradition').parents).toEqual(['authority-subversion']);
    expect(catalogue.node('pvq', 'tradition').midLevel).toBe(true);
    expect(catalogue.node('mft', 'justice').definition).not.toBe(catalogue.node('duty', 'justice').definition);
  });
});
