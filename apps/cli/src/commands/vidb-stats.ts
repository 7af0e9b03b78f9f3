import { createReferenceDb, type ReferenceDb } from '@valueflow/core';
import { computeSeedQuality, loadSeedVidb, type SeedValueQuality } from '@valueflow/core/node';
import type { Command } from 'commander';
import { type CliIo, writeJson } from '../io';
import { checkFormat, printIssues, readFormats, readPanel } from './vidb-shared';

const help = `
Prints how many reference texts each value has and how they spread over [-10, 10], plus the
panel hash that scores cite. Without FILE, describes the seed panel shipped with valueflow,
with its quality checks (Spearman against the levels its texts were written for, bins, balance,
agreement between its two annotators; field "quality" in --json).
Rejected rows are counted on stderr (see \`vidb validate\`).

Examples:
  $ valueflow vidb stats
  $ valueflow vidb stats panel.jsonl
  $ valueflow vidb stats ./vidb-filtered --json | jq '.values[] | select(.count < 100)'
`;

/** `valueflow vidb stats [FILE]`: per-value counts, ranges and intensity bins. */
export function registerVidbStats(vidb: Command, io: CliIo): void {
  vidb
    .command('stats')
    .description('Summarise a reference panel: per value count, min, max and intensity bins.')
    .argument('[file]', 'VIDB file (.jsonl, .csv) or official release folder; default: the seed panel')
    .option('--format <format>', `input format (${readFormats.join(', ')}); default from the path`)
    .option('--json', 'print one JSON object')
    .addHelpText('after', help)
    .action(async (file: string | undefined, options: { format?: string; json?: boolean }) => {
      let db: ReferenceDb;
      let quality: SeedValueQuality[] | undefined;
      if (file === undefined) {
        db = await loadSeedVidb();
        // The seed panel keeps the level each text was written for, so its build can be checked against it.
        quality = computeSeedQuality({ panel: db });
      } else {
        const result = await readPanel(io, { path: file, format: checkFormat(options.format, readFormats) });
        db = createReferenceDb(result.records);
        if (result.summary.rejected > 0) {
          io.stderr.write(
            `${result.summary.rejected} rows rejected; run \`valueflow vidb validate ${file}\` for details\n`,
          );
        }
        printIssues(io, { issues: result.warnings, label: 'warning', limit: 5 });
      }
      const values = db
        .stats()
        .map(({ theory, value, count, min, max, bins }) => ({ theory, value, count, min, max, bins }));
      if (options.json) {
        writeJson(io, { panel: db.hash, values, total: db.size, ...(quality ? { quality } : {}) });
        return;
      }
      io.stdout.write(`panel ${db.hash}: ${db.size} records in ${values.length} values\n`);
      const header = ['theory', 'value', 'count', 'min', 'max', '<=-6', '(-6,-2]', '(-2,2)', '[2,6)', '>=6'];
      const rows = values.map((entry) => [
        entry.theory,
        entry.value,
        String(entry.count),
        entry.min.toFixed(2),
        entry.max.toFixed(2),
        ...Object.values(entry.bins).map(String),
      ]);
      const widths = header.map((name, column) => Math.max(name.length, ...rows.map((row) => row[column].length)));
      for (const row of [header, ...rows]) {
        io.stdout.write(
          `${row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ')}\n`,
        );
      }
      if (quality) {
        const spearmen = quality.map((entry) => entry.spearman);
        const agreements = quality.flatMap((entry) => (entry.agreement === null ? [] : [entry.agreement]));
        io.stdout.write(
          `\nseed quality: Spearman(intended level, intensity) ${Math.min(...spearmen).toFixed(3)}–${Math.max(...spearmen).toFixed(3)}; ` +
            `fewest texts in a bin ${Math.min(...quality.flatMap((entry) => entry.bins))}; ` +
            `annotator agreement ${Math.min(...agreements).toFixed(3)}–${Math.max(...agreements).toFixed(3)}\n`,
        );
      }
    });
}
