/** A minimal unbounded queue between a producer and one async consumer. */
export interface AsyncQueue<Item> {
  push(item: Item): void;
  /** The next item, or `undefined` once the queue is closed and drained. */
  next(): Promise<Item | undefined>;
  close(): void;
}

/**
 * Creates an {@link AsyncQueue}. The guard reads the model stream and runs checks in one loop and
 * releases parts in order in another; this queue connects them without either blocking the other.
 */
export function createAsyncQueue<Item>(): AsyncQueue<Item> {
  const items: Item[] = [];
  let waiting: ((item: Item | undefined) => void) | undefined;
  let closed = false;
  return {
    push(item) {
      if (closed) return;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve(item);
      } else items.push(item);
    },
    next() {
      if (items.length > 0) return Promise.resolve(items.shift());
      if (closed) return Promise.resolve(undefined);
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    close() {
      closed = true;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve(undefined);
      }
    },
  };
}
