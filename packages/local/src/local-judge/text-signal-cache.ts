import type { Embedder } from '@valueflow/core';
import type { TextSignals } from './intensity-head';
import { moralFeatures } from './moral-features';
import { polarityFeatures } from './polarity-features';

/** Turns texts into {@link TextSignals}, embedding concurrent requests together and remembering recent texts. */
export interface TextSignalCache {
  signals(texts: readonly string[]): Promise<TextSignals[]>;
}

/**
 * Embeds texts in batches and remembers their signals. Requests made in the same turn of the event
 * loop share one embedder call (the evaluator asks for a text's windows all at once, and a profile
 * asks for every value at once), and a text already embedded or in flight is never embedded again,
 * so one evaluation costs one embedding however many windows and values it has.
 *
 * @param options.embedder - The embedder the head was trained on.
 * @param options.capacity - Texts remembered (least recently used forgotten first).
 */
export function createTextSignalCache(options: { embedder: Embedder; capacity: number }): TextSignalCache {
  const { embedder, capacity } = options;
  const known = new Map<string, Promise<TextSignals>>();
  let pending: Array<{ text: string; resolve: (signals: TextSignals) => void; reject: (error: unknown) => void }> = [];

  const flush = async () => {
    const batch = pending;
    pending = [];
    try {
      const vectors = await embedder.embed(batch.map((entry) => entry.text));
      for (const [index, entry] of batch.entries()) {
        entry.resolve({
          text: entry.text,
          vector: vectors[index],
          polarity: polarityFeatures(entry.text),
          moral: moralFeatures(entry.text),
        });
      }
    } catch (error) {
      for (const entry of batch) {
        // A failed embedding is forgotten so a later request tries again.
        known.delete(entry.text);
        entry.reject(error);
      }
    }
  };

  const one = (text: string): Promise<TextSignals> => {
    const existing = known.get(text);
    if (existing) {
      known.delete(text);
      known.set(text, existing);
      return existing;
    }
    const promise = new Promise<TextSignals>((resolve, reject) => {
      if (pending.length === 0) setImmediate(flush);
      pending.push({ text, resolve, reject });
    });
    // Callers that gave up (aborted) must not leave an unhandled rejection behind.
    promise.catch(() => undefined);
    known.set(text, promise);
    if (known.size > capacity) known.delete(known.keys().next().value as string);
    return promise;
  };

  return { signals: (texts) => Promise.all(texts.map(one)) };
}
