import { readTextItems } from '../input/read-text-items';
import { parseValueList } from './profile-values';

/** One usable input line of `valueflow profile --in`. */
export interface ProfileItem {
  line: number;
  /** The line's `id`, or its line number when absent. */
  id: string | number;
  text: string;
  /** Values for this line only; the command's selection otherwise. */
  values?: string[];
}

function problemWithValues(fields: Record<string, unknown>): string | undefined {
  try {
    parseValueList(fields.values);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Reads `{"id","text","values"?}` lines (values: an array of names or a comma-separated string). Bad lines come
 * back as failures with their line number, never dropped; blank lines are skipped.
 */
export async function readProfileInput(path: string): Promise<{ items: ProfileItem[]; failures: string[] }> {
  const { items, failures } = await readTextItems(path, problemWithValues);
  return {
    items: items.map(({ line, id, text, fields }) => ({ line, id, text, values: parseValueList(fields.values) })),
    failures,
  };
}
