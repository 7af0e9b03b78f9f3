import { open } from 'node:fs/promises';
import { formatVidbCsvRow, formatVidbJsonlLine, vidbCsvColumns } from '../vidb/format-vidb';
import type { VidbRecord } from '../vidb/types';

/** Characters buffered before a write, so a full panel is written in bounded slices. */
const batchCharacters = 1 << 20;

async function writeLines(options: { path: string; header?: string; lines: Iterable<string>; end: string }) {
  const handle = await open(options.path, 'w');
  try {
    let pending = options.header ?? '';
    for (const line of options.lines) {
      pending += line + options.end;
      if (pending.length >= batchCharacters) {
        await handle.write(pending);
        pending = '';
      }
    }
    if (pending !== '') await handle.write(pending);
  } finally {
    await handle.close();
  }
}

function* mapRecords(records: Iterable<VidbRecord>, format: (record: VidbRecord) => string) {
  for (const record of records) yield format(record);
}

/**
 * Writes records as JSONL (see `formatVidbJsonl`), replacing the file. Written in slices, so a
 * full-size panel never becomes one string in memory.
 *
 * @param path - Destination file.
 * @param records - Records in output order.
 */
export async function writeVidbJsonl(path: string, records: Iterable<VidbRecord>): Promise<void> {
  await writeLines({ path, lines: mapRecords(records, formatVidbJsonlLine), end: '\n' });
}

/**
 * Writes records as RFC 4180 CSV with a header (see `formatVidbCsv`), replacing the file.
 *
 * @param path - Destination file.
 * @param records - Records in output order.
 */
export async function writeVidbCsv(path: string, records: Iterable<VidbRecord>): Promise<void> {
  await writeLines({
    path,
    header: `${vidbCsvColumns.join(',')}\r\n`,
    lines: mapRecords(records, formatVidbCsvRow),
    end: '\r\n',
  });
}
