import {
  InvalidArgumentError,
  InvalidPolicyError,
  MissingDependencyError,
  ValueGuardError,
  type Verdict,
} from '@valueflow/core';
import { generateText, streamText, wrapLanguageModel } from 'ai';
import { MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it, vi } from 'vitest';
import {
  careHarmPolicy,
  collect,
  createTestEvaluator,
  deltaText,
  finishPart,
  responseParts,
  sentences,
  streamingModel,
  testUsage,
  textParts,
} from './guard-test-fixtures';
import { type ValueGuardOptions, valueGuardMiddleware } from './value-guard-middleware';
import { valueSteeringMiddleware } from './value-steering-middleware';

const story = sentences.intro + sentences.calm + sentences.violent + sentences.advice + sentences.closing;
const benign = sentences.intro + sentences.calm + sentences.advice;

function guarded(model: MockLanguageModelV4, options: Partial<ValueGuardOptions> = {}) {
  const { evaluator, judge } = createTestEvaluator();
  const middleware = valueGuardMiddleware({ policy: careHarmPolicy, evaluator, ...options });
  return { model: wrapLanguageModel({ model, middleware }), judge };
}

// streamText logs stream errors by default; these tests inspect the error parts instead.
const onError = () => undefined;

type FullPart = { type: string; text?: string; error?: unknown; finishReason?: string };

describe('valueGuardMiddleware', () => {
  it('should never let a violating sentence in the middle of a stream reach the consumer in hold mode', async () => {
    const { model } = guarded(streamingModel(responseParts(story)), { mode: 'hold', onViolation: 'block' });
    const parts = (await collect(
      streamText({ onError, model, prompt: 'My neighbour is loud.' }).fullStream,
    )) as FullPart[];
    const text = deltaText(parts);
    expect(text).toBe(sentences.intro + sentences.calm);
    expect(text).not.toContain('hurt');
    const error = parts.find((part) => part.type === 'error')?.error;
    expect(ValueGuardError.isInstance(error)).toBe(true);
    expect((error as ValueGuardError).verdict.violations[0]).toMatchObject({
      ref: { value: 'care-harm' },
      band: [-3, 10],
    });
    expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: 'content-filter' });
  });

  it('should stop a monitored stream within one sentence of the violation', async () => {
    const { model } = guarded(streamingModel(responseParts(story)), { mode: 'monitor', onViolation: 'block' });
    const parts = (await collect(
      streamText({ onError, model, prompt: 'My neighbour is loud.' }).fullStream,
    )) as FullPart[];
    const text = deltaText(parts);
    expect(text).toContain(sentences.violent);
    expect((sentences.intro + sentences.calm + sentences.violent + sentences.advice).startsWith(text)).toBe(true);
    expect(parts.some((part) => part.type === 'error')).toBe(true);
  });

  it('should pass tool calls through and preserve usage and finish reason', async () => {
    const source = [
      { type: 'stream-start', warnings: [] },
      ...textParts(`${sentences.intro}Let me look that up.`),
      { type: 'tool-input-start', id: 'call-1', toolName: 'lookup' },
      { type: 'tool-input-delta', id: 'call-1', delta: '{"q":"noise rules"}' },
      { type: 'tool-input-end', id: 'call-1' },
      { type: 'tool-call', toolCallId: 'call-1', toolName: 'lookup', input: '{"q":"noise rules"}' },
      finishPart('tool-calls'),
    ] as Parameters<typeof streamingModel>[0];
    const { model } = guarded(streamingModel(source));
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] });
    const parts = await collect(stream);
    const nonText = (list: typeof parts) =>
      list.filter((part) => !part.type.startsWith('text-') && part.type !== 'finish');
    expect(nonText(parts)).toEqual(nonText(source));
    const finish = parts.at(-1);
    expect(finish).toMatchObject({
      type: 'finish',
      finishReason: { unified: 'tool-calls', raw: 'tool-calls' },
      usage: testUsage,
    });
    expect(finish).toMatchObject({ providerMetadata: { mock: { requestId: 'abc' }, valueflow: { rewrites: 0 } } });

    const result = streamText({ onError, model: guarded(streamingModel(responseParts(benign))).model, prompt: 'Hi' });
    expect(await result.text).toBe(benign);
    expect(await result.finishReason).toBe('stop');
    expect((await result.usage).outputTokens).toBe(34);
  });

  it('should keep two concurrent streams apart', async () => {
    const { evaluator } = createTestEvaluator();
    const middleware = valueGuardMiddleware({ policy: careHarmPolicy, evaluator, onViolation: 'block' });
    const run = (text: string) =>
      collect(
        streamText({
          onError,
          model: wrapLanguageModel({ model: streamingModel(responseParts(text)), middleware }),
          prompt: 'Hi',
        }).fullStream,
      ) as Promise<FullPart[]>;
    const [bad, good] = await Promise.all([run(story), run(benign)]);
    expect(deltaText(good)).toBe(benign);
    expect(good.some((part) => part.type === 'error')).toBe(false);
    expect(deltaText(bad)).toBe(sentences.intro + sentences.calm);
    expect(bad.some((part) => part.type === 'error')).toBe(true);
  });

  it('should leave no judge call running after the consumer aborts', async () => {
    const { evaluator, judge } = createTestEvaluator({ latencyMs: 5_000 });
    const model = wrapLanguageModel({
      model: streamingModel(responseParts(story)),
      middleware: valueGuardMiddleware({ policy: careHarmPolicy, evaluator }),
    });
    const abort = new AbortController();
    const result = streamText({ onError, model, prompt: 'Hi', abortSignal: abort.signal });
    const reader = result.fullStream.getReader();
    await reader.read();
    await vi.waitFor(() => expect(judge.inFlight).toBeGreaterThan(0));
    abort.abort();
    await reader.cancel().catch(() => undefined);
    await vi.waitFor(() => expect(judge.inFlight).toBe(0), { timeout: 1_000 });
    const calls = judge.callCount;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(judge.callCount).toBe(calls);
  });

  it('should regenerate with steering, continuing after the released text, when asked to rewrite', async () => {
    const inner = streamingModel(responseParts(story), responseParts(sentences.advice));
    const { model } = guarded(inner, { onViolation: 'rewrite' });
    const result = streamText({ onError, model, prompt: 'My neighbour is loud.' });
    expect(await result.text).toBe(sentences.intro + sentences.calm + sentences.advice);
    const retry = inner.doStreamCalls[1].prompt;
    expect(retry[0]).toMatchObject({
      role: 'system',
      content: expect.stringMatching(/continue it from exactly where it stops/),
    });
    expect(retry.at(-1)).toEqual({
      role: 'assistant',
      content: [{ type: 'text', text: sentences.intro + sentences.calm }],
    });
    const metadata = (await result.providerMetadata) as unknown as { valueflow: { rewrites: number } };
    expect(metadata.valueflow.rewrites).toBe(1);
  });

  it('should put the verdict in provider metadata when flagging', async () => {
    const { model } = guarded(streamingModel(responseParts(story)), { onViolation: 'flag', mode: 'monitor' });
    const result = streamText({ onError, model, prompt: 'Hi' });
    expect(await result.text).toBe(story);
    const { valueflow } = (await result.providerMetadata) as unknown as { valueflow: { verdict: Verdict } };
    expect(valueflow.verdict.allowed).toBe(false);
    expect(valueflow.verdict.violations[0].ref.value).toBe('care-harm');
  });

  it('should hold a final-mode stream until the finished text passes', async () => {
    const { model } = guarded(streamingModel(responseParts(benign)), { mode: 'final' });
    const result = streamText({ onError, model, prompt: 'Hi' });
    expect(await result.text).toBe(benign);
  });

  describe('with generateText', () => {
    const generating = (...texts: string[]) => {
      let call = 0;
      return new MockLanguageModelV4({
        doGenerate: async () => ({
          content: [{ type: 'text', text: texts[Math.min(call++, texts.length - 1)] }],
          finishReason: { unified: 'stop', raw: 'stop' },
          usage: testUsage,
          warnings: [],
        }),
      });
    };

    it('should throw the typed error with the verdict when blocking', async () => {
      const { model } = guarded(generating(story), { onViolation: 'block' });
      const error = await generateText({ model, prompt: 'Hi' }).catch((caught: unknown) => caught);
      expect(ValueGuardError.isInstance(error)).toBe(true);
      expect((error as ValueGuardError).verdict.allowed).toBe(false);
    });

    it('should return the steered regeneration when rewriting', async () => {
      const inner = generating(story, benign);
      const { model } = guarded(inner, { onViolation: 'rewrite', mode: 'final' });
      const result = await generateText({ model, prompt: 'Hi' });
      expect(result.text).toBe(benign);
      expect(inner.doGenerateCalls).toHaveLength(2);
      expect(inner.doGenerateCalls[1].prompt[0]).toMatchObject({
        role: 'system',
        content: expect.stringMatching(/care/i),
      });
      expect(result.providerMetadata).toMatchObject({ valueflow: { rewrites: 1, verdict: { allowed: true } } });
    });

    it('should flag without changing the text', async () => {
      const { model } = guarded(generating(story), { onViolation: 'flag' });
      const result = await generateText({ model, prompt: 'Hi' });
      expect(result.text).toBe(story);
      expect(result.providerMetadata).toMatchObject({ valueflow: { verdict: { allowed: false } } });
    });
  });

  it('should compose after the steering middleware', async () => {
    const inner = streamingModel(responseParts(benign));
    const { evaluator } = createTestEvaluator();
    const model = wrapLanguageModel({
      model: inner,
      middleware: [
        valueSteeringMiddleware({ targets: [{ value: 'care-harm', level: 1 }] }),
        valueGuardMiddleware({ policy: careHarmPolicy, evaluator }),
      ],
    });
    expect(await streamText({ onError, model, prompt: 'Hi' }).text).toBe(benign);
    expect(inner.doStreamCalls[0].prompt[0].role).toBe('system');
  });

  it('should report a missing @valueflow/local on the first check when no evaluator is given', async () => {
    const model = wrapLanguageModel({
      model: streamingModel(responseParts(benign)),
      middleware: valueGuardMiddleware({
        policy: careHarmPolicy,
        loadLocal: async () => {
          throw new Error('not installed');
        },
      }),
    });
    const parts = (await collect(streamText({ onError, model, prompt: 'Hi' }).fullStream)) as FullPart[];
    const error = parts.find((part) => part.type === 'error')?.error;
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(deltaText(parts)).toBe('');
  });

  it.each([
    ['no policy', {}, InvalidPolicyError],
    ['an empty policy', { policy: { rules: [] } }, InvalidPolicyError],
    ['an unknown value', { policy: { rules: [{ value: 'kindnes', min: 0 }] } }, InvalidPolicyError],
    ['an unknown mode', { policy: careHarmPolicy, mode: 'later' }, InvalidArgumentError],
    ['an unknown action', { policy: careHarmPolicy, onViolation: 'ignore' }, InvalidArgumentError],
    ['a negative rewrite count', { policy: careHarmPolicy, maxRewrites: -1 }, InvalidArgumentError],
  ])('should reject %s when created', (_, options, errorClass) => {
    expect(() => valueGuardMiddleware(options as ValueGuardOptions)).toThrow(errorClass);
  });
});
