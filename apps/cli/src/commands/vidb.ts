import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerVidbBuild } from './vidb-build';
import { registerVidbExport } from './vidb-export';
import { registerVidbImport } from './vidb-import';
import { registerVidbStats } from './vidb-stats';
import { registerVidbValidate } from './vidb-validate';

const help = `
A VIDB (value intensity database) holds reference texts with calibrated intensities in [-10, 10]
per value; the evaluator ranks a text against them.

Examples:
  $ valueflow vidb validate ./vidb-filtered
  $ valueflow vidb import ./vidb-filtered --out vidb.jsonl
  $ valueflow vidb stats vidb.jsonl
`;

/** `valueflow vidb …`: inspect, check, convert and build reference panels. */
export function registerVidb(program: Command, io: CliIo): void {
  const vidb = program
    .command('vidb')
    .description('Inspect, validate, convert and build reference panels (VIDB).')
    .addHelpText('after', help);
  registerVidbStats(vidb, io);
  registerVidbValidate(vidb, io);
  registerVidbImport(vidb, io);
  registerVidbExport(vidb, io);
  registerVidbBuild(vidb, io);
}
