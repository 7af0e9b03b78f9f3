import { createOpenAiCompatibleJudge, type RankingJudge } from '@valueflow/core';
import { type CliIo, CliError } from '../io';

/** Judge choices on the command line. */
export type JudgeName = 'local' | 'openai';

export interface JudgeOptions {
  judge?: string;
  baseUrl?: string;
  model?: string;
}

/**
 * Resolves `--judge`, `--base-url` and `--model` (falling back to OPENAI_BASE_URL, OPENAI_MODEL and
 * OPENAI_API_KEY, which may be empty for local servers). Without `--judge`, a configured endpoint selects
 * `openai` and otherwise the offline local judge is used.
 */
export async function createJudge(io: CliIo, options: JudgeOptions): Promise<RankingJudge> {
  const baseUrl = options.baseUrl ?? io.env.OPENAI_BASE_URL;
  const model = options.model ?? io.env.OPENAI_MODEL;
  const judge = options.judge ?? (baseUrl ? 'openai' : 'local');
  if (judge === 'openai') {
    if (!baseUrl) {
      throw new CliError(
        '--judge openai needs an endpoint: pass --base-url URL (e.g. http://127.0.0.1:11434/v1) or set OPENAI_BASE_URL',
        2,
      );
    }
    if (!model) throw new CliError('--judge openai needs a model: pass --model NAME or set OPENAI_MODEL', 2);
    return createOpenAiCompatibleJudge({ baseUrl, model, apiKey: io.env.OPENAI_API_KEY });
  }
  if (judge === 'local') {
    const local = await import('@valueflow/local').catch(() => undefined);
    const factory = (local as { createLocalJudge?: () => Promise<RankingJudge> } | undefined)?.createLocalJudge;
    if (!factory) {
      throw new CliError(
        'the offline local judge is not available in this build; use --judge openai --base-url URL --model NAME',
      );
    }
    return factory();
  }
  throw new CliError(`unknown judge "${judge}"; expected local or openai`, 2);
}
