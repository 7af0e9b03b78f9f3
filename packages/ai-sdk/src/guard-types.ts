import type { Verdict } from '@valueflow/core';
import type { StreamPart } from './ai-sdk-types';

/**
 * When the guard checks text and what the consumer sees meanwhile:
 * - `hold`: each sentence is released only after it (scored with the sentences before it) passes;
 * - `monitor`: text streams at once, each sentence is checked as it completes, and the stream ends at the
 *   first violation (at most one sentence after it, because the next sentence waits for its verdict);
 * - `final`: the finished text is checked once; in a stream it is held until then.
 */
export type GuardMode = 'hold' | 'monitor' | 'final';

/** Scores one text against the policy; the signal is aborted when the stream is cancelled. */
export type CheckText = (text: string, signal: AbortSignal) => Promise<Verdict>;

/** What the reading side hands to the releasing side, in stream order, tagged with its attempt. */
export type GuardEntry =
  | { kind: 'part'; part: StreamPart; attempt: number }
  | { kind: 'gate'; verdict: Promise<Verdict>; attempt: number }
  | { kind: 'end'; attempt: number }
  | { kind: 'failure'; error: unknown; attempt: number };
