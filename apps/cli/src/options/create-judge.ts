import { createOpenAiCompatibleJudge, type RankingJudge } from '@valueflow/core';
import { resolveSettings } from '../config/resolve-settings';
import { type CliIo, CliError } from '../io';

/** Judge choices on the command line. */
export type JudgeName = 'local' | 'openai';

export interface JudgeOptions {
  judge?: string;
  baseUrl?: string;
  model?: string;
}

/**
 * Resolves `--judge`, `--base-url` and `--model` with precedence flags > environment
 * (VALUEFLOW_JUDGE, VALUEFLOW_BASE_URL or OPENAI_BASE_URL, VALUEFLOW_MODEL or OPENAI_MODEL) > config
 * file; OPENAI_API_KEY may be empty for local servers. Without a judge anywhere, a configured
 * endpoint selects `openai` and otherwise the offline local judge is used.
 *
 * @param io - Environment and working directory (for the config file).
 * @param options - The command's flags.
 * @throws CliError (exit 2) for a missing endpoint or model or a bad value; (exit 1) when the local
 *   judge is not available.
 */
export async function createJudge(io: CliIo, options: JudgeOptions): Promise<RankingJudge> {
  const { settings } = resolveSettings(io, options);
  const { baseUrl, model, judge } = settings;
  if (judge === 'openai') {
    if (!baseUrl) {
      throw new CliError(
        '--judge openai needs an endpoint: pass --base-url URL (e.g. http://127.0.0.1:11434/v1), set OPENAI_BASE_URL or VALUEFLOW_BASE_URL, or add "baseUrl" to valueflow.config.json',
        2,
      );
    }
    if (!model) {
      throw new CliError(
        '--judge openai needs a model: pass --model NAME, set OPENAI_MODEL or VALUEFLOW_MODEL, or add "model" to valueflow.config.json',
        2,
      );
    }
    return createOpenAiCompatibleJudge({ baseUrl, model, apiKey: io.env.OPENAI_API_KEY });
  }
  const local = await import('@valueflow/local').catch(() => undefined);
  const factory = (local as { createLocalJudge?: () => Promise<RankingJudge> } | undefined)?.createLocalJudge;
  if (!factory) {
    throw new CliError(
      'the offline local judge is not available in this build; use --judge openai --base-url URL --model NAME',
    );
  }
  return factory();
}
