import { createEvaluator, defaultCatalogue, nearestAnchors, type RankingJudge, type ValueScore } from '@valueflow/core';
import { computeSeedQuality, loadSeedVidb } from '@valueflow/core/node';
import type { Command } from 'commander';
import { createColours } from '../colours';
import type { CliIo } from '../io';
import { withJudgeDefaults } from '../options/evaluator-settings';

const EXAMPLES = [
  {
    text: 'I stayed late every night this week to help my neighbour rebuild the fence the storm knocked down.',
    values: ['benevolence', 'care-harm', 'beneficence'],
  },
  {
    text: 'Rules are for people without the guts to take what they want. I cut every corner I can.',
    values: ['conformity', 'fairness-cheating', 'power'],
  },
  {
    text: 'The city council voted to publish every budget line online so residents can see where the money goes.',
    values: ['political-rights', 'justice', 'security'],
  },
];

function formatScore(score: ValueScore, color: (text: string) => string): string {
  if (score.intensity === null) return `  ${score.ref.value.padEnd(22)} unscored`;
  const [low, high] = score.interval!;
  const { beat: above, lostTo: below } = nearestAnchors(score.evidence);
  const lines = [
    `  ${score.ref.value.padEnd(22)} ${color(score.intensity.toFixed(1).padStart(5))}  [${low.toFixed(1)}, ${high.toFixed(1)}]`,
  ];
  if (above) lines.push(`      above ${above.intensity.toFixed(1).padStart(5)}  "${above.text.slice(0, 90)}"`);
  if (below) lines.push(`      below ${below.intensity.toFixed(1).padStart(5)}  "${below.text.slice(0, 90)}"`);
  return lines.join('\n');
}

async function localJudge(): Promise<RankingJudge | undefined> {
  const specifier = '@valueflow/local';
  const local = (await import(specifier).catch(() => undefined)) as
    | { createLocalJudge?: () => Promise<RankingJudge> }
    | undefined;
  return local?.createLocalJudge?.();
}

/** `valueflow demo`: the README's main job — catalogue, seed panel and, offline, value profiles of example texts. */
export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Run the offline demo: the value catalogue, the seed panel, and value profiles of a few texts.')
    .addHelpText('after', '\nExample:\n  $ valueflow demo\n')
    .action(async () => {
      const color = createColours(io);
      const theories = defaultCatalogue.theories();
      io.stdout.write(
        `${color.bold('Value catalogue')}: ${theories.length} theories, ${defaultCatalogue.values().length} mid-level values\n`,
      );
      for (const theory of theories) {
        const values = defaultCatalogue.values({ theory: theory.id }).map((value) => value.value);
        io.stdout.write(`  ${theory.id.padEnd(6)} ${theory.name} (${values.length}): ${values.join(', ')}\n`);
      }

      const panel = await loadSeedVidb();
      const quality = computeSeedQuality({ panel });
      const spearmen = quality.map((entry) => entry.spearman);
      io.stdout.write(
        `\n${color.bold('Seed reference panel')} ${panel.hash}: ${panel.size} texts over ${panel.values().length} values\n`,
      );
      io.stdout.write(
        `  Spearman(intended level, fitted intensity) per value: ${Math.min(...spearmen).toFixed(3)}–${Math.max(...spearmen).toFixed(3)}; ` +
          `fewest texts in any intensity bin: ${Math.min(...quality.flatMap((entry) => entry.bins))}\n`,
      );

      const judge = await localJudge();
      if (!judge) {
        io.stdout.write(
          '\n(offline scoring needs the local judge from @valueflow/local; try `valueflow evaluate --judge openai …`)\n',
        );
        return;
      }
      const evaluator = createEvaluator({ panel, judge, ...withJudgeDefaults({}, judge) });
      io.stdout.write(
        `\n${color.bold('Value profiles')} (offline judge ${judge.id}; intensity in [-10, 10], 90% interval, anchors cited)\n`,
      );
      for (const example of EXAMPLES) {
        io.stdout.write(`\n"${example.text}"\n`);
        const profile = await evaluator.profile({ text: example.text, values: example.values });
        for (const score of profile.scores) {
          const paint = (text: string) =>
            (score.intensity ?? 0) >= 2 ? color.green(text) : (score.intensity ?? 0) <= -2 ? color.red(text) : text;
          io.stdout.write(`${formatScore(score, paint)}\n`);
        }
      }
    });
}
