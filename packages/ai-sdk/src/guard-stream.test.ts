import { ValueflowError, ValueGuardError, type Verdict } from '@valueflow/core';
import { simulateReadableStream } from 'ai';
import { describe, expect, it, vi } from 'vitest';
import type { StreamPart } from './ai-sdk-types';
import { guardStream, type GuardStreamOptions } from './guard-stream';
import { collect, deltaText, finishPart, responseParts, sentences, textParts } from './guard-test-fixtures';

const violation = { ref: { theory: 'mft', value: 'care-harm' }, band: [-3, 10] as [number, number], intensity: -9 };

/** A stand-in for checkPolicy: any window mentioning "hurt" violates. */
function keywordCheck(log: string[] = []) {
  return async (text: string): Promise<Verdict> => {
    log.push(text);
    const allowed = !/\bhurt\b/.test(text);
    return { allowed, scores: [], violations: allowed ? [] : [{ ...violation, action: 'block' }] };
  };
}

function guard(parts: StreamPart[], options: Partial<GuardStreamOptions> = {}) {
  return guardStream({
    source: simulateReadableStream({ chunks: parts, initialDelayInMs: null, chunkDelayInMs: null }),
    mode: 'hold',
    enforce: true,
    contextSentences: 2,
    check: keywordCheck(),
    decide: (verdict) => verdict.violations[0]?.action ?? 'block',
    maxRewrites: 0,
    regenerate: async () => {
      throw new Error('no regeneration expected');
    },
    ...options,
  });
}

const story = sentences.intro + sentences.calm + sentences.violent + sentences.advice + sentences.closing;

describe('guardStream', () => {
  it.each([1, 3, 7, 50])(
    'should release text unchanged when every sentence passes (chunks of %i)',
    async (chunkSize) => {
      const benign = sentences.intro + sentences.calm + sentences.advice;
      const parts = [
        { type: 'stream-start', warnings: [] },
        ...textParts(benign, { chunkSize }),
        finishPart(),
      ] as StreamPart[];
      const output = await collect(guard(parts));
      expect(deltaText(output)).toBe(benign);
      expect(output.filter((part) => part.type !== 'text-delta')).toEqual([
        ...parts.filter((part) => part.type !== 'text-delta' && part.type !== 'finish'),
        { ...finishPart(), providerMetadata: expect.objectContaining({ mock: { requestId: 'abc' } }) },
      ]);
    },
  );

  it('should never release a violating sentence in hold mode, and end with an error and a finish', async () => {
    const output = await collect(guard(responseParts(story)));
    expect(deltaText(output)).toBe(sentences.intro + sentences.calm);
    const types = output.map((part) => part.type);
    expect(types.slice(-3)).toEqual(['text-end', 'error', 'finish']);
    const error = (output.at(-2) as { error: unknown }).error;
    expect(error).toBeInstanceOf(ValueGuardError);
    expect((error as ValueGuardError).verdict.violations[0].ref.value).toBe('care-harm');
    expect(output.at(-1)).toMatchObject({ finishReason: { unified: 'content-filter' } });
  });

  it('should score each sentence with the sentences before it', async () => {
    const log: string[] = [];
    await collect(
      guard(responseParts(sentences.intro + sentences.calm + sentences.advice), { check: keywordCheck(log) }),
    );
    expect(log).toEqual([
      sentences.intro,
      sentences.intro + sentences.calm,
      sentences.intro + sentences.calm + sentences.advice,
    ]);
  });

  it('should stop within one sentence of a violation in monitor mode', async () => {
    const output = await collect(guard(responseParts(story), { mode: 'monitor' }));
    const text = deltaText(output);
    // Everything up to the violation streamed at once; at most the one sentence after it followed.
    expect(text.startsWith(sentences.intro + sentences.calm + sentences.violent)).toBe(true);
    expect((sentences.intro + sentences.calm + sentences.violent + sentences.advice).startsWith(text)).toBe(true);
    expect(output.at(-2)).toMatchObject({ type: 'error' });
  });

  it('should hold everything until the finished text passes in final mode', async () => {
    const log: string[] = [];
    const output = await collect(guard(responseParts(story), { mode: 'final', check: keywordCheck(log) }));
    expect(deltaText(output)).toBe('');
    expect(log).toEqual([story]);
    expect(output.map((part) => part.type)).toEqual(['stream-start', 'error', 'finish']);
  });

  it('should keep non-text parts untouched and in order around held text', async () => {
    const toolParts: StreamPart[] = [
      { type: 'tool-input-start', id: 'call-1', toolName: 'weather' },
      { type: 'tool-input-delta', id: 'call-1', delta: '{"city":"Oslo"}' },
      { type: 'tool-input-end', id: 'call-1' },
      { type: 'tool-call', toolCallId: 'call-1', toolName: 'weather', input: '{"city":"Oslo"}' },
    ];
    const reasoning: StreamPart[] = [
      { type: 'reasoning-start', id: 'r1' },
      { type: 'reasoning-delta', id: 'r1', delta: 'The user wants the weather.' },
      { type: 'reasoning-end', id: 'r1' },
    ];
    const source: StreamPart = {
      type: 'source',
      sourceType: 'url',
      id: 's1',
      url: 'https://example.org',
      title: 'Example',
    };
    const parts: StreamPart[] = [
      { type: 'stream-start', warnings: [] },
      ...reasoning,
      ...textParts(`${sentences.intro}Let me check`),
      source,
      ...toolParts,
      finishPart('tool-calls'),
    ];
    for (const mode of ['hold', 'monitor', 'final'] as const) {
      const output = await collect(guard(parts, { mode }));
      const nonText = (list: StreamPart[]) =>
        list.filter((part) => !part.type.startsWith('text-') && part.type !== 'finish');
      expect(nonText(output)).toEqual(nonText(parts));
      const finish = output.at(-1);
      expect(finish).toMatchObject({ type: 'finish', finishReason: { unified: 'tool-calls', raw: 'tool-calls' } });
      expect((finish as { usage: unknown }).usage).toEqual(finishPart().usage);
      // The text block ends before the source and the tool call, as it did in the model's stream.
      const order = output.map((part) => part.type);
      expect(order.indexOf('text-end')).toBeLessThan(order.indexOf('source'));
      expect(deltaText(output)).toBe(`${sentences.intro}Let me check`);
    }
  });

  it('should only report in flag-only guards', async () => {
    const output = await collect(guard(responseParts(story), { enforce: false }));
    expect(deltaText(output)).toBe(story);
    const finish = output.at(-1) as unknown as {
      providerMetadata: { valueflow: { verdict: Verdict; rewrites: number } };
    };
    expect(finish.providerMetadata.valueflow.verdict.allowed).toBe(false);
    expect(finish.providerMetadata.valueflow.rewrites).toBe(0);
  });

  it('should fail closed when a check throws', async () => {
    const check = async () => {
      throw new ValueflowError({ code: 'judge', message: 'judge unavailable' });
    };
    const output = await collect(guard(responseParts(story), { check }));
    expect(deltaText(output)).toBe('');
    expect(output.at(-2)).toMatchObject({ type: 'error', error: { message: 'judge unavailable' } });
    expect(output.at(-1)).toMatchObject({ finishReason: { unified: 'error' } });
  });

  it('should continue after the released text when a rewrite is asked for', async () => {
    const regenerate = vi.fn(async () => ({
      stream: simulateReadableStream({
        chunks: responseParts(sentences.advice),
        initialDelayInMs: null,
        chunkDelayInMs: null,
      }),
    }));
    const output = await collect(guard(responseParts(story), { decide: () => 'rewrite', maxRewrites: 1, regenerate }));
    expect(deltaText(output)).toBe(sentences.intro + sentences.calm + sentences.advice);
    expect(regenerate).toHaveBeenCalledWith(
      expect.objectContaining({ released: sentences.intro + sentences.calm, attempt: 1 }),
    );
    expect(output.filter((part) => part.type === 'stream-start')).toHaveLength(1);
    const finish = output.at(-1) as unknown as { providerMetadata: { valueflow: { rewrites: number } } };
    expect(finish.providerMetadata.valueflow.rewrites).toBe(1);
  });

  it('should block once the rewrites are used up', async () => {
    const regenerate = vi.fn(async () => ({
      stream: simulateReadableStream({
        chunks: responseParts(sentences.violent),
        initialDelayInMs: null,
        chunkDelayInMs: null,
      }),
    }));
    const output = await collect(guard(responseParts(story), { decide: () => 'rewrite', maxRewrites: 2, regenerate }));
    expect(regenerate).toHaveBeenCalledTimes(2);
    expect(deltaText(output)).not.toContain('hurt');
    expect(output.at(-2)).toMatchObject({ type: 'error' });
  });

  it('should abort pending checks when the consumer cancels', async () => {
    const signals: AbortSignal[] = [];
    const check = (_text: string, signal: AbortSignal) => {
      signals.push(signal);
      return new Promise<Verdict>(() => undefined);
    };
    const reader = guard(responseParts(story), { check }).getReader();
    await reader.read();
    await vi.waitFor(() => expect(signals.length).toBeGreaterThan(0));
    await reader.cancel('user left');
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });
});
