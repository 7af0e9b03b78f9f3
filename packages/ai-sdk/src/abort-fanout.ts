/** Hands out child signals that all abort with one parent signal; see {@link createAbortFanout}. */
export interface AbortFanout {
  /** A signal for one operation; call `release` when the operation settles. */
  child(): { signal: AbortSignal; release: () => void };
}

/**
 * Gives every check its own abort signal, tied to a shared parent through a single listener.
 *
 * Passing the parent itself to dozens of concurrent checks would pile listeners onto it (each judge call
 * adds its own) and trip Node's listener-leak warning on long streams; one listener per parent and a set
 * of live children avoids that without a Node-only API.
 *
 * @param parent - Aborting it aborts every child handed out and not yet released.
 * @returns The fanout.
 */
export function createAbortFanout(parent: AbortSignal): AbortFanout {
  const live = new Set<AbortController>();
  parent.addEventListener(
    'abort',
    () => {
      for (const controller of live) controller.abort(parent.reason);
      live.clear();
    },
    { once: true },
  );
  return {
    child() {
      const controller = new AbortController();
      if (parent.aborted) controller.abort(parent.reason);
      else live.add(controller);
      return { signal: controller.signal, release: () => live.delete(controller) };
    },
  };
}
