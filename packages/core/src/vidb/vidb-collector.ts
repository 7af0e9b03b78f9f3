import { createIdIndex } from './create-id-index';
import type { VidbRecord } from './types';
import { adoptWellFormedRecord, validateVidbRecord } from './validate-vidb-record';
import type { VidbIssue, VidbReadResult } from './vidb-issue';

/**
 * Accumulates rows from one or more files into a {@link VidbReadResult}: validates each row,
 * rejects repeated ids (naming where the id was first seen) and turns fields outside the schema
 * into one warning per field and file. Every row ends up accepted or rejected, never dropped.
 */
export interface VidbCollector {
  /** Starts the rows of a file; `file` is copied into every issue. */
  beginFile(file?: string): void;
  /** Validates a raw row (parsed JSON object or mapped CSV row) found at `line`. */
  addRow(raw: unknown, line: number): void;
  /** Counts a row that could not even be parsed as rejected, with its issue. */
  rejectRow(issue: VidbIssue): void;
  /** Records a warning; `file` defaults to the current file. */
  warn(issue: VidbIssue): void;
  /** Closes the current file: reports ignored fields and an empty file. */
  endFile(): void;
  result(): VidbReadResult;
}

const schemaFields = new Set(['id', 'theory', 'value', 'text', 'intensity', 'direction', 'source']);

/** Creates an empty collector; see {@link VidbCollector}. */
export function createVidbCollector(): VidbCollector {
  const records: VidbRecord[] = [];
  const rejects: VidbIssue[] = [];
  const warnings: VidbIssue[] = [];
  const idIndex = createIdIndex((index) => records[index].id);
  const fileStarts: { file?: string; start: number }[] = [];
  let lines = new Uint32Array(1024);
  let file: string | undefined;
  let files = 0;
  let rows = 0;
  let fileRows = 0;
  let unknownFields = new Map<string, { count: number; line: number }>();

  const locate = (index: number): string => {
    let owner = fileStarts[0];
    for (const entry of fileStarts) if (entry.start <= index) owner = entry;
    const line = lines[index];
    return owner?.file ? `${owner.file}:${line}` : `line ${line}`;
  };

  const noteUnknownFields = (row: Record<string, unknown>, line: number) => {
    for (const key in row) {
      if (schemaFields.has(key)) continue;
      const seen = unknownFields.get(key);
      if (seen) seen.count++;
      else unknownFields.set(key, { count: 1, line });
    }
  };

  return {
    beginFile(name) {
      file = name;
      files++;
      fileRows = 0;
      unknownFields = new Map();
      fileStarts.push({ file: name, start: records.length });
    },
    addRow(raw, line) {
      rows++;
      fileRows++;
      let record =
        typeof raw === 'object' && raw !== null ? adoptWellFormedRecord(raw as Record<string, unknown>) : undefined;
      if (record === undefined) {
        const validation = validateVidbRecord(raw, { file, line });
        if (!validation.ok) {
          for (const issue of validation.issues) rejects.push(issue);
          return;
        }
        record = validation.record;
        noteUnknownFields(raw as Record<string, unknown>, line);
      }
      const previous = idIndex.add(record.id, records.length);
      if (previous >= 0) {
        rejects.push({
          file,
          line,
          field: 'id',
          message: `duplicate id "${record.id}", first used at ${locate(previous)}`,
        });
        return;
      }
      const index = records.length;
      if (index === lines.length) {
        const grown = new Uint32Array(lines.length * 2);
        grown.set(lines);
        lines = grown;
      }
      lines[index] = line;
      records.push(record);
    },
    rejectRow(issue) {
      rows++;
      fileRows++;
      rejects.push({ file, ...issue });
    },
    warn(issue) {
      warnings.push({ file, ...issue });
    },
    endFile() {
      for (const [field, seen] of unknownFields) {
        warnings.push({
          file,
          line: seen.line,
          field,
          message: `"${field}" is not a VIDB record field and was ignored in ${seen.count} row${seen.count === 1 ? '' : 's'} (first on line ${seen.line})`,
        });
      }
      unknownFields = new Map();
      if (fileRows === 0) warnings.push({ file, message: 'no data rows: the file holds no records' });
    },
    result() {
      const rejectedRows = rows - records.length;
      return { records, rejects, warnings, summary: { files, rows, accepted: records.length, rejected: rejectedRows } };
    },
  };
}
