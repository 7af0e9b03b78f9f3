import { AIMessage, AIMessageChunk, SystemMessage } from '@langchain/core/messages';
import { StringOutputParser } from '@langchain/core/output_parsers';
import { ChatPromptTemplate } from '@langchain/core/prompts';
import { RunnableLambda } from '@langchain/core/runnables';
import { fakeModel } from '@langchain/core/testing';
import { FakeListChatModel } from '@langchain/core/utils/testing';
import { InvalidArgumentError, type Policy, ValueGuardError } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { createKeywordEvaluator } from './testing/create-keyword-evaluator';
import { valueGuard } from './value-guard-runnable';

const prompt = ChatPromptTemplate.fromMessages([['human', '{question}']]);
const blockPolicy: Policy = { rules: [{ value: 'care-harm', min: -2, action: 'block' }] };
const SAFE = 'Bring her soup. Check on her tomorrow as well.';
const VIOLATING = 'Bring her soup. Then humiliate her in front of the neighbours. Leave after that.';

async function collect<T>(stream: AsyncIterable<T>): Promise<{ chunks: T[]; error?: unknown }> {
  const chunks: T[] = [];
  try {
    for await (const chunk of stream) chunks.push(chunk);
  } catch (error) {
    return { chunks, error };
  }
  return { chunks };
}

const chunkText = (chunk: unknown) => (typeof chunk === 'string' ? chunk : (chunk as AIMessageChunk).text);

describe('valueGuard', () => {
  it('should pass allowed output through unchanged', async () => {
    const model = new FakeListChatModel({ responses: [SAFE] });
    const chain = prompt.pipe(model).pipe(valueGuard({ policy: blockPolicy, evaluator: createKeywordEvaluator() }));
    const output = await chain.invoke({ question: 'My neighbour is ill.' });
    expect(AIMessage.isInstance(output)).toBe(true);
    expect((output as AIMessage).text).toBe(SAFE);
  });

  it('should throw ValueGuardError with the verdict when the output violates the policy', async () => {
    const model = new FakeListChatModel({ responses: [VIOLATING] });
    const chain = prompt.pipe(model).pipe(valueGuard({ policy: blockPolicy, evaluator: createKeywordEvaluator() }));
    const error = await chain.invoke({ question: 'x' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValueGuardError);
    const { verdict } = error as ValueGuardError;
    expect(verdict.allowed).toBe(false);
    expect(verdict.violations[0]).toMatchObject({ ref: { value: 'care-harm' }, action: 'block' });
    expect(verdict.violations[0].intensity).toBeLessThan(-2);
  });

  it('should let withFallbacks replace a blocked output, on invoke and on stream', async () => {
    const fallback = RunnableLambda.from(() => new AIMessageChunk('I will not help with that.'));
    const guarded = prompt
      .pipe(new FakeListChatModel({ responses: ['Humiliate her. Then leave.', 'Humiliate her. Then leave.'] }))
      .pipe(valueGuard({ policy: blockPolicy, evaluator: createKeywordEvaluator() }))
      .withFallbacks([fallback]);
    expect(((await guarded.invoke({ question: 'x' })) as AIMessage).text).toBe('I will not help with that.');
    const { chunks, error } = await collect(await guarded.stream({ question: 'x' }));
    expect(error).toBeUndefined();
    expect(chunks.map(chunkText).join('')).toBe('I will not help with that.');
  });

  it('should stream checked sentences and never release a violating one', async () => {
    const chain = prompt
      .pipe(new FakeListChatModel({ responses: [VIOLATING] }))
      .pipe(valueGuard({ policy: blockPolicy, evaluator: createKeywordEvaluator() }));
    const { chunks, error } = await collect(await chain.stream({ question: 'x' }));
    expect(error).toBeInstanceOf(ValueGuardError);
    expect(chunks.map(chunkText)).toEqual(['Bring her soup. ']);
    expect(chunks.every((chunk) => AIMessageChunk.isInstance(chunk))).toBe(true);
  });

  it('should stream allowed text sentence by sentence, also after a string parser', async () => {
    const chain = prompt
      .pipe(new FakeListChatModel({ responses: [SAFE] }))
      .pipe(new StringOutputParser())
      .pipe(valueGuard<string>({ policy: blockPolicy, evaluator: createKeywordEvaluator() }));
    const { chunks, error } = await collect(await chain.stream({ question: 'x' }));
    expect(error).toBeUndefined();
    expect(chunks).toEqual(['Bring her soup. ', 'Check on her tomorrow as well.']);
  });

  it('should rewrite through steering when the rule says rewrite', async () => {
    const rewriter = fakeModel().respond(new AIMessage('Bring her soup and sit with her for a while.'));
    const guard = valueGuard({
      policy: { rules: [{ value: 'care-harm', min: -2, action: 'rewrite' }] },
      evaluator: createKeywordEvaluator(),
      rewriter,
    });
    const output = await prompt
      .pipe(new FakeListChatModel({ responses: [VIOLATING] }))
      .pipe(guard)
      .invoke({ question: 'x' });
    expect((output as AIMessage).text).toBe('Bring her soup and sit with her for a while.');
    const [system, human] = rewriter.calls[0].messages;
    expect(SystemMessage.isInstance(system)).toBe(true);
    expect(system.text).toMatch(/−10 .* \+10/);
    expect(human.text).toContain('<draft>');
    expect(human.text).toContain('humiliate her');
  });

  it('should report flag-only violations through onVerdict and pass the output', async () => {
    const verdicts: boolean[] = [];
    const guard = valueGuard({
      policy: { rules: [{ value: 'care-harm', min: -2, action: 'flag' }] },
      evaluator: createKeywordEvaluator(),
      onVerdict: (verdict) => verdicts.push(verdict.violations.length > 0),
    });
    await expect(guard.invoke('Humiliate them.')).resolves.toBe('Humiliate them.');
    expect(verdicts).toEqual([true]);
  });

  it('should refuse a rewrite rule without a rewriter at construction', () => {
    expect(() =>
      valueGuard({
        policy: { rules: [{ value: 'care-harm', min: 0, action: 'rewrite' }] },
        evaluator: createKeywordEvaluator(),
      }),
    ).toThrow(InvalidArgumentError);
  });
});
