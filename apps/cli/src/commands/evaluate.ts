import { createWriteStream } from 'node:fs';
import { createEvaluator, nearestAnchors, type ValueScore } from '@valueflow/core';
import type { Command } from 'commander';
import { readTextItems } from '../input/read-text-items';
import { type CliIo, CliError, writeJson } from '../io';
import { createJudge } from '../options/create-judge';
import {
  addEvaluatorOptions,
  type EvaluatorFlags,
  evaluatorSettings,
  withJudgeDefaults,
} from '../options/evaluator-settings';
import { loadPanel } from '../options/load-panel';
import { settingsHelp } from '../options/settings-help';
import { createProgress } from '../progress';
import { resolvePath } from './vidb-shared';

const help = `
Scores how strongly a text supports (+) or opposes (−) a value on [-10, 10]: a judge ranks the text
among reference texts of known intensity and a Plackett–Luce estimate turns the rankings into an
intensity with an uncertainty interval.

Input lines for --in: {"id","text","value"} (value: id or alias; "theory" optional; --value is the
default for lines without one). Output lines: {"id","value","theory","intensity","interval","level",
"windows","judgeCalls","panel"}. Failures are counted in a summary on stderr; exit code 1 if any.

Examples:
  $ valueflow evaluate --value benevolence --text "I drove my neighbour to her chemo appointments."
  $ valueflow evaluate --value care/harm --in replies.jsonl --out scores.jsonl
  $ OPENAI_BASE_URL=http://127.0.0.1:11434/v1 valueflow evaluate --model llama3.1 --value power --text "…" --json
`;

interface EvaluateOptions extends EvaluatorFlags {
  value?: string;
  theory?: string;
  text?: string;
  in?: string;
  out?: string;
}

/** The machine-readable line for one score. */
export function scoreLine(id: string | undefined, score: ValueScore) {
  return {
    id,
    value: score.ref.value,
    theory: score.ref.theory,
    intensity: score.intensity,
    interval: score.interval,
    level: score.level,
    windows: score.windows,
    judgeCalls: score.judgeCalls,
    panel: score.panel,
  };
}

function describe(score: ValueScore): string {
  if (score.intensity === null)
    return `unscored (${score.dropped.length} windows dropped: ${score.dropped[0]?.reason ?? 'no usable answer'})`;
  const [low, high] = score.interval!;
  const lines = [
    `${score.ref.theory}/${score.ref.value}: ${score.intensity.toFixed(2)}  [${low.toFixed(2)}, ${high.toFixed(2)}]  level ${score.level! > 0 ? '+' : ''}${score.level}`,
    `  ${score.windows} windows, ${score.judgeCalls} judge calls, panel ${score.panel}, judge ${score.judge}, ${score.method}`,
  ];
  const { beat: above, lostTo: below } = nearestAnchors(score.evidence);
  if (above) lines.push(`  ranked above  ${above.intensity.toFixed(1).padStart(5)}  "${above.text}"`);
  if (below) lines.push(`  ranked below  ${below.intensity.toFixed(1).padStart(5)}  "${below.text}"`);
  return `${lines.join('\n')}\n`;
}

/** `valueflow evaluate`: anchor-based intensity of one text or a JSONL batch. */
export function registerEvaluate(program: Command, io: CliIo): void {
  addEvaluatorOptions(
    program
      .command('evaluate')
      .description('Score texts on a value: calibrated intensity in [-10, 10] with an interval and cited anchors.')
      .option('--value <value>', 'value id or alias (e.g. benevolence, care/harm)')
      .option('--theory <theory>', 'theory id, for names that are not mid-level values')
      .option('--text <text>', 'the text to score')
      .option('--in <file>', 'JSONL input, one {"id","text","value"} per line')
      .option('--out <file>', 'JSONL output for --in (default: stdout)'),
  )
    .addHelpText('after', `${help}${settingsHelp}`)
    .action(async (options: EvaluateOptions) => {
      if ((options.text === undefined) === (options.in === undefined)) {
        throw new CliError('give exactly one of --text T or --in FILE', 2);
      }
      if (options.text !== undefined && !options.value) throw new CliError('--value is required with --text', 2);
      const requested = evaluatorSettings(io, options);
      // The judge first: a missing endpoint or model is a usage error worth reporting before any file I/O.
      const judge = await createJudge(io, options);
      const settings = withJudgeDefaults(requested, judge);
      const evaluator = createEvaluator({ panel: await loadPanel(io, options.panel), judge, ...settings });

      if (options.text !== undefined) {
        const score = await evaluator.score({ text: options.text, value: options.value!, theory: options.theory });
        if (options.json)
          writeJson(io, {
            ...scoreLine(undefined, score),
            evidence: score.evidence,
            dropped: score.dropped,
            judge: score.judge,
            method: score.method,
          });
        else io.stdout.write(describe(score));
        if (score.intensity === null) throw new CliError('the text could not be scored (every window was dropped)');
        return;
      }

      const read = await readTextItems(resolvePath(io, options.in!), (fields) =>
        typeof fields.value === 'string' || options.value
          ? undefined
          : 'field "value" is missing and no --value was given',
      );
      const failures = read.failures;
      const items = read.items.map(({ line, id, text, fields }) => ({
        line,
        id: String(id),
        text,
        value: typeof fields.value === 'string' ? fields.value : options.value!,
        theory: typeof fields.theory === 'string' ? fields.theory : options.theory,
      }));
      const output = options.out ? createWriteStream(resolvePath(io, options.out)) : undefined;
      const write = (line: string) => (output ? output.write(line) : io.stdout.write(line));
      const progress = createProgress(io, { total: items.length, label: 'evaluate' });
      const results = await evaluator.scoreMany(
        items.map((item) => ({ text: item.text, value: item.value, theory: item.theory })),
        { onProgress: () => progress.increment() },
      );
      progress.stop();
      let unscored = 0;
      results.forEach((result, index) => {
        const item = items[index];
        if ('error' in result) {
          failures.push(`line ${item.line} (id ${item.id}): ${result.error.message}`);
          return;
        }
        const score = result;
        if (score.intensity === null) unscored += 1;
        write(`${JSON.stringify(scoreLine(item.id, score))}\n`);
      });
      if (output)
        await new Promise<void>((resolve, reject) =>
          output.end((error?: Error | null) => (error ? reject(error) : resolve())),
        );
      const usage = evaluator.usage();
      io.stderr.write(
        `evaluate: ${items.length - failures.filter((failure) => failure.includes('(id ')).length} scored (${unscored} unscored), ${failures.length} failed, ${usage.judgeCalls} judge calls\n`,
      );
      for (const failure of failures) io.stderr.write(`  ${failure}\n`);
      if (failures.length > 0) throw new CliError(`${failures.length} input line(s) failed (listed above)`);
    });
}
