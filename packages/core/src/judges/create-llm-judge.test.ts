import { afterEach, describe, expect, it } from 'vitest';
import { JudgeOutputError } from '../errors/judge-output-error';
import { JudgeRequestError } from '../errors/judge-request-error';
import type { ValueDefinition } from '../theories/types';
import { extractPromptTexts, startOpenAiStubServer } from '../test/openai-stub-server';
import { createLlmJudge } from './create-llm-judge';
import { createOpenAiCompatibleJudge } from './openai-compatible';

const value: ValueDefinition = {
  theory: 'mft',
  theoryName: 'Moral Foundations Theory',
  valueLabel: 'foundation',
  value: 'care-harm',
  name: 'Care/Harm',
  definition: 'Concern for the suffering of others.',
  midLevel: true,
};

describe('createLlmJudge', () => {
  it('should return a 0-based order and the raw answer', async () => {
    const judge = createLlmJudge({ id: 'scripted', complete: async () => '[2, 3, 1]' });
    const result = await judge.rank({ value, texts: ['a', 'b', 'c'] });
    expect(result.order).toEqual([1, 2, 0]);
    expect(result.raw).toBe('[2, 3, 1]');
  });

  it('should retry once with the reason, then succeed', async () => {
    const prompts: string[] = [];
    const answers = ['no idea', '[1, 2]'];
    const judge = createLlmJudge({
      id: 'scripted',
      complete: async (prompt) => {
        prompts.push(prompt);
        return answers.shift()!;
      },
    });
    const result = await judge.rank({ value, texts: ['a', 'b'] });
    expect(result.order).toEqual([0, 1]);
    expect(prompts).toHaveLength(2);
    expect(prompts[1]).toContain('could not be used');
  });

  it('should throw JudgeOutputError after the corrective retry fails', async () => {
    let calls = 0;
    const judge = createLlmJudge({
      id: 'scripted',
      complete: async () => {
        calls += 1;
        return 'I refuse';
      },
    });
    const error = await judge.rank({ value, texts: ['a', 'b', 'c'] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JudgeOutputError);
    expect((error as JudgeOutputError).raw).toContain('I refuse');
    expect(calls).toBe(2);
  });
});

describe('createOpenAiCompatibleJudge', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  it('should rank through a real HTTP round trip and report token usage', async () => {
    const stub = await startOpenAiStubServer({
      reply: ({ prompt }) => {
        const texts = extractPromptTexts(prompt);
        // Orders by how often "help" appears: enough to show the answer is read back correctly.
        const order = texts
          .map((text, index) => ({ index: index + 1, score: text.split('help').length }))
          .sort((left, right) => right.score - left.score)
          .map((entry) => entry.index);
        return `[${order.join(', ')}]`;
      },
    });
    close = stub.close;
    const judge = createOpenAiCompatibleJudge({ baseUrl: stub.url, model: 'stub-model', apiKey: 'secret' });
    const result = await judge.rank({ value, texts: ['I hurt people', 'help help help', 'I help'] });
    expect(judge.id).toBe('openai:stub-model');
    expect(result.order).toEqual([1, 2, 0]);
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
    expect(stub.requests[0].authorization).toBe('Bearer secret');
    expect(stub.requests[0].model).toBe('stub-model');
  });

  it.each([
    [503, true],
    [401, false],
  ])('should turn HTTP %i into a JudgeRequestError (retryable: %s)', async (status, retryable) => {
    const stub = await startOpenAiStubServer({ reply: () => ({ status, body: '{"error":{"message":"nope"}}' }) });
    close = stub.close;
    const judge = createOpenAiCompatibleJudge({ baseUrl: stub.url, model: 'm' });
    const error = await judge.rank({ value, texts: ['a', 'b'] }).catch((caught: unknown) => caught);
    expect(JudgeRequestError.isInstance(error)).toBe(true);
    expect((error as JudgeRequestError).status).toBe(status);
    expect((error as JudgeRequestError).retryable).toBe(retryable);
  });
});
