import { createReferenceDb } from '@valueflow/core';
import { writeVidbJsonl } from '@valueflow/core/node';
import type { Command } from 'commander';
import { type CliIo, writeJson } from '../io';
import { checkFormat, failOnRejects, printIssues, readFormats, readPanel, resolvePath } from './vidb-shared';

const help = `
Converts a VIDB in any supported layout to valueflow's JSONL. Rejected rows are listed on stderr
and the command exits 1, but the accepted rows are still written.

Examples:
  $ valueflow vidb import ./vidb-filtered --out vidb.jsonl
  $ valueflow vidb import ratings.csv --format official --out benevolence.jsonl
`;

/** `valueflow vidb import PATH --out FILE.jsonl`: any layout → JSONL. */
export function registerVidbImport(vidb: Command, io: CliIo): void {
  vidb
    .command('import')
    .description('Convert a JSONL, CSV or official release VIDB to valueflow JSONL.')
    .argument('<path>', 'VIDB file or official release folder')
    .requiredOption('--out <file>', 'JSONL file to write')
    .option('--format <format>', `input format (${readFormats.join(', ')}); default from the path`)
    .option('--json', 'print { out, records, panel, summary } as JSON when done')
    .addHelpText('after', help)
    .action(async (path: string, options: { out: string; format?: string; json?: boolean }) => {
      const result = await readPanel(io, { path, format: checkFormat(options.format, readFormats) });
      printIssues(io, { issues: result.rejects, label: 'rejected', limit: 20 });
      printIssues(io, { issues: result.warnings, label: 'warning', limit: 20 });
      const db = createReferenceDb(result.records);
      await writeVidbJsonl(resolvePath(io, options.out), result.records);
      if (options.json) {
        writeJson(io, { out: options.out, records: result.records.length, panel: db.hash, summary: result.summary });
      } else io.stderr.write(`wrote ${result.records.length} records to ${options.out} (panel ${db.hash})\n`);
      failOnRejects(result);
    });
}
