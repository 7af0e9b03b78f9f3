import { formatVidbIssue } from '@valueflow/core';
import type { Command } from 'commander';
import { type CliIo, CliError, writeJson } from '../io';
import { checkFormat, readFormats, readPanel } from './vidb-shared';

const help = `
Checks every row and lists each problem as FILE:LINE FIELD: MESSAGE. Exits 1 when any row is
rejected, so it can gate a CI job.

Examples:
  $ valueflow vidb validate panel.csv
  $ valueflow vidb validate ./vidb-filtered --json | jq '.rejects | length'
`;

/** `valueflow vidb validate FILE`: lists rejected rows and warnings; exit 1 on any reject. */
export function registerVidbValidate(vidb: Command, io: CliIo): void {
  vidb
    .command('validate')
    .description('Check a VIDB file or folder row by row; exit 1 when any row is rejected.')
    .argument('<file>', 'VIDB file (.jsonl, .csv) or official release folder')
    .option('--format <format>', `input format (${readFormats.join(', ')}); default from the path`)
    .option('--json', 'print { summary, rejects, warnings } as JSON')
    .addHelpText('after', help)
    .action(async (file: string, options: { format?: string; json?: boolean }) => {
      const result = await readPanel(io, { path: file, format: checkFormat(options.format, readFormats) });
      const { summary } = result;
      if (options.json) {
        writeJson(io, { summary, rejects: result.rejects, warnings: result.warnings });
      } else {
        for (const issue of result.rejects) io.stdout.write(`${formatVidbIssue(issue)}\n`);
        for (const issue of result.warnings) io.stdout.write(`warning: ${formatVidbIssue(issue)}\n`);
        io.stdout.write(
          `${summary.rows} rows in ${summary.files} file${summary.files === 1 ? '' : 's'}: ${summary.accepted} accepted, ${summary.rejected} rejected\n`,
        );
      }
      if (summary.rejected > 0) throw new CliError(`${summary.rejected} rows rejected`);
    });
}
