import { resolveValue } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { mastraJudge } from './mastra-judge';
import { mockAgentModel } from './testing/mock-agent-model';

describe('mastraJudge', () => {
  it('should rank through a Mastra model and parse its answer', async () => {
    const prompts: string[] = [];
    const model = mockAgentModel((userText) => {
      prompts.push(userText);
      return { text: 'Most supportive first: [3, 1, 2]' };
    });
    const judge = mastraJudge(model, { id: 'mock:judge' });
    const result = await judge.rank({
      value: resolveValue('care-harm'),
      texts: ['alpha text', 'beta text', 'gamma text'],
    });
    expect(judge.id).toBe('mock:judge');
    expect(result.order).toEqual([2, 0, 1]);
    expect(result.usage).toEqual({ inputTokens: 10, outputTokens: 10 });
    expect(prompts[0]).toContain('gamma text');
  });

  it('should name the judge after a router model id', () => {
    expect(mastraJudge('openai/gpt-4.1-mini').id).toBe('openai/gpt-4.1-mini');
  });
});
