import { describe, expect, it } from 'vitest';
import { UnknownValueError } from '../errors/unknown-value-error';
import { defaultCatalogue } from '../theories/default-catalogue';
import { catalogueEvidenceTexts } from './catalogue-evidence-texts';

describe('catalogueEvidenceTexts', () => {
  it.each([
    { theory: 'pvq', value: 'benevolence', count: 4 },
    { theory: 'pvq', value: 'stimulation', count: 2 },
    { theory: 'mft', value: 'care-harm', count: 6 },
    { theory: 'right', value: 'civil-rights', count: 8 },
  ])('should list the definition, persona and nodes below $theory/$value', ({ theory, value, count }) => {
    const texts = catalogueEvidenceTexts({ catalogue: defaultCatalogue, ref: { theory, value } });
    const definition = defaultCatalogue.definition({ theory, value });
    expect(texts).toHaveLength(count);
    expect(texts.slice(0, 2)).toEqual([definition.definition, definition.persona]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('should include the sub-value definitions of a PVQ value', () => {
    const texts = catalogueEvidenceTexts({
      catalogue: defaultCatalogue,
      ref: { theory: 'pvq', value: 'universalism' },
    });
    const nature = defaultCatalogue
      .descendants({ theory: 'pvq', value: 'universalism' })
      .find((node) => node.id === 'universalism:nature');
    expect(texts).toContain(nature!.definition);
  });

  it('should refuse a value the catalogue does not know', () => {
    expect(() =>
      catalogueEvidenceTexts({ catalogue: defaultCatalogue, ref: { theory: 'pvq', value: 'nope' } }),
    ).toThrow(UnknownValueError);
  });
});
