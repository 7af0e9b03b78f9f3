import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueScore } from './types';

/**
 * Where the evaluator keeps finished scores, keyed by a content hash of everything a score depends
 * on (panel, judge id, method, seed, value, text). Either method may be async, so a Redis or file
 * store fits behind the same contract.
 */
export interface ScoreCache {
  get(key: string): ValueScore | undefined | Promise<ValueScore | undefined>;
  set(key: string, score: ValueScore): void | Promise<void>;
}

/**
 * The default in-memory cache: least recently used entries are evicted beyond `maxEntries`.
 *
 * @param options.maxEntries - capacity (default 1,000 scores).
 * @throws InvalidArgumentError when `maxEntries` is not a positive integer.
 */
export function createMemoryScoreCache(options: { maxEntries?: number } = {}): ScoreCache & { readonly size: number } {
  const maxEntries = options.maxEntries ?? 1000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new InvalidArgumentError({
      argument: 'maxEntries',
      message: `expected a positive integer, got ${String(maxEntries)}.`,
    });
  }
  // A Map iterates in insertion order, so re-inserting on read keeps the oldest entry first.
  const entries = new Map<string, ValueScore>();
  return {
    get(key) {
      const score = entries.get(key);
      if (score !== undefined) {
        entries.delete(key);
        entries.set(key, score);
      }
      return score;
    },
    set(key, score) {
      entries.delete(key);
      entries.set(key, score);
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
      }
    },
    get size() {
      return entries.size;
    },
  };
}
