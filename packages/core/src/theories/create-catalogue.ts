import { builtInTheorySpecs } from './data/built-in-theory-specs';
import type { TheorySpec } from './types';
import { ValueCatalogue } from './value-catalogue';

/**
 * Creates an independent catalogue, so tests and apps can register theories without touching
 * the shared `defaultCatalogue`.
 *
 * @param options.builtIns - Include the four built-in theories (default true).
 * @param options.theories - Further theory specs to register, in order.
 * @returns The new catalogue.
 * @throws InvalidTheoryError when one of `options.theories` is invalid.
 */
export function createCatalogue(options: { builtIns?: boolean; theories?: TheorySpec[] } = {}): ValueCatalogue {
  const catalogue = new ValueCatalogue();
  const specs = [...(options.builtIns === false ? [] : builtInTheorySpecs), ...(options.theories ?? [])];
  for (const spec of specs) catalogue.register(spec);
  return catalogue;
}
