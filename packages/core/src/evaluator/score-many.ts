import { AbortedError } from '../errors/aborted-error';
import { ValueflowError } from '../errors/valueflow-error';
import { type AbortSignalLike, createCancellation, raceAbort, throwIfAborted } from './abortable';
import type { ScoreManyOptions, ScoreManyResult, ScoreRequest } from './evaluator-options';
import type { ValueScore } from './types';

/**
 * Scores a batch with at most `width` items in progress, so a batch of a million texts holds a
 * bounded amount of state; the evaluator's limiter separately bounds the judge calls. Results keep
 * the input order; an item that fails becomes `{ error }` instead of failing the batch. An abort
 * rejects the whole batch at once.
 *
 * @param options.items - the requests, without signals (the batch's signal is passed down).
 * @param options.score - scores one item.
 * @param options.width - items in progress at once.
 * @param options.options - the batch's signal and progress callback.
 * @throws AbortedError when the signal fires.
 */
export async function scoreMany(options: {
  items: readonly Omit<ScoreRequest, 'signal'>[];
  score: (request: Omit<ScoreRequest, 'signal'>, signal?: AbortSignalLike) => Promise<ValueScore>;
  width: number;
  options?: ScoreManyOptions;
}): Promise<ScoreManyResult[]> {
  const { items, score, width } = options;
  const { signal, onProgress } = options.options ?? {};
  throwIfAborted(signal, 'batch evaluation');
  const cancellation = createCancellation(signal);
  const scoring = signal ? cancellation.signal : undefined;
  const results: ScoreManyResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      throwIfAborted(signal, 'batch evaluation');
      const index = next;
      next += 1;
      try {
        results[index] = await score(items[index], scoring);
      } catch (error) {
        if (signal?.aborted) throw new AbortedError({ operation: 'batch evaluation', cause: signal.reason });
        results[index] = {
          error: error instanceof Error || ValueflowError.isInstance(error) ? error : new Error(String(error)),
        };
      }
      done += 1;
      onProgress?.({ done, total: items.length, index });
    }
  };
  const workers = Array.from({ length: Math.min(width, items.length) }, worker);
  try {
    await raceAbort(Promise.all(workers), { signal: scoring, operation: 'batch evaluation' });
  } finally {
    cancellation.dispose();
  }
  return results;
}
