import { resolveOfficialVidbFileName } from './resolve-official-vidb-file-name';
import { createVidbCollector } from './vidb-collector';
import { createVidbCsvFeeder } from './vidb-csv-feeder';
import type { VidbReadResult } from './vidb-issue';
import { createVidbJsonlFeeder } from './vidb-jsonl-feeder';

/** A VIDB text format: JSONL records, CSV with record columns, or one official-release CSV. */
export type VidbTextFormat = 'jsonl' | 'csv' | 'official';

/**
 * Parses VIDB content already in memory (a browser upload, a test fixture). Same rules as the
 * file readers in `@valueflow/core/node`: every row is accepted or rejected with its line and
 * field, duplicate ids are rejected, extra fields and empty input produce warnings.
 *
 * @param text - File content.
 * @param options.format - `jsonl`, `csv` (record columns) or `official` (`text` and
 * `final_rating`; the value comes from `options.file`).
 * @param options.file - File name for issues; required for `official`.
 * @throws {VidbReadError} When CSV columns are missing or the official file name names no value.
 */
export function parseVidbText(text: string, options: { format: VidbTextFormat; file?: string }): VidbReadResult {
  const collector = createVidbCollector();
  collector.beginFile(options.file);
  const file = options.file ?? '<text>';
  const feeder =
    options.format === 'jsonl'
      ? createVidbJsonlFeeder(collector)
      : createVidbCsvFeeder({
          collector,
          file,
          layout: options.format === 'csv' ? 'generic' : { official: resolveOfficialVidbFileName(file) },
        });
  feeder.push(text);
  feeder.end();
  collector.endFile();
  return collector.result();
}
