import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { VidbReadError } from '../errors/vidb-read-error';
import type { ValueRef } from '../theories/types';
import type { VidbTextFormat } from '../vidb/parse-vidb-text';
import { resolveOfficialVidbFileName } from '../vidb/resolve-official-vidb-file-name';
import { type VidbCollector, createVidbCollector } from '../vidb/vidb-collector';
import { createVidbCsvFeeder } from '../vidb/vidb-csv-feeder';
import type { VidbReadResult } from '../vidb/vidb-issue';
import { type VidbFeeder, createVidbJsonlFeeder } from '../vidb/vidb-jsonl-feeder';

/** Options of {@link readVidbFile}. */
export interface ReadVidbFileOptions {
  /** Overrides the format chosen from the extension; `official` reads a single release CSV. */
  format?: VidbTextFormat;
  /** Stops reading between chunks. */
  signal?: AbortSignal;
}

/** Bytes per read; large chunks keep per-chunk overhead low, and memory stays one chunk. */
const chunkBytes = 1 << 20;

/**
 * Reads a VIDB from disk, streaming, so a full-size panel costs its records and one chunk of
 * memory. The format comes from the path: `.jsonl`/`.ndjson` (one record per line), `.csv`
 * (record columns), or a directory in the official release layout (one `{value}_{theory}_flag_aggregated.csv`
 * or `{value}.csv` per value with `text` and `final_rating`; other files are reported as warnings).
 *
 * Every row is accepted or rejected with file, line and field; duplicate ids are rejected; nothing
 * is clamped or dropped silently. Pass `records` to `createReferenceDb` to query them.
 *
 * @param path - A file or a folder.
 * @param options - Format override and abort signal; see {@link ReadVidbFileOptions}.
 * @returns Records, rejects, warnings and a summary whose `rows` equals `accepted + rejected`.
 * @throws {VidbReadError} When the path is missing, the extension unknown, required CSV columns
 * are missing, or an official file name names no value (or two files name the same value).
 */
export async function readVidbFile(path: string, options: ReadVidbFileOptions = {}): Promise<VidbReadResult> {
  const info = await stat(path).catch((error: unknown) => {
    throw new VidbReadError({ file: path, message: `cannot read: ${(error as Error).message}`, cause: error });
  });
  const collector = createVidbCollector();
  if (info.isDirectory()) {
    await readOfficialFolder({ folder: path, collector, signal: options.signal });
    return collector.result();
  }
  const format = options.format ?? formatOf(path);
  collector.beginFile(path);
  const feeder =
    format === 'jsonl'
      ? createVidbJsonlFeeder(collector)
      : createVidbCsvFeeder({
          collector,
          file: path,
          layout: format === 'csv' ? 'generic' : { official: resolveOfficialVidbFileName(path) },
          source: basename(path),
        });
  await streamInto({ path, feeder, signal: options.signal });
  collector.endFile();
  return collector.result();
}

function formatOf(path: string): VidbTextFormat {
  const extension = extname(path).toLowerCase();
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.csv') return 'csv';
  throw new VidbReadError({
    file: path,
    message: `cannot tell the format from "${extension || 'no extension'}"; expected .jsonl, .csv or a folder of official CSVs (or pass a format)`,
  });
}

async function streamInto(options: { path: string; feeder: VidbFeeder; signal?: AbortSignal }): Promise<void> {
  const stream = createReadStream(options.path, {
    encoding: 'utf8',
    highWaterMark: chunkBytes,
    signal: options.signal,
  });
  try {
    for await (const chunk of stream) options.feeder.push(chunk as string);
  } catch (error) {
    if (VidbReadError.isInstance(error) || (error as Error).name === 'AbortError') throw error;
    throw new VidbReadError({ file: options.path, message: `cannot read: ${(error as Error).message}`, cause: error });
  }
  options.feeder.end();
}

async function readOfficialFolder(options: { folder: string; collector: VidbCollector; signal?: AbortSignal }) {
  const { folder, collector } = options;
  const entries = (await readdir(folder, { withFileTypes: true })).sort((left, right) =>
    left.name < right.name ? -1 : left.name > right.name ? 1 : 0,
  );
  const files: { path: string; ref: ValueRef }[] = [];
  const ignored: string[] = [];
  const unknown: string[] = [];
  const owners = new Map<string, string>();
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.csv')) {
      if (!entry.name.startsWith('.')) ignored.push(entry.name);
      continue;
    }
    const path = join(folder, entry.name);
    try {
      const ref = resolveOfficialVidbFileName(path);
      const key = `${ref.theory}/${ref.value}`;
      const owner = owners.get(key);
      if (owner) {
        throw new VidbReadError({
          file: path,
          message: `holds value "${ref.value}" like ${owner}; keep one file per value`,
        });
      }
      owners.set(key, entry.name);
      files.push({ path, ref });
    } catch (error) {
      if (!VidbReadError.isInstance(error) || (error as VidbReadError).field !== 'value') throw error;
      unknown.push(error.message);
    }
  }
  if (unknown.length > 0) {
    throw new VidbReadError({
      file: folder,
      field: 'value',
      message: `file names name no known value:\n  ${unknown.join('\n  ')}`,
    });
  }
  if (files.length === 0) {
    throw new VidbReadError({
      file: folder,
      message: 'no CSV files; expected one {value}_{theory}_flag_aggregated.csv per value',
    });
  }
  for (const file of files) {
    collector.beginFile(file.path);
    const feeder = createVidbCsvFeeder({
      collector,
      file: file.path,
      layout: { official: file.ref },
      source: basename(file.path),
    });
    await streamInto({ path: file.path, feeder, signal: options.signal });
    collector.endFile();
  }
  if (ignored.length > 0) {
    collector.warn({
      file: folder,
      message: `ignored ${ignored.length} entr${ignored.length === 1 ? 'y' : 'ies'} that are not CSV files: ${ignored.join(', ')}`,
    });
  }
}
