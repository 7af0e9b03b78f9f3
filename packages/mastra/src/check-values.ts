import { InvalidArgumentError, type ValueRef } from '@valueflow/core';

/**
 * Validates a list of values when a scorer is created.
 *
 * @param values - Value names or refs.
 * @param argument - The option name for the error message.
 * @returns The same list.
 * @throws InvalidArgumentError when the list is empty or an entry is neither a non-empty string nor a `{theory, value}` ref.
 */
export function checkValues(values: unknown, argument = 'values'): Array<string | ValueRef> {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InvalidArgumentError({
      argument,
      message: 'expected a non-empty array of value names, e.g. ["care-harm"].',
    });
  }
  values.forEach((entry, index) => {
    const valid =
      (typeof entry === 'string' && entry.trim() !== '') ||
      (typeof entry === 'object' &&
        entry !== null &&
        typeof entry.theory === 'string' &&
        typeof entry.value === 'string');
    if (!valid) {
      throw new InvalidArgumentError({
        argument: `${argument}[${index}]`,
        message: `expected a value name or { theory, value }, got ${JSON.stringify(entry)}.`,
      });
    }
  });
  return values as Array<string | ValueRef>;
}
