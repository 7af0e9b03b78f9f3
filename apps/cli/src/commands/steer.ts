import {
  buildSteeringInstructions,
  createEvaluator,
  createOpenAiCompatibleComplete,
  defaultCatalogue,
  parseTargetSpec,
  resolveTargets,
  type SteeringMode,
  type SteeringTarget,
  type SteerRound,
  steer,
} from '@valueflow/core';
import type { Command } from 'commander';
import { type CliIo, CliError, writeJson } from '../io';
import { resolveSettings } from '../config/resolve-settings';
import { createJudge } from '../options/create-judge';
import { withJudgeDefaults } from '../options/evaluator-settings';
import { loadPanel } from '../options/load-panel';
import { settingsHelp } from '../options/settings-help';

const help = `
Without a model, prints the steering instructions for the targets (paste them into a system prompt).
With a model (--base-url and --model, or OPENAI_BASE_URL and OPENAI_MODEL), runs the closed loop:
generate → measure each targeted value → revise the instructions with feedback, up to --rounds times.

A target is VALUE=LEVEL with an integer level −2..+2 (benevolence=+2), or VALUE=INTENSITY with a
decimal point or outside −2..2 (power=-4.5, security=2.0).

Examples:
  $ valueflow steer --target benevolence=+2 --target power=-1 "Should I lend my brother money?"
  $ valueflow steer --target conformity=+2 --target hedonism=+1 --rebalance --json "Plan my weekend."
  $ valueflow steer --target universalism=-1 --mode exemplar "What do you think of foreign aid?"
  $ valueflow steer --target care-harm=+2 --base-url http://127.0.0.1:11434/v1 --model llama3.1 "My friend failed an exam."
`;

interface SteerCommandOptions {
  target: string[];
  mode?: string;
  rebalance?: boolean;
  baseUrl?: string;
  model?: string;
  judge?: string;
  panel?: string;
  rounds?: string;
  tolerance?: string;
  json?: boolean;
}

function roundLine(round: SteerRound): string {
  const parts = round.misses.map((miss) => {
    const achieved = miss.achieved === null ? 'unscored' : miss.achieved.toFixed(1);
    return `${miss.ref.value} ${achieved} (target ${miss.target.toFixed(1)})`;
  });
  return `round ${round.round}: ${parts.join(', ')}  mean |miss| ${Number.isFinite(round.error) ? round.error.toFixed(2) : '—'}`;
}

/** `valueflow steer`: steering instructions for target intensities, or the closed loop against a model. */
export function registerSteer(program: Command, io: CliIo): void {
  program
    .command('steer')
    .description('Steer a model toward target value intensities: print instructions, or run the closed loop.')
    .argument('<query>', 'the user query to answer')
    .option(
      '--target <value=level>',
      'a target (repeatable), e.g. benevolence=+2',
      (value: string, previous: string[]) => [...previous, value],
      [],
    )
    .option(
      '--mode <mode>',
      'persona (graded stance sentences) or exemplar (reference texts near the target)',
      'persona',
    )
    .option('--rebalance', 'dominance-aware emphasis when targets pull against each other')
    .option('--base-url <url>', 'OpenAI-compatible base URL of the model to steer (or OPENAI_BASE_URL)')
    .option('--model <model>', 'model name (or OPENAI_MODEL)')
    .option('--judge <judge>', 'judge for measuring: openai (default with a model) or local')
    .option('--panel <file>', 'reference panel file (default: the seed panel)')
    .option('--rounds <n>', 'closed-loop rounds at most (default 3)', '3')
    .option('--tolerance <points>', 'a target counts as hit within ± this many points (default 1.5)', '1.5')
    .option('--json', 'machine-readable output')
    .addHelpText('after', `${help}${settingsHelp}`)
    .action(async (query: string, options: SteerCommandOptions) => {
      if (options.target.length === 0) throw new CliError('give at least one --target VALUE=LEVEL', 2);
      if (options.mode !== 'persona' && options.mode !== 'exemplar') {
        throw new CliError(`unknown mode "${options.mode}"; expected persona or exemplar`, 2);
      }
      const rounds = Number(options.rounds);
      const tolerance = Number(options.tolerance);
      if (!Number.isInteger(rounds) || rounds < 1)
        throw new CliError(`--rounds must be a positive integer, got "${options.rounds}"`, 2);
      if (!(tolerance > 0)) throw new CliError(`--tolerance must be a positive number, got "${options.tolerance}"`, 2);
      let targets: SteeringTarget[];
      try {
        targets = options.target.map(parseTargetSpec);
        resolveTargets(targets, defaultCatalogue);
      } catch (error) {
        throw new CliError((error as Error).message, 2);
      }
      const mode = options.mode as SteeringMode;
      const { baseUrl, model } = resolveSettings(io, options).settings;
      const panel = mode === 'exemplar' || (baseUrl && model) ? await loadPanel(io, options.panel) : undefined;

      if (!baseUrl || !model) {
        const instructions = buildSteeringInstructions({
          targets: resolveTargets(targets, defaultCatalogue),
          mode,
          panel,
          rebalance: options.rebalance,
        });
        if (options.json) {
          writeJson(io, {
            query,
            instructions: instructions.text,
            targets: instructions.targets,
            conflicts: instructions.conflicts,
            exemplars: instructions.exemplars,
          });
          return;
        }
        for (const conflict of instructions.conflicts)
          io.stderr.write(`note: ${conflict.reason}; ${conflict.dominant.value} is likely to dominate\n`);
        io.stdout.write(`${instructions.text}\n`);
        return;
      }

      const judge = await createJudge(io, { judge: options.judge, baseUrl, model });
      const evaluator = createEvaluator({ panel: panel!, judge, ...withJudgeDefaults({}, judge) });
      const result = await steer({
        query,
        targets,
        mode,
        panel,
        rebalance: options.rebalance,
        maxRounds: rounds,
        tolerance,
        evaluator,
        generate: async ({ instructions, signal }) =>
          createOpenAiCompatibleComplete({
            baseUrl,
            model,
            apiKey: io.env.OPENAI_API_KEY,
            systemPrompt: instructions.text,
            temperature: 1,
            maxTokens: 300,
          })(query, { signal }),
        onRound: options.json ? undefined : (round) => io.stderr.write(`${roundLine(round)}\n`),
      });
      if (options.json) {
        writeJson(io, {
          query,
          stoppedBy: result.stoppedBy,
          best: {
            round: result.best.round,
            text: result.best.text,
            misses: result.best.misses,
            instructions: result.best.instructions.text,
          },
          rounds: result.rounds.map((round) => ({
            round: round.round,
            error: round.error,
            misses: round.misses,
            text: round.text,
          })),
          cost: result.cost,
        });
        return;
      }
      io.stdout.write(`${result.best.text}\n`);
      io.stderr.write(
        `best: round ${result.best.round} (${result.stoppedBy}); ${result.cost.generations} generations, ${result.cost.judgeCalls} judge calls\n`,
      );
    });
}
