import { writeFile } from 'node:fs/promises';
import { createEvaluator, type RankingJudge, type ValueProfile } from '@valueflow/core';
import type { Command } from 'commander';
import { createColours } from '../colours';
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
import { profileBatch } from './profile-batch';
import { readProfileInput } from './profile-input';
import { type ProfileMeta, profileJson, profileRows } from './profile-output';
import { defaultProfileSources, type ProfileSources, type RelevanceGate } from './profile-sources';
import { parseValueList, selectProfileValues } from './profile-values';
import { renderProfileBars } from './render-profile-bars';
import { resolvePath } from './vidb-shared';
import { chartFormat, writeProfileChart } from './write-profile-chart';

const help = `
Scores one text on many values at once: every mid-level value of the four theories that the
panel has reference texts for (or one --theory, or the --values you name), each with a calibrated
intensity in [-10, 10] and an interval. People get a chart in the terminal; --json prints the
machine shape; --chart writes the same chart as an SVG or PNG image.

--relevance first asks the offline value space (USE-lite, @valueflow/local) which values the text
is about and skips the others before any judge call (threshold --threshold, default 0.5).
--budget caps judge calls per text, keeping the most relevant values.

JSON (one line per text with --in, input lines {"id","text","values"?}):
  {"id"?, "scores":[{"theory","value","intensity","interval","level","windows","judgeCalls",
   "relevance"?}], "skipped":[{"theory","value","reason"}], "missing":[…], "judgeCalls", "usage",
   "judge", "panel", "method"}
Exit codes: 0 ok; 1 when nothing could be scored or an input line failed; 2 for usage errors.
${settingsHelp}
Examples:
  $ valueflow profile --text "I drove my neighbour to her chemo appointments." --chart profile.svg
  $ valueflow profile --theory mft --text "They broke the strike by hiring outsiders." --json
  $ valueflow profile --values benevolence,power,care-harm --budget 9 --text "…"
  $ valueflow profile --in replies.jsonl --out profiles.jsonl --relevance
`;

interface ProfileCommandOptions extends EvaluatorFlags {
  text?: string;
  in?: string;
  out?: string;
  theory?: string;
  values?: string;
  relevance?: boolean;
  threshold?: string;
  budget?: string;
  chart?: string;
}

function checkUsage(options: ProfileCommandOptions) {
  if ((options.text === undefined) === (options.in === undefined)) {
    throw new CliError('give exactly one of --text T or --in FILE', 2);
  }
  if (options.text !== undefined && options.text.trim() === '') throw new CliError('--text must not be empty', 2);
  if (options.chart !== undefined && options.in !== undefined) {
    throw new CliError('--chart draws one text; use it with --text (for --in, read the JSONL output)', 2);
  }
  if (options.chart !== undefined) chartFormat(options.chart);
  const budget = options.budget === undefined ? undefined : Number(options.budget);
  if (budget !== undefined && !(Number.isInteger(budget) && budget >= 0)) {
    throw new CliError(`--budget must be an integer ≥ 0 (judge calls per text), got "${options.budget}"`, 2);
  }
  const threshold = options.threshold === undefined ? undefined : Number(options.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 1)) {
    throw new CliError(`--threshold must be a number in [0, 1], got "${options.threshold}"`, 2);
  }
  if (threshold !== undefined && !options.relevance) throw new CliError('--threshold needs --relevance', 2);
  return { budget, threshold, values: parseValueList(options.values) };
}

// Counts judge calls so a single long profile can show progress.
function countingJudge(judge: RankingJudge, onCall: () => void): RankingJudge {
  return {
    id: judge.id,
    rank: async (request, callOptions) => {
      try {
        return await judge.rank(request, callOptions);
      } finally {
        onCall();
      }
    },
  };
}

async function buildGate(options: {
  io: CliIo;
  sources: ProfileSources;
  panel: Parameters<ProfileSources['createRelevanceGate']>[1]['panel'];
  panelPath: string | undefined;
}): Promise<RelevanceGate | undefined> {
  const { io } = options;
  let progress: ReturnType<typeof createProgress> | undefined;
  let embedded = 0;
  const gate = await options.sources.createRelevanceGate(io, {
    panel: options.panel,
    panelPath: options.panelPath,
    onProgress: ({ done, total }) => {
      if (!progress) {
        io.stderr.write(`profile: embedding ${total} reference texts for the relevance gate (cached for next time)\n`);
        progress = createProgress(io, { total, label: 'value space' });
      }
      for (; embedded < done; embedded += 1) progress.increment();
    },
  });
  progress?.stop();
  if (typeof gate === 'function') return gate;
  io.stderr.write(`profile: --relevance skipped: ${gate.unavailable}; scoring every selected value\n`);
  return undefined;
}

/**
 * `valueflow profile`: a value profile of one text (terminal chart, JSON or image) or a JSONL batch.
 *
 * @param sources - Where the relevance gate comes from; tests pass a mock, the binary the default.
 */
export function registerProfile(program: Command, io: CliIo, sources: ProfileSources = defaultProfileSources): void {
  addEvaluatorOptions(
    program
      .command('profile')
      .description('Profile a text across the value theories: intensity and interval per value, as a chart or JSON.')
      .option('--text <text>', 'the text to profile')
      .option('--in <file>', 'JSONL input, one {"id","text","values"?} per line')
      .option('--out <file>', 'JSONL output for --in (default: stdout)')
      .option('--theory <theory>', 'only the mid-level values of this theory (pvq, mft, duty, right)')
      .option('--values <list>', 'only these values, comma-separated (e.g. benevolence,power)')
      .option('--relevance', 'skip values the text is not about (offline value space), before any judge call')
      .option('--threshold <p>', 'relevance below which a value is skipped (default 0.5)')
      .option('--budget <calls>', 'most judge calls per text; the most relevant values are kept')
      .option('--chart <file>', 'also write the chart as an image: .svg or .png'),
  )
    .addHelpText('after', help)
    .action(async (options: ProfileCommandOptions) => {
      const usage = checkUsage(options);
      const requested = evaluatorSettings(io, options);
      const judge = await createJudge(io, options);
      const settings = withJudgeDefaults(requested, judge);
      const panel = await loadPanel(io, options.panel);
      const selection = selectProfileValues({ panel, theory: options.theory, values: usage.values });
      const gate = options.relevance ? await buildGate({ io, sources, panel, panelPath: options.panel }) : undefined;
      const request = { relevance: gate, relevanceThreshold: usage.threshold, budget: usage.budget };

      if (options.text !== undefined) {
        const progress = createProgress(io, {
          total: selection.values.length * (settings.windows ?? 3),
          label: 'profile',
        });
        const evaluator = createEvaluator({ panel, judge: countingJudge(judge, progress.increment), ...settings });
        const meta: ProfileMeta = { judge: judge.id, panel: panel.hash, method: evaluator.method };
        let profile: ValueProfile;
        try {
          profile = await evaluator.profile({ text: options.text, values: selection.values, ...request });
        } finally {
          progress.stop();
        }
        const rows = profileRows(profile);
        if (options.json) writeJson(io, profileJson({ profile, meta, missing: selection.missing }));
        else {
          io.stdout.write(
            renderProfileBars({
              rows,
              meta,
              missing: selection.missing,
              colours: createColours(io),
              unicode: io.stdout.isTTY === true,
              text: options.text,
            }),
          );
        }
        if (options.chart !== undefined) {
          const bytes = await writeProfileChart({
            path: resolvePath(io, options.chart),
            rows,
            meta,
            text: options.text,
          });
          io.stderr.write(`profile: wrote ${options.chart} (${bytes} bytes)\n`);
        }
        const scored = profile.scores.filter((score) => score.intensity !== null).length;
        if (profile.scores.length > scored) {
          io.stderr.write(`profile: ${profile.scores.length - scored} value(s) unscored (every window dropped)\n`);
        }
        if (scored === 0) throw new CliError('no value could be scored; check the judge (see the reasons above)');
        return;
      }

      const { items, failures } = await readProfileInput(resolvePath(io, options.in!));
      const evaluator = createEvaluator({ panel, judge, ...settings });
      const meta: ProfileMeta = { judge: judge.id, panel: panel.hash, method: evaluator.method };
      const lines = await profileBatch({
        io,
        evaluator,
        panel,
        meta,
        items,
        failures,
        selection,
        theory: options.theory,
        request,
      });
      if (options.out) await writeFile(resolvePath(io, options.out), lines.join(''));
      else io.stdout.write(lines.join(''));
      const totals = evaluator.usage();
      const failed = failures.length;
      io.stderr.write(`profile: ${lines.length} texts profiled, ${failed} failed, ${totals.judgeCalls} judge calls\n`);
      for (const failure of failures) io.stderr.write(`  ${failure}\n`);
      if (failed > 0) throw new CliError(`${failed} input line(s) failed (listed above)`);
    });
}
