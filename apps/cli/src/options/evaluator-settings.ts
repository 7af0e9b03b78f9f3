import type { RankingJudge, SamplerName } from '@valueflow/core';
import type { Command } from 'commander';
import { samplerNames } from '../config/setting-definitions';
import { resolveSettings } from '../config/resolve-settings';
import type { CliIo } from '../io';

/** Judge, panel and evaluator flags shared by `evaluate` and `profile` (text, as commander parsed them). */
export interface EvaluatorFlags {
  judge?: string;
  baseUrl?: string;
  model?: string;
  panel?: string;
  json?: boolean;
  sampler?: string;
  k?: string;
  windows?: string;
  seed?: string;
  concurrency?: string;
}

/**
 * Sampler, k, windows, seed and concurrency for `createEvaluator`, with precedence flags >
 * environment > config file; unset ones are left undefined so the evaluator's defaults apply.
 *
 * @param io - Environment and working directory.
 * @param flags - The command's flags.
 * @throws CliError (exit 2) naming the flag, variable or config key of a bad value.
 */
export function evaluatorSettings(io: CliIo, flags: EvaluatorFlags) {
  const { settings } = resolveSettings(io, flags);
  return {
    sampler: settings.sampler as SamplerName | undefined,
    k: settings.k,
    windows: settings.windows,
    seed: settings.seed,
    concurrency: settings.concurrency,
  };
}

/**
 * Fills what the user left unset with the settings the judge says it runs with. The offline local judge
 * reports them (its measured noise scale, 12 windows, many calls in flight: see `createLocalJudge`); an LLM
 * judge reports none and keeps the paper's defaults.
 */
export function withJudgeDefaults<Settings extends { windows?: number; concurrency?: number }>(
  settings: Settings,
  judge: RankingJudge,
): Settings & { noiseScale?: number } {
  const defaults = (judge as { evaluatorDefaults?: { windows: number; concurrency: number; noiseScale: number } })
    .evaluatorDefaults;
  if (!defaults) return settings;
  return {
    ...settings,
    windows: settings.windows ?? defaults.windows,
    concurrency: settings.concurrency ?? defaults.concurrency,
    noiseScale: defaults.noiseScale,
  };
}

/** Adds the judge, panel and evaluator flags that `evaluate` and `profile` share (see {@link EvaluatorFlags}). */
export function addEvaluatorOptions(command: Command): Command {
  return command
    .option('--judge <judge>', 'local (offline) or openai (any OpenAI-compatible endpoint)')
    .option('--base-url <url>', 'OpenAI-compatible base URL (or OPENAI_BASE_URL)')
    .option('--model <model>', 'model name for --judge openai (or OPENAI_MODEL)')
    .option('--panel <file>', 'reference panel file (default: the seed panel)')
    .option('--sampler <sampler>', `anchor sampler: ${samplerNames.join(', ')} (default bucket)`)
    .option('--k <k>', 'texts per window, the scored text included (default 6)')
    .option('--windows <m>', 'windows per text and value (default 3; 12 with the local judge)')
    .option('--seed <seed>', 'seed for anchor sampling and positions (default 42)')
    .option('--concurrency <n>', 'judge calls in flight (default 4; 64 with the local judge)')
    .option('--json', 'machine-readable output');
}
