import { formatVidbCsv, formatVidbJsonl } from '@valueflow/core';
import { writeVidbCsv, writeVidbJsonl } from '@valueflow/core/node';
import type { Command } from 'commander';
import type { CliIo } from '../io';
import { checkFormat, failOnRejects, printIssues, readFormats, readPanel, resolvePath } from './vidb-shared';

const writeFormats = ['jsonl', 'csv'] as const;

const help = `
Writes a VIDB as JSONL or CSV, to stdout unless --out is given.

Examples:
  $ valueflow vidb export vidb.jsonl --format csv > vidb.csv
  $ valueflow vidb export ./vidb-filtered --format jsonl --out vidb.jsonl
`;

/** `valueflow vidb export FILE --format jsonl|csv [--out FILE]`. */
export function registerVidbExport(vidb: Command, io: CliIo): void {
  vidb
    .command('export')
    .description('Write a VIDB as JSONL or CSV (stdout by default).')
    .argument('<file>', 'VIDB file (.jsonl, .csv) or official release folder')
    .requiredOption('--format <format>', `output format (${writeFormats.join(', ')})`)
    .option('--in-format <format>', `input format (${readFormats.join(', ')}); default from the path`)
    .option('--out <file>', 'file to write instead of stdout')
    .addHelpText('after', help)
    .action(async (file: string, options: { format: string; inFormat?: string; out?: string }) => {
      const format = checkFormat(options.format, writeFormats)!;
      const result = await readPanel(io, { path: file, format: checkFormat(options.inFormat, readFormats) });
      printIssues(io, { issues: result.rejects, label: 'rejected', limit: 20 });
      if (options.out) {
        const write = format === 'csv' ? writeVidbCsv : writeVidbJsonl;
        await write(resolvePath(io, options.out), result.records);
        io.stderr.write(`wrote ${result.records.length} records to ${options.out}\n`);
      } else {
        io.stdout.write(format === 'csv' ? formatVidbCsv(result.records) : formatVidbJsonl(result.records));
      }
      failOnRejects(result);
    });
}
