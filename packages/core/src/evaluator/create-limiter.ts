import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { type AbortSignalLike, throwIfAborted } from './abortable';
import { AbortedError } from '../errors/aborted-error';

/** A counting semaphore: at most `concurrency` tasks run at once, the rest wait in FIFO order. */
export interface Limiter {
  /**
   * Runs `task` once a slot is free. A waiting task whose signal fires leaves the queue at once and
   * rejects with an `AbortedError`, so a cancelled evaluation leaves nothing queued.
   */
  run<T>(task: () => Promise<T>, options?: { signal?: AbortSignalLike }): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly waiting: number;
}

interface Waiter {
  start: () => void;
}

/**
 * Creates the semaphore that bounds judge calls across everything one evaluator does.
 *
 * @param concurrency - slots, a positive integer.
 * @throws InvalidArgumentError when `concurrency` is not a positive integer.
 */
export function createLimiter(concurrency: number): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new InvalidArgumentError({
      argument: 'concurrency',
      message: `expected a positive integer, got ${String(concurrency)}.`,
    });
  }
  let active = 0;
  const queue: Waiter[] = [];

  const release = () => {
    active -= 1;
    const next = queue.shift();
    if (next) next.start();
  };

  const acquire = (signal?: AbortSignalLike): Promise<void> => {
    throwIfAborted(signal, 'judge call');
    if (active < concurrency) {
      active += 1;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const index = queue.indexOf(waiter);
        if (index >= 0) queue.splice(index, 1);
        reject(new AbortedError({ operation: 'judge call', cause: signal?.reason }));
      };
      const waiter: Waiter = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          active += 1;
          resolve();
        },
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };

  return {
    async run(task, options = {}) {
      await acquire(options.signal);
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
  };
}
