import { createCatalogue } from './create-catalogue';
import type { ResolveOptions, ValueDefinition } from './types';

/**
 * The shared catalogue with the four built-in theories (pvq, mft, duty, right). Registering a
 * theory here makes it visible to every module that uses the default; prefer `createCatalogue()`
 * when that is not wanted.
 */
export const defaultCatalogue = createCatalogue();

/**
 * Resolves a value name in the default catalogue; see `ValueCatalogue.resolve`.
 *
 * @param name - The value as the user wrote it.
 * @param options.theory - Theory id or alias to look in.
 * @returns The value definition.
 * @throws UnknownValueError, AmbiguousValueError, UnknownTheoryError.
 */
export function resolveValue(name: string, options?: ResolveOptions): ValueDefinition {
  return defaultCatalogue.resolve(name, options);
}

/**
 * The mid-level values of the default catalogue (32 for the built-ins), in catalogue order.
 *
 * @param options.theory - Only this theory.
 * @returns The definitions.
 * @throws UnknownTheoryError when `options.theory` is not registered.
 */
export function midLevelValues(options: { theory?: string } = {}): ValueDefinition[] {
  return defaultCatalogue.values({ theory: options.theory, midLevelOnly: true });
}
