import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { VidbReadError } from '../errors/vidb-read-error';
import { createReferenceDb, type ReferenceDb } from '../vidb/create-reference-db';
import { formatVidbIssue } from '../vidb/vidb-issue';
import { readVidbFile } from './read-vidb-file';

/** Where the seed panel ships: `data/seed-vidb.jsonl` in the package (same path from `src/node` and `dist/node`). */
export const seedVidbPath = fileURLToPath(new URL('../../data/seed-vidb.jsonl', import.meta.url));

let cached: Promise<ReferenceDb> | undefined;

/**
 * Loads the project's own reference panel: texts written for all 32 values, ranked in windows by two
 * annotators and calibrated with Plackett–Luce (see `data/README.md`). Loaded once per process.
 *
 * @throws VidbReadError when the shipped file is missing or has a bad row (a broken install)
 * @example
 * const panel = await loadSeedVidb();
 * console.log(panel.hash, panel.size);
 */
export function loadSeedVidb(): Promise<ReferenceDb> {
  cached ??= (async () => {
    if (!existsSync(seedVidbPath)) {
      throw new VidbReadError({
        file: seedVidbPath,
        message: 'the seed panel file is missing; reinstall @valueflow/core',
      });
    }
    const result = await readVidbFile(seedVidbPath);
    if (result.rejects.length > 0) {
      throw new VidbReadError({
        file: seedVidbPath,
        message: `the seed panel has bad rows: ${result.rejects.slice(0, 3).map(formatVidbIssue).join('; ')}`,
      });
    }
    return createReferenceDb(result.records);
  })();
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
