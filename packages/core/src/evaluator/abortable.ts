import { AbortedError } from '../errors/aborted-error';

/**
 * The part of `AbortSignal` the evaluator relies on. A real `AbortSignal` fits; internally the
 * evaluator uses {@link createCancellation}, whose listeners live in a plain set, so hundreds of
 * concurrent windows never pile listeners onto the caller's signal.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/**
 * A cancellation scope under an optional parent: one listener on the parent, any number of
 * listeners of its own. `dispose` detaches it from the parent once the work is done.
 *
 * @param parent - the caller's signal or an enclosing scope.
 * @returns the scope's signal, a way to abort it, and `dispose`.
 */
export function createCancellation(parent?: AbortSignalLike): {
  signal: AbortSignalLike;
  abort: (reason?: unknown) => void;
  dispose: () => void;
} {
  const listeners = new Set<() => void>();
  let aborted = false;
  let reason: unknown;
  const abort = (abortReason?: unknown) => {
    if (aborted) return;
    aborted = true;
    reason = abortReason;
    const pending = [...listeners];
    listeners.clear();
    for (const listener of pending) listener();
  };
  const signal: AbortSignalLike = {
    get aborted() {
      return aborted;
    },
    get reason() {
      return reason;
    },
    addEventListener: (_type, listener) => {
      if (!aborted) listeners.add(listener);
    },
    removeEventListener: (_type, listener) => {
      listeners.delete(listener);
    },
  };
  if (!parent) return { signal, abort, dispose: () => undefined };
  if (parent.aborted) {
    abort(parent.reason);
    return { signal, abort, dispose: () => undefined };
  }
  const onParentAbort = () => abort(parent.reason);
  parent.addEventListener('abort', onParentAbort, { once: true });
  return { signal, abort, dispose: () => parent.removeEventListener('abort', onParentAbort) };
}

/**
 * Throws an {@link AbortedError} when the signal has fired.
 *
 * @param signal - the caller's signal, if any.
 * @param operation - what is being cancelled, for the message.
 * @throws AbortedError when `signal.aborted`.
 */
export function throwIfAborted(signal: AbortSignalLike | undefined, operation: string): void {
  if (signal?.aborted) throw new AbortedError({ operation, cause: signal.reason });
}

/**
 * Waits `milliseconds`, or rejects with an {@link AbortedError} as soon as the signal fires; the timer
 * is cleared on abort so no backoff outlives a cancelled evaluation.
 *
 * @param milliseconds - how long to wait.
 * @param signal - cancels the wait.
 * @throws AbortedError when the signal fires before the time is up.
 */
export function sleep(milliseconds: number, signal?: AbortSignalLike): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new AbortedError({ operation: 'wait', cause: signal.reason }));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AbortedError({ operation: 'wait', cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Races a promise against a signal: rejects with an {@link AbortedError} the moment the signal fires,
 * even when the underlying work ignores it, so callers are never held hostage by a slow judge.
 *
 * @param promise - the work.
 * @param options.signal - cancels the wait.
 * @param options.operation - what is being cancelled, for the message.
 * @throws AbortedError on abort; otherwise whatever `promise` rejects with.
 */
export function raceAbort<T>(
  promise: Promise<T>,
  options: { signal?: AbortSignalLike; operation: string },
): Promise<T> {
  const { signal, operation } = options;
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new AbortedError({ operation, cause: signal.reason }));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      reject(new AbortedError({ operation, cause: signal.reason }));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A child controller that aborts when the parent signal does; `dispose` detaches it so long-lived
 * parent signals do not collect one listener per judge call.
 *
 * @param parent - the caller's signal, if any.
 * @returns the child controller and a function that removes the link.
 */
export function linkedController(parent?: AbortSignalLike): { controller: AbortController; dispose: () => void } {
  const controller = new AbortController();
  if (!parent) return { controller, dispose: () => undefined };
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { controller, dispose: () => undefined };
  }
  const onAbort = () => controller.abort(parent.reason);
  parent.addEventListener('abort', onAbort, { once: true });
  return { controller, dispose: () => parent.removeEventListener('abort', onAbort) };
}
