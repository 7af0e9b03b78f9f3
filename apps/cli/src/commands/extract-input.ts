import { readFile } from 'node:fs/promises';

/** One usable input line of `valueflow extract --in`. */
export interface ExtractItem {
  line: number;
  /** The line's `id` as given (string or number); the line number when absent. */
  id: string | number;
  text: string;
}

/**
 * Reads `{"id","text"}` lines. Bad lines are returned as failures with their line number, never
 * dropped silently; blank lines are skipped.
 *
 * @param path - A JSONL file.
 * @returns Usable items and failure messages.
 */
export async function readExtractInput(path: string): Promise<{ items: ExtractItem[]; failures: string[] }> {
  const items: ExtractItem[] = [];
  const failures: string[] = [];
  (await readFile(path, 'utf8')).split(/\r?\n/).forEach((line, index) => {
    const number = index + 1;
    if (line.trim() === '') return;
    let parsed: { id?: unknown; text?: unknown };
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
    items.push({ line: number, id, text: parsed.text });
  });
  return { items, failures };
}
