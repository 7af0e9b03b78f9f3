import { defaultCatalogue, type ReferencePanel, ValueflowError, type ValueRef } from '@valueflow/core';
import { CliError } from '../io';

/** The values one profile scores, and the catalogue values the panel cannot score. */
export interface ProfileSelection {
  values: ValueRef[];
  /** Mid-level values in scope that have no reference texts in the panel (not scored, reported). */
  missing: ValueRef[];
}

const refOf = (value: ValueRef): ValueRef => ({ theory: value.theory, value: value.value });

/**
 * Which values to score: the named ones (`--values`, resolved within `--theory` when given), or
 * every mid-level value of the theory, or of all four theories. Named values the panel has no
 * reference texts for are an error; implied ones are listed in `missing` so the caller can say so.
 *
 * @param options.panel - The reference panel.
 * @param options.theory - Theory id or alias, if any.
 * @param options.values - Value names, if any.
 * @throws CliError (exit 2) for an unknown theory or value, or a named value the panel cannot score.
 */
export function selectProfileValues(options: {
  panel: ReferencePanel;
  theory?: string;
  values?: readonly string[];
}): ProfileSelection {
  const { panel, theory } = options;
  const covered = (value: ValueRef) => panel.records(value).length > 0;
  try {
    if (options.values && options.values.length > 0) {
      const values = options.values.map((name) => refOf(defaultCatalogue.resolve(name, { theory })));
      const uncovered = values.filter((value) => !covered(value));
      if (uncovered.length > 0) {
        throw new CliError(
          `panel ${panel.hash} has no reference texts for ${uncovered.map((value) => `${value.theory}/${value.value}`).join(', ')}; ` +
            'pick values it covers (see `valueflow vidb stats`) or pass another --panel',
          2,
        );
      }
      return { values, missing: [] };
    }
    const scope = defaultCatalogue.values({ theory }).map(refOf);
    return { values: scope.filter(covered), missing: scope.filter((value) => !covered(value)) };
  } catch (error) {
    if (ValueflowError.isInstance(error)) throw new CliError(error.message, 2);
    throw error;
  }
}

/** Splits `a,b, c` into names; an array from a JSONL line is checked to hold only strings. */
export function parseValueList(raw: unknown): string[] | undefined {
  if (raw === undefined) return undefined;
  const list = typeof raw === 'string' ? raw.split(',') : Array.isArray(raw) ? raw : undefined;
  if (!list || list.some((entry) => typeof entry !== 'string')) {
    throw new CliError('"values" must be a list of value names or a comma-separated string', 2);
  }
  return (list as string[]).map((entry) => entry.trim()).filter((entry) => entry !== '');
}
