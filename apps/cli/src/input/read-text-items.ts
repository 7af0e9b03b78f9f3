import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One usable JSONL input line: its number, id and text, plus the whole object for command-specific fields. */
export interface TextItem {
  line: number;
  /** The line's `id` (string or number), or its line number when absent. */
  id: string | number;
  text: string;
  fields: Record<string, unknown>;
}

/**
 * Streams `{"id","text",…}` lines for the batch commands (`--in`). A line that is not a JSON object, lacks a
 * non-empty `text` or has a bad `id` becomes a failure naming its line number; `accept` may reject more (its
 * message is reported the same way). Blank lines are skipped. Nothing is dropped silently.
 *
 * @param path a JSONL file
 * @param accept command-specific check of a line's other fields; returns an error message or nothing
 */
export async function readTextItems(
  path: string,
  accept?: (fields: Record<string, unknown>) => string | undefined,
): Promise<{ items: TextItem[]; failures: string[] }> {
  const items: TextItem[] = [];
  const failures: string[] = [];
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let fields: unknown;
    try {
      fields = JSON.parse(line);
    } catch {
      failures.push(`line ${number}: not valid JSON`);
      continue;
    }
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
      failures.push(`line ${number}: expected a JSON object with a "text" field`);
      continue;
    }
    const record = fields as Record<string, unknown>;
    if (typeof record.text !== 'string' || record.text.trim() === '') {
      failures.push(`line ${number}: field "text" must be a non-empty string`);
      continue;
    }
    const id = record.id ?? number;
    if (typeof id !== 'string' && typeof id !== 'number') {
      failures.push(`line ${number}: field "id" must be a string or a number`);
      continue;
    }
    const problem = accept?.(record);
    if (problem) {
      failures.push(`line ${number}: ${problem}`);
      continue;
    }
    items.push({ line: number, id, text: record.text, fields: record });
  }
  return { items, failures };
}
