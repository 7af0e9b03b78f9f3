/**
 * Turns any spelling of a value or theory name into its canonical id, so that `Care/Harm`,
 * `care_harm` and `care-harm` are one key. Lowercases and trims; every run of `-`, `/`, `_` or
 * whitespace becomes one `-`; separators around a `:` qualifier (`benevolence : caring`) and at
 * either end are dropped. The `:` of PVQ sub-values is kept because it is part of the theory's naming.
 *
 * @param name - A value id, alias or display name, in any spelling.
 * @returns The canonical id; an empty string when `name` holds no letters, digits or `:`.
 */
export function canonicalValueId(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[-/_\s]+/g, '-')
    .replace(/-*:-*/g, ':')
    .replace(/^-+|-+$/g, '');
}
