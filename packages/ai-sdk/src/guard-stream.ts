import { createSentenceBuffer, ValueGuardError, type Verdict, type ViolationAction } from '@valueflow/core';
import type { FinishPart, StreamPart } from './ai-sdk-types';
import { createAsyncQueue } from './async-queue';
import type { CheckText, GuardEntry, GuardMode } from './guard-types';
import { type AttemptReader, readAttempt } from './read-attempt';
import { mergeVerdicts, withGuardReport } from './verdict-metadata';

/** Options of {@link guardStream}. */
export interface GuardStreamOptions {
  source: ReadableStream<StreamPart>;
  mode: GuardMode;
  /** False when every violation is only flagged: nothing is held back or stopped. */
  enforce: boolean;
  contextSentences: number;
  check: CheckText;
  /** What to do about a failed verdict. */
  decide: (verdict: Verdict) => ViolationAction;
  maxRewrites: number;
  /** Starts a steered regeneration that continues from the text already released. */
  regenerate: (request: { verdict: Verdict; released: string; attempt: number }) => PromiseLike<{
    stream: ReadableStream<StreamPart>;
  }>;
  /** The caller's abort signal; aborting it cancels the model stream and every pending check. */
  signal?: AbortSignal;
  maxSentenceLength?: number;
}

const GUARD_USAGE: FinishPart['usage'] = {
  inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
  outputTokens: { total: undefined, text: undefined, reasoning: undefined },
};

/** The last sentences of already released text, as context for the checks of a regeneration. */
function contextOf(released: string): string[] {
  const buffer = createSentenceBuffer();
  const sentences = buffer.push(released);
  const rest = buffer.flush();
  return rest.trim() === '' ? sentences : [...sentences, rest];
}

/**
 * Puts a value guard between a model stream and its consumer; see `valueGuardMiddleware` for the
 * behaviour of each mode and action. Reading and checking run ahead of releasing, so checks of later
 * sentences overlap with waiting for earlier ones, while parts leave strictly in order. All state is
 * local to one call, so concurrent streams never share anything but the evaluator.
 *
 * @param options - See {@link GuardStreamOptions}.
 * @returns The guarded stream. Cancelling it (or aborting `signal`) cancels the model stream and aborts
 *   every pending check.
 */
export function guardStream(options: GuardStreamOptions): ReadableStream<StreamPart> {
  const queue = createAsyncQueue<GuardEntry>();
  const streamAbort = new AbortController();
  const verdicts: Verdict[] = [];
  const errors: string[] = [];
  const openText = new Set<string>();
  let attemptAbort = new AbortController();
  let reader: AttemptReader | undefined;
  let attempt = 0;
  let released = '';
  let stopped = false;

  const startAttempt = (source: ReadableStream<StreamPart>, context: string[]) => {
    attemptAbort = new AbortController();
    const current = attemptAbort;
    streamAbort.signal.addEventListener('abort', () => current.abort(streamAbort.signal.reason), { once: true });
    reader = readAttempt({
      source,
      attempt,
      mode: options.mode,
      enforce: options.enforce,
      contextSentences: options.contextSentences,
      context,
      check: options.check,
      signal: current.signal,
      queue,
      maxSentenceLength: options.maxSentenceLength,
    });
  };
  const stop = (reason?: unknown) => {
    if (stopped) return;
    stopped = true;
    streamAbort.abort(reason);
    reader?.cancel(reason);
    queue.close();
  };

  return new ReadableStream<StreamPart>({
    start(controller) {
      const enqueue = (part: StreamPart) => {
        if (stopped) return;
        if (part.type === 'text-start') openText.add(part.id);
        if (part.type === 'text-end') openText.delete(part.id);
        if (part.type === 'text-delta') released += part.delta;
        controller.enqueue(part);
      };
      const closeOpenText = () => {
        for (const id of [...openText]) enqueue({ type: 'text-end', id });
      };
      // Ends the stream with an error part and a finish part, as a provider reports a failed response.
      const endWithError = (error: unknown, reason: 'content-filter' | 'error', verdict?: Verdict) => {
        closeOpenText();
        enqueue({ type: 'error', error });
        enqueue({
          type: 'finish',
          finishReason: { unified: reason, raw: 'valueflow-guard' },
          usage: GUARD_USAGE,
          providerMetadata: verdict ? withGuardReport(undefined, { verdict, rewrites: attempt }) : undefined,
        });
        stop();
        controller.close();
      };
      const forward = (part: StreamPart) => {
        if (attempt > 0) {
          // A regeneration is a new model call: its stream-start was already sent, and its text blocks get
          // their own ids so they cannot collide with blocks of the attempt they replace.
          if (part.type === 'stream-start') return;
          if (part.type === 'text-start' || part.type === 'text-delta' || part.type === 'text-end') {
            part = { ...part, id: `${part.id}:rewrite-${attempt}` };
          }
        }
        if (part.type === 'finish') {
          part = {
            ...part,
            providerMetadata: withGuardReport(part.providerMetadata, {
              verdict: mergeVerdicts(verdicts),
              rewrites: attempt,
              ...(errors.length > 0 ? { errors } : {}),
            }),
          };
        }
        enqueue(part);
      };
      const rewrite = async (verdict: Verdict) => {
        reader?.cancel('valueflow: rewriting');
        attemptAbort.abort('valueflow: rewriting');
        closeOpenText();
        attempt += 1;
        let result: { stream: ReadableStream<StreamPart> };
        try {
          result = await options.regenerate({ verdict, released, attempt });
        } catch (error) {
          if (!stopped) endWithError(error, 'error', verdict);
          return;
        }
        if (stopped) {
          result.stream.cancel().catch(() => undefined);
          return;
        }
        startAttempt(result.stream, contextOf(released));
      };
      // Returns false when the stream has ended.
      const passGate = async (pending: Promise<Verdict>): Promise<boolean> => {
        let verdict: Verdict;
        try {
          verdict = await pending;
        } catch (error) {
          if (stopped) return false;
          if (!options.enforce) {
            errors.push(error instanceof Error ? error.message : String(error));
            return true;
          }
          // A guard fails closed: text it could not check is not released.
          endWithError(error, 'error');
          return false;
        }
        if (stopped) return false;
        const enforced = options.enforce && !verdict.allowed;
        // Report what was delivered: a held sentence that failed never was, a monitored one already was.
        if (!enforced || options.mode === 'monitor') verdicts.push(verdict);
        if (!enforced) return true;
        const action = options.decide(verdict);
        if (action === 'flag') {
          if (options.mode !== 'monitor') verdicts.push(verdict);
          return true;
        }
        if (action === 'rewrite' && attempt < options.maxRewrites) {
          await rewrite(verdict);
          return !stopped;
        }
        endWithError(new ValueGuardError({ verdict }), 'content-filter', verdict);
        return false;
      };
      const run = async () => {
        for (;;) {
          const entry = await queue.next();
          if (entry === undefined || stopped) return;
          if (entry.attempt !== attempt) continue;
          if (entry.kind === 'part') forward(entry.part);
          else if (entry.kind === 'gate') {
            if (!(await passGate(entry.verdict))) return;
          } else if (entry.kind === 'end') {
            stop();
            controller.close();
            return;
          } else {
            stop(entry.error);
            controller.error(entry.error);
            return;
          }
        }
      };

      const signal = options.signal;
      const onAbort = () => {
        if (stopped) return;
        stop(signal?.reason);
        controller.error(signal?.reason);
      };
      if (signal?.aborted) {
        onAbort();
        options.source.cancel(signal.reason).catch(() => undefined);
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      startAttempt(options.source, []);
      void run()
        .catch((error: unknown) => {
          if (stopped) return;
          stop(error);
          controller.error(error);
        })
        .finally(() => signal?.removeEventListener('abort', onAbort));
    },
    cancel(reason) {
      stop(reason);
    },
  });
}
