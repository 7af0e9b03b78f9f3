import { JudgeRequestError } from '../errors/judge-request-error';
import type { RankingJudge } from '../evaluator/types';
import type { Complete } from './complete';
import { createLlmJudge } from './create-llm-judge';

/** Options for any OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, vLLM, LM Studio …). */
export interface OpenAiCompatibleOptions {
  /** Base URL including the version path, e.g. `http://127.0.0.1:11434/v1`. */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token when non-empty; local servers usually need none. */
  apiKey?: string;
  /** Default 0: the judge should be as repeatable as the endpoint allows. */
  temperature?: number;
  maxTokens?: number;
  systemPrompt?: string;
  /** Injected for tests and custom agents; defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

const RETRYABLE_STATUS = new Set([408, 409, 425, 429, 500, 502, 503, 504]);

/**
 * A `Complete` function that calls `POST {baseUrl}/chat/completions`.
 *
 * HTTP 408/429/5xx and network failures throw a retryable `JudgeRequestError` (the evaluator backs off
 * and retries); other 4xx answers are configuration mistakes and throw a non-retryable one with the
 * server's message.
 */
export function createOpenAiCompatibleComplete(options: OpenAiCompatibleOptions): Complete {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const fetchImplementation = options.fetch ?? globalThis.fetch;
  return async (prompt, callOptions) => {
    const messages = [
      ...(options.systemPrompt ? [{ role: 'system', content: options.systemPrompt }] : []),
      { role: 'user', content: prompt },
    ];
    let response: Response;
    try {
      response = await fetchImplementation(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: options.model,
          messages,
          temperature: options.temperature ?? 0,
          max_tokens: options.maxTokens ?? 64,
        }),
        signal: callOptions?.signal,
      });
    } catch (error) {
      if (callOptions?.signal?.aborted) throw error;
      throw new JudgeRequestError({
        message: `Cannot reach ${url}: ${String(error)}`,
        url,
        retryable: true,
        cause: error,
      });
    }
    const body = await response.text();
    if (!response.ok) {
      throw new JudgeRequestError({
        message: `${url} answered HTTP ${response.status}: ${body.slice(0, 300)}`,
        status: response.status,
        url,
        retryable: RETRYABLE_STATUS.has(response.status),
      });
    }
    let parsed: {
      choices?: { message?: { content?: string | null } }[];
      usage?: { prompt_tokens?: number; completion_tokens?: number };
    };
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new JudgeRequestError({
        message: `${url} returned invalid JSON: ${body.slice(0, 200)}`,
        url,
        retryable: false,
        cause: error,
      });
    }
    const text = parsed.choices?.[0]?.message?.content;
    if (typeof text !== 'string') {
      throw new JudgeRequestError({ message: `${url} returned no choices[0].message.content`, url, retryable: false });
    }
    return {
      text,
      usage: parsed.usage
        ? { inputTokens: parsed.usage.prompt_tokens, outputTokens: parsed.usage.completion_tokens }
        : undefined,
    };
  };
}

/** The ranking judge over an OpenAI-compatible endpoint; its id is `openai:<model>`. */
export function createOpenAiCompatibleJudge(
  options: OpenAiCompatibleOptions & { maxTextLength?: number },
): RankingJudge {
  return createLlmJudge({
    complete: createOpenAiCompatibleComplete(options),
    id: `openai:${options.model}`,
    maxTextLength: options.maxTextLength,
  });
}
