import { VidbReadError } from '../errors/vidb-read-error';
import { canonicalValueId } from '../theories/canonical-value-id';
import type { ValueRef } from '../theories/types';
import { resolveVidbValue } from './resolve-vidb-value';

/**
 * Finds the value an official-release CSV holds from its file name: `{value}_{theory}_flag_aggregated.csv`
 * or just `{value}.csv`. Stems may use `-`, `_` or spaces and any case (`Care_Harm_mft…`,
 * `civil rights.csv`); they are resolved through the value catalogue, so aliases work too.
 *
 * @param fileName - A file name or path (`/` or `\\` separated); only the last part is used.
 * @returns The canonical value reference.
 * @throws {VidbReadError} When the name is not a `.csv` file or names no mid-level value; the
 * message carries the catalogue's "did you mean".
 */
export function resolveOfficialVidbFileName(fileName: string): ValueRef {
  const base = fileName.split(/[/\\]/).pop() ?? fileName;
  if (!/\.csv$/i.test(base)) {
    throw new VidbReadError({
      file: fileName,
      message: 'expected a .csv file named {value}_{theory}_flag_aggregated.csv',
    });
  }
  const stem = canonicalValueId(base.slice(0, -4)).replace(/-flag-aggregated$/, '');
  const whole = resolveVidbValue({ value: stem });
  if (whole.ok) return whole.ref;
  const split = stem.lastIndexOf('-');
  if (split > 0) {
    const withTheory = resolveVidbValue({ value: stem.slice(0, split), theory: stem.slice(split + 1) });
    if (withTheory.ok) return withTheory.ref;
  }
  throw new VidbReadError({
    file: fileName,
    field: 'value',
    message: `the file name names no known value (${whole.message}); expected {value}_{theory}_flag_aggregated.csv or {value}.csv`,
  });
}
