import { VidbReadError } from '../errors/vidb-read-error';
import type { ValueRef } from '../theories/types';
import { type CsvRow, createCsvParser } from './csv-parser';
import { parseDecimal } from './validate-vidb-record';
import type { VidbCollector } from './vidb-collector';
import type { VidbFeeder } from './vidb-jsonl-feeder';

/** Options of {@link createVidbCsvFeeder}. */
export interface VidbCsvFeederOptions {
  collector: VidbCollector;
  /** Named in errors; for the official layout also the record `source`. */
  file: string;
  /**
   * `generic`: columns named after record fields (`id`, `value`, `text`, `intensity`, optional
   * `theory`, `direction`, `source`). An object: the official release layout, where the file holds
   * one value's rows with `text` and `final_rating`, and ids are `{value}-{row}`.
   */
  layout: 'generic' | { official: ValueRef };
  /** Record `source` for the official layout (default: the last part of `file`). */
  source?: string;
}

const genericRequired = ['id', 'value', 'text', 'intensity'];
const genericOptional = ['theory', 'direction', 'source'];
const officialRequired = ['text', 'final_rating'];

/**
 * Feeds CSV text into a collector, mapping columns by header name (case and surrounding spaces
 * ignored). Extra columns are reported once as a warning and left out of the records.
 *
 * @param options - Collector, file name and layout; see {@link VidbCsvFeederOptions}.
 * @throws {VidbReadError} From `push`/`end` when the header lacks required columns (all missing
 * columns are named) or repeats a column.
 */
export function createVidbCsvFeeder(options: VidbCsvFeederOptions): VidbFeeder {
  const { collector, file, layout } = options;
  const parser = createCsvParser();
  let columns: string[] | undefined;
  let dataRows = 0;
  const official = layout === 'generic' ? undefined : layout.official;

  const readHeader = (row: CsvRow) => {
    const names = row.fields.map((name) => name.trim().toLowerCase());
    const required = official ? officialRequired : genericRequired;
    const known = official ? officialRequired : [...genericRequired, ...genericOptional];
    const repeated = names.filter((name, index) => name !== '' && names.indexOf(name) !== index);
    if (repeated.length > 0) {
      throw new VidbReadError({ file, line: row.line, message: `the header repeats column ${quoteAll(repeated)}` });
    }
    const missing = required.filter((name) => !names.includes(name));
    if (missing.length > 0) {
      const hint =
        !official && names.includes('final_rating') && names.includes('text')
          ? ' This looks like the official release layout: use format "official" or pass its folder.'
          : '';
      throw new VidbReadError({
        file,
        line: row.line,
        field: missing[0],
        message: `missing required column${missing.length === 1 ? '' : 's'} ${quoteAll(missing)}; the header has ${quoteAll(names)}.${hint}`,
      });
    }
    const extra = names.filter((name) => !known.includes(name));
    if (extra.length > 0) {
      collector.warn({
        line: row.line,
        field: extra[0],
        message: `column${extra.length === 1 ? '' : 's'} ${quoteAll(extra)} ${extra.length === 1 ? 'is' : 'are'} not part of the VIDB record and ${extra.length === 1 ? 'was' : 'were'} ignored`,
      });
    }
    columns = names;
  };

  const readRow = (row: CsvRow) => {
    dataRows++;
    if (row.problem) {
      collector.rejectRow({ line: row.line, message: `malformed CSV: ${row.problem}` });
      return;
    }
    const names = columns!;
    if (row.fields.length !== names.length) {
      collector.rejectRow({
        line: row.line,
        message: `expected ${names.length} fields as in the header, got ${row.fields.length}`,
      });
      return;
    }
    const raw: Record<string, string> = {};
    for (let index = 0; index < names.length; index++) raw[names[index]] = row.fields[index];
    if (official) {
      collector.addRow(
        {
          id: `${official.value}-${dataRows}`,
          theory: official.theory,
          value: official.value,
          text: raw.text,
          intensity: toNumber(raw.final_rating),
          source: options.source ?? file.split(/[/\\]/).pop(),
        },
        row.line,
      );
      return;
    }
    // Keep only schema columns so extra ones, already reported, do not warn on every row; typed
    // cells let well-formed rows take the validator's fast path.
    const mapped: Record<string, unknown> = {
      id: raw.id,
      value: raw.value,
      text: raw.text,
      intensity: toNumber(raw.intensity),
    };
    if (raw.theory) mapped.theory = raw.theory;
    if (raw.direction) mapped.direction = toNumber(raw.direction);
    if (raw.source) mapped.source = raw.source;
    collector.addRow(mapped, row.line);
  };

  const handle = (rows: CsvRow[]) => {
    for (const row of rows) {
      if (columns) readRow(row);
      else readHeader(row);
    }
  };
  return {
    push: (chunk) => handle(parser.push(chunk)),
    end: () => handle(parser.end()),
  };
}

/** A numeric cell as a number; anything else stays a string for the validator to report. */
function toNumber(cell: string | undefined): number | string | undefined {
  if (cell === undefined) return undefined;
  const number = parseDecimal(cell);
  return Number.isNaN(number) ? cell : number;
}

function quoteAll(names: string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}
