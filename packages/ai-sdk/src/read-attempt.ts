import { createSentenceBuffer, type Verdict } from '@valueflow/core';
import { createAbortFanout } from './abort-fanout';
import type { StreamPart, TextDeltaPart } from './ai-sdk-types';
import type { AsyncQueue } from './async-queue';
import type { CheckText, GuardEntry, GuardMode } from './guard-types';

/** Options of {@link readAttempt}. */
export interface ReadAttemptOptions {
  source: ReadableStream<StreamPart>;
  attempt: number;
  mode: GuardMode;
  /** False in flag-only guards: text is never held back, checks are only reported. */
  enforce: boolean;
  /** Sentences before a sentence that are scored with it. */
  contextSentences: number;
  /** Sentences already released; extended as this attempt completes sentences. */
  context: string[];
  check: CheckText;
  signal: AbortSignal;
  queue: AsyncQueue<GuardEntry>;
  maxSentenceLength?: number;
}

/** A running read of one model stream. */
export interface AttemptReader {
  cancel(reason?: unknown): void;
}

/**
 * Reads one model stream (one attempt), starts a check per sentence (or one for the whole text in `final`
 * mode) and queues parts and verdict gates in the order the consumer must see them. Text that must wait
 * for a verdict is held here and queued after its gate; every other part is queued where it arrived, so
 * tool calls, reasoning, sources, usage and finish keep their order relative to the text.
 *
 * @param options - See {@link ReadAttemptOptions}.
 * @returns A handle that stops reading and cancels the model stream.
 */
export function readAttempt(options: ReadAttemptOptions): AttemptReader {
  const { attempt, mode, enforce, queue, context } = options;
  const reader = options.source.getReader();
  const buffer = createSentenceBuffer({ maxLength: options.maxSentenceLength });
  const holdText = enforce && mode !== 'monitor';
  const held: StreamPart[] = [];
  // Checks whose gates are not queued yet: in monitor mode the latest one, in flag-only guards all of them.
  const ungated: Promise<Verdict>[] = [];
  let openTextId: string | undefined;
  let wholeText = '';
  let holdingAll = false;
  let ended = false;
  let cancelled = false;
  const signals = createAbortFanout(options.signal);

  const out = (part: StreamPart) => queue.push({ kind: 'part', part, attempt });
  const gate = (verdict: Promise<Verdict>) => queue.push({ kind: 'gate', verdict, attempt });
  const startCheck = (text: string, asContext: boolean) => {
    const scored = asContext ? context.slice(-options.contextSentences).join('') + text : text;
    if (asContext) context.push(text);
    const { signal, release } = signals.child();
    const verdict = options.check(scored, signal);
    // Rejections are handled where the gate is awaited; this only keeps them from being reported as unhandled.
    verdict.then(release, release);
    return verdict;
  };
  // Removes `length` characters of held text from the front, with any other parts held between them.
  const takeText = (length: number): StreamPart[] => {
    const taken: StreamPart[] = [];
    let remaining = length;
    while (remaining > 0 && held.length > 0) {
      const part = held[0];
      if (part.type !== 'text-delta' || part.delta.length <= remaining) {
        if (part.type === 'text-delta') remaining -= part.delta.length;
        taken.push(held.shift() as StreamPart);
      } else {
        taken.push({ ...part, delta: part.delta.slice(0, remaining) });
        held[0] = { ...part, delta: part.delta.slice(remaining) };
        remaining = 0;
      }
    }
    return taken;
  };
  // Text of the unfinished sentence that already went out (monitor and flag-only guards release at once).
  let releasedPending = 0;
  const releaseSentenceText = (length: number) => {
    const fromHeld = Math.max(0, length - releasedPending);
    releasedPending = Math.max(0, releasedPending - length);
    for (const part of takeText(fromHeld)) out(part);
  };
  const completeSentence = (sentence: string) => {
    const verdict = startCheck(sentence, true);
    if (holdText) gate(verdict);
    releaseSentenceText(sentence.length);
    if (holdText) return;
    // Monitor: the previous sentence's verdict must arrive before anything after this sentence is released.
    if (enforce) for (const previous of ungated.splice(0)) gate(previous);
    ungated.push(verdict);
  };
  const endSentence = () => {
    if (mode === 'final') return;
    const rest = buffer.flush();
    if (rest.trim() !== '') completeSentence(rest);
    else releaseSentenceText(rest.length);
    releasedPending = 0;
  };
  const endAll = () => {
    if (ended) return;
    ended = true;
    endSentence();
    if (mode === 'final' && wholeText.trim() !== '') {
      const verdict = startCheck(wholeText, false);
      if (holdText) gate(verdict);
      else ungated.push(verdict);
    }
    for (const verdict of ungated.splice(0)) gate(verdict);
    for (const part of held.splice(0)) out(part);
  };
  const onDelta = (part: TextDeltaPart) => {
    if (openTextId !== undefined && part.id !== openTextId) endSentence();
    openTextId = part.id;
    if (mode === 'final') {
      wholeText += part.delta;
      holdingAll = holdText;
      if (holdingAll) held.push(part);
      else out(part);
      return;
    }
    held.push(part);
    for (const sentence of buffer.push(part.delta)) completeSentence(sentence);
    if (holdText) return;
    for (const rest of held.splice(0)) {
      if (rest.type === 'text-delta') releasedPending += rest.delta.length;
      out(rest);
    }
  };
  const pass = (part: StreamPart) => {
    if (holdingAll || (holdText && buffer.pending !== '')) {
      held.push(part);
      return;
    }
    for (const leftover of held.splice(0)) out(leftover);
    out(part);
  };
  const onPart = (part: StreamPart) => {
    if (part.type === 'text-delta') onDelta(part);
    else if (part.type === 'text-end') {
      if (part.id === openTextId) {
        endSentence();
        openTextId = undefined;
      }
      pass(part);
    } else if (part.type === 'finish') {
      endAll();
      out(part);
    } else {
      if (part.type === 'text-start' && mode === 'final') holdingAll = holdText;
      pass(part);
    }
  };

  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (cancelled) return;
        if (done) break;
        onPart(value);
      }
      endAll();
      queue.push({ kind: 'end', attempt });
    } catch (error) {
      if (!cancelled) queue.push({ kind: 'failure', error, attempt });
    }
  })();

  return {
    cancel(reason) {
      if (cancelled) return;
      cancelled = true;
      reader.cancel(reason).catch(() => undefined);
    },
  };
}
