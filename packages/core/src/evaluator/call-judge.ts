import { AbortedError } from '../errors/aborted-error';
import type { JudgeOutputError } from '../errors/judge-output-error';
import type { JudgeRequestError } from '../errors/judge-request-error';
import { JudgeTimeoutError } from '../errors/judge-timeout-error';
import { ValueflowError } from '../errors/valueflow-error';
import { type AbortSignalLike, linkedController, sleep, throwIfAborted } from './abortable';
import type { SamplerRandom } from './anchor-sampler';
import type { Limiter } from './create-limiter';
import type { RankingJudge, RankingRequest, RankingResult, Usage } from './types';

/** Shared accounting that each judge attempt adds to. */
export interface CallLedger {
  judgeCalls: number;
  usage: Usage;
}

/** A pool of judge calls that several scores draw from (a profile's budget). */
export interface CallBudget {
  remaining: number;
}

/** The outcome of one window's judge call after retries: an answer, or why there is none. */
export type JudgeOutcome = { result: RankingResult } | { failure: string; raw?: string };

/** Settings shared by every call of one evaluator. */
export interface JudgeCallSettings {
  judge: RankingJudge;
  limiter: Limiter;
  retries: number;
  retryDelayMs: number;
  timeoutMs: number;
}

function addUsage(target: Usage, source: Usage | undefined): void {
  if (!source) return;
  if (typeof source.inputTokens === 'number') target.inputTokens = (target.inputTokens ?? 0) + source.inputTokens;
  if (typeof source.outputTokens === 'number') target.outputTokens = (target.outputTokens ?? 0) + source.outputTokens;
}

async function attempt(settings: JudgeCallSettings, request: RankingRequest, signal?: AbortSignalLike) {
  const { controller, dispose } = linkedController(signal);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onStop: (() => void) | undefined;
  try {
    // The judge gets the signal, but we also race it ourselves: a judge that ignores its signal must
    // not hold the evaluation (or a limiter slot) beyond the timeout or an abort.
    const stopped = new Promise<never>((_, reject) => {
      onStop = () => {
        reject(
          signal?.aborted
            ? new AbortedError({ operation: 'judge call', cause: signal.reason })
            : new JudgeTimeoutError({ timeoutMs: settings.timeoutMs, judge: settings.judge.id }),
        );
      };
      if (controller.signal.aborted) onStop();
      else controller.signal.addEventListener('abort', onStop, { once: true });
    });
    // Aborting the child on timeout lets a judge that honours its signal stop working.
    timer = setTimeout(() => controller.abort(), settings.timeoutMs);
    const answer = settings.judge.rank(request, { signal: controller.signal });
    answer.catch(() => undefined);
    return await Promise.race([answer, stopped]);
  } finally {
    clearTimeout(timer);
    if (onStop) controller.signal.removeEventListener('abort', onStop);
    dispose();
  }
}

// `instanceof` fails across two installed copies of core, so match the marker and the class name.
function isNamed<T extends ValueflowError>(error: unknown, name: string): error is T {
  return ValueflowError.isInstance(error) && error.name === name;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One window's judge call with the evaluator's policies: the shared concurrency limit, a timeout
 * per attempt, retries with exponential backoff and seeded jitter for thrown errors and timeouts,
 * no retry for unusable answers (`JudgeOutputError`, a dropped window) or non-retryable HTTP errors,
 * and every attempt counted, failures included.
 *
 * @param options.settings - judge, limiter and retry policy.
 * @param options.request - the window.
 * @param options.random - the window's generator, for the jitter.
 * @param options.ledger - receives call counts and token usage.
 * @param options.budget - optional shared pool; an attempt without budget left ends the window.
 * @param options.signal - cancels waiting, backoff and the call itself.
 * @returns the judge's answer or the reason the window is lost.
 * @throws AbortedError when the signal fires.
 */
export async function callJudge(options: {
  settings: JudgeCallSettings;
  request: RankingRequest;
  random: SamplerRandom;
  ledger: CallLedger;
  budget?: CallBudget;
  signal?: AbortSignalLike;
}): Promise<JudgeOutcome> {
  const { settings, request, random, ledger, budget, signal } = options;
  let lastFailure = 'no attempt made';
  for (let attemptIndex = 0; attemptIndex <= settings.retries; attemptIndex += 1) {
    throwIfAborted(signal, 'evaluation');
    if (budget) {
      if (budget.remaining <= 0) return { failure: `judge-call budget exhausted (${lastFailure})` };
      budget.remaining -= 1;
    }
    try {
      const result = await settings.limiter.run(
        async () => {
          // Counted once the call really starts, so aborted waiters do not inflate the count.
          ledger.judgeCalls += 1;
          return attempt(settings, request, signal);
        },
        { signal },
      );
      addUsage(ledger.usage, result.usage);
      return { result };
    } catch (error) {
      if (signal?.aborted) throw new AbortedError({ operation: 'evaluation', cause: signal.reason });
      if (isNamed<JudgeOutputError>(error, 'JudgeOutputError')) return { failure: error.reason, raw: error.raw };
      if (isNamed<JudgeRequestError>(error, 'JudgeRequestError') && !error.retryable) {
        return { failure: error.message };
      }
      lastFailure = describe(error);
    }
    if (attemptIndex < settings.retries) {
      const delay = settings.retryDelayMs * 2 ** attemptIndex * (0.5 + random.next());
      await sleep(delay, signal).catch((error: unknown) => {
        throw new AbortedError({ operation: 'evaluation', cause: (error as AbortedError).cause });
      });
    }
  }
  return { failure: `judge failed after ${settings.retries + 1} attempts: ${lastFailure}` };
}
