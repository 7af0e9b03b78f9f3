import { createReadStream } from 'node:fs';
import { VidbReadError } from '../errors/vidb-read-error';
import type { VidbBuildText, VidbBuildWindow } from '../vidb/build-vidb-types';
import { createLineSplitter } from '../vidb/line-splitter';
import type { VidbIssue } from '../vidb/vidb-issue';

/** Builder input read from JSONL files, with every unreadable line reported. */
export interface VidbBuildInput {
  texts: VidbBuildText[];
  windows: VidbBuildWindow[];
  issues: VidbIssue[];
}

/**
 * Reads builder input from JSONL files: text files hold `{id, value, text, theory?, direction?,
 * source?, neutralAnchor?}` per line, window files `{value, ids, order}` per line. Each object
 * gets its file and line so `buildVidb` can report bad texts and windows precisely. Lines that
 * are not JSON objects are reported in `issues`.
 *
 * @param options.texts - Paths of text files.
 * @param options.windows - Paths of window files.
 * @throws {VidbReadError} When a file cannot be read.
 */
export async function readVidbBuildInput(options: { texts: string[]; windows: string[] }): Promise<VidbBuildInput> {
  const issues: VidbIssue[] = [];
  const texts: VidbBuildText[] = [];
  const windows: VidbBuildWindow[] = [];
  for (const file of options.texts) {
    await readObjects({
      file,
      issues,
      onObject: (object, line) => texts.push({ ...object, file, line } as VidbBuildText),
    });
  }
  for (const file of options.windows) {
    await readObjects({
      file,
      issues,
      onObject: (object, line) => windows.push({ ...object, file, line } as VidbBuildWindow),
    });
  }
  return { texts, windows, issues };
}

async function readObjects(options: {
  file: string;
  issues: VidbIssue[];
  onObject: (object: Record<string, unknown>, line: number) => void;
}): Promise<void> {
  const { file, issues } = options;
  const splitter = createLineSplitter();
  const onLine = (text: string, line: number) => {
    if (text.trim() === '') return;
    try {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        issues.push({ file, line, message: 'expected a JSON object' });
      } else options.onObject(parsed as Record<string, unknown>, line);
    } catch (error) {
      issues.push({ file, line, message: `not valid JSON (${(error as Error).message})` });
    }
  };
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' })) splitter.push(chunk as string, onLine);
  } catch (error) {
    throw new VidbReadError({ file, message: `cannot read: ${(error as Error).message}`, cause: error });
  }
  splitter.end(onLine);
}
