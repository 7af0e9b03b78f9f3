import { InvalidArgumentError } from '@valueflow/core';

/** Which judge scores texts: the endpoint's model, the offline local judge, or the labelled demo stand-in. */
export type JudgeChoice = 'auto' | 'endpoint' | 'local' | 'simulated';

/** Everything the playground reads from its environment. */
export interface PlaygroundConfig {
  host: string;
  port: number;
  /** An OpenAI-compatible endpoint; absent means offline demo mode. */
  endpoint?: { baseUrl: string; model: string; apiKey?: string };
  judge: JudgeChoice;
}

/** The port the playground listens on when PORT is not set. */
export const DEFAULT_PORT = 5178;

const JUDGES: readonly JudgeChoice[] = ['auto', 'endpoint', 'local', 'simulated'];

/**
 * Reads the playground's settings from environment variables: HOST (default 127.0.0.1, so the page is not
 * reachable from other machines unless asked), PORT (default 5178), OPENAI_BASE_URL + OPENAI_MODEL (+
 * OPENAI_API_KEY) for a real model, and PLAYGROUND_JUDGE (`auto`, `endpoint`, `local`, `simulated`).
 *
 * @param env - The environment, e.g. `process.env`.
 * @returns The settings.
 * @throws InvalidArgumentError for a bad port or judge, for only one of OPENAI_BASE_URL / OPENAI_MODEL, or for
 *   PLAYGROUND_JUDGE=endpoint without an endpoint.
 */
export function readPlaygroundConfig(env: Record<string, string | undefined>): PlaygroundConfig {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULT_PORT : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError({ argument: 'PORT', message: `expected an integer 0..65535, got "${env.PORT}"` });
  }
  const baseUrl = env.OPENAI_BASE_URL?.trim() || undefined;
  const model = env.OPENAI_MODEL?.trim() || undefined;
  if (Boolean(baseUrl) !== Boolean(model)) {
    throw new InvalidArgumentError({
      argument: baseUrl ? 'OPENAI_MODEL' : 'OPENAI_BASE_URL',
      message: baseUrl
        ? 'OPENAI_BASE_URL is set but OPENAI_MODEL is not; set both for a real model, or neither for the offline demo'
        : 'OPENAI_MODEL is set but OPENAI_BASE_URL is not; set both (e.g. http://127.0.0.1:11434/v1), or neither',
    });
  }
  const judge = (env.PLAYGROUND_JUDGE?.trim() || 'auto') as JudgeChoice;
  if (!JUDGES.includes(judge)) {
    throw new InvalidArgumentError({
      argument: 'PLAYGROUND_JUDGE',
      message: `expected ${JUDGES.join(', ')}; got "${env.PLAYGROUND_JUDGE}"`,
    });
  }
  if (judge === 'endpoint' && !baseUrl) {
    throw new InvalidArgumentError({
      argument: 'PLAYGROUND_JUDGE',
      message: 'endpoint needs OPENAI_BASE_URL and OPENAI_MODEL',
    });
  }
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port,
    endpoint: baseUrl && model ? { baseUrl, model, apiKey: env.OPENAI_API_KEY || undefined } : undefined,
    judge,
  };
}
