import type { ValueRef } from '../theories/types';
import type { ValueCatalogue } from '../theories/value-catalogue';

/**
 * The catalogue's own descriptions of a value: its definition, its persona and the definitions of
 * every node below it (PVQ sub-values, MFT virtues, enumerated rights). They name what the value is
 * about in general words, which the panel's concrete scenes may not cover (e.g. `universalism:nature`
 * when the panel's universalism texts are mostly about tolerance), so the value space mixes them
 * into the prototypes.
 *
 * @param options.catalogue - Source of the texts.
 * @param options.ref - A value of the catalogue.
 * @returns Distinct, non-empty texts in catalogue order.
 * @throws UnknownTheoryError, UnknownValueError when the value is not in the catalogue.
 */
export function catalogueEvidenceTexts(options: { catalogue: ValueCatalogue; ref: ValueRef }): string[] {
  const definition = options.catalogue.definition(options.ref);
  const texts = [
    definition.definition,
    definition.persona ?? '',
    ...options.catalogue.descendants(options.ref).map((node) => node.definition),
  ];
  return [...new Set(texts.map((text) => text.trim()).filter((text) => text !== ''))];
}
