import { buildVidb, createReferenceDb, formatVidbIssue } from '@valueflow/core';
import { readVidbBuildInput, writeVidbJsonl } from '@valueflow/core/node';
import type { Command } from 'commander';
import { type CliIo, CliError, writeJson } from '../io';
import { createProgress } from '../progress';
import { resolvePath } from './vidb-shared';

const help = `
Fits Plackett–Luce utilities per value from judged windows and calibrates them onto [-10, 10]:
zero at the median of the neutral anchors (texts with "neutralAnchor": true), ±10 at the mean of
the most extreme 5% of texts on each side (more extreme texts clip at ±10).

Texts file lines:   {"id":"b1","value":"benevolence","text":"…"}  or  {"id":"n1","text":"…","neutralAnchor":true}
Windows file lines: {"value":"benevolence","ids":["b1","n1","b7"],"order":["b7","n1","b1"]}  (most supportive first)

Exits 1 when a text or window was rejected (the records are still written).

Examples:
  $ valueflow vidb build --texts texts.jsonl --windows windows.jsonl --out vidb.jsonl
  $ valueflow vidb build --texts a.jsonl,anchors.jsonl --windows w1.jsonl,w2.jsonl --out vidb.jsonl --json
`;

const splitList = (list: string) =>
  list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** `valueflow vidb build --texts … --windows … --out FILE`. */
export function registerVidbBuild(vidb: Command, io: CliIo): void {
  vidb
    .command('build')
    .description('Build a VIDB from texts and judged ranking windows (Plackett–Luce + calibration).')
    .requiredOption('--texts <files>', 'comma-separated JSONL files of texts and neutral anchors')
    .requiredOption('--windows <files>', 'comma-separated JSONL files of judged windows')
    .requiredOption('--out <file>', 'JSONL file to write')
    .option('--include-anchors', 'also emit neutral anchors as records of each value')
    .option('--json', 'print the build report as JSON')
    .addHelpText('after', help)
    .action(
      async (options: { texts: string; windows: string; out: string; includeAnchors?: boolean; json?: boolean }) => {
        const input = await readVidbBuildInput({
          texts: splitList(options.texts).map((path) => resolvePath(io, path)),
          windows: splitList(options.windows).map((path) => resolvePath(io, path)),
        });
        let progress: ReturnType<typeof createProgress> | undefined;
        const { records, report } = buildVidb({
          texts: input.texts,
          windows: input.windows,
          includeNeutralAnchors: options.includeAnchors,
          onProgress: ({ total }) => {
            progress ??= createProgress(io, { total, label: 'fit' });
            progress.increment();
          },
        });
        progress?.stop();
        const issues = [...input.issues, ...report.issues];
        await writeVidbJsonl(resolvePath(io, options.out), records);
        const panel = createReferenceDb(records).hash;
        if (options.json) {
          writeJson(io, { panel, ...report, issues });
        } else {
          for (const value of report.values) {
            io.stdout.write(
              `${value.theory}/${value.value}: ${value.records} records from ${value.windows} windows` +
                `${value.notes.length > 0 ? ` (${value.notes.join('; ')})` : ''}\n`,
            );
          }
          io.stdout.write(`wrote ${records.length} records to ${options.out} (panel ${panel})\n`);
        }
        for (const issue of issues) io.stderr.write(`rejected: ${formatVidbIssue(issue)}\n`);
        if (issues.length > 0) throw new CliError(`${issues.length} problem(s) in the build input (listed above)`);
      },
    );
}
