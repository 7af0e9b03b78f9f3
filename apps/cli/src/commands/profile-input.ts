import { readFile } from 'node:fs/promises';
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

/**
 * Reads `{"id","text","values"?}` lines (values: an array of names or a comma-separated string).
 * Bad lines come back as failures with their line number, never dropped; blank lines are skipped.
 *
 * @param path - A JSONL file.
 * @returns Usable items and failure messages.
 */
export async function readProfileInput(path: string): Promise<{ items: ProfileItem[]; failures: string[] }> {
  const items: ProfileItem[] = [];
  const failures: string[] = [];
  (await readFile(path, 'utf8')).split(/\r?\n/).forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === '') return;
    let parsed: { id?: unknown; text?: unknown; values?: unknown };
    try {
      parsed = JSON.parse(line);
    } catch {
      failures.push(`line ${number}: not valid JSON`);
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || typeof parsed.text !== 'string' || parsed.text.trim() === '') {
      failures.push(`line ${number}: field "text" must be a non-empty string`);
      return;
    }
    const id = parsed.id ?? number;
    if (typeof id !== 'string' && typeof id !== 'number') {
      failures.push(`line ${number}: field "id" must be a string or a number`);
      return;
    }
    let values: string[] | undefined;
    try {
      values = parseValueList(parsed.values);
    } catch (error) {
      failures.push(`line ${number}: ${(error as Error).message}`);
      return;
    }
    items.push({ line: number, id, text: parsed.text, values });
  });
  return { items, failures };
}
