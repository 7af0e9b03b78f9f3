import { extractPromptTexts, startOpenAiStubServer } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { createPlaygroundContext } from './create-playground-context';
import { readPlaygroundConfig } from './read-playground-config';

describe('createPlaygroundContext', () => {
  it('should use the configured endpoint as chat model and judge, out of demo mode', async () => {
    const stub = await startOpenAiStubServer({
      // Answer every ranking in the order shown: a valid, if uninformed, judge.
      reply: (request) =>
        `[${extractPromptTexts(request.prompt)
          .map((_, index) => index + 1)
          .join(', ')}]`,
    });
    try {
      const context = await createPlaygroundContext({
        config: readPlaygroundConfig({ OPENAI_BASE_URL: stub.url, OPENAI_MODEL: 'stub-model' }),
      });
      expect(context.status).toMatchObject({
        demo: false,
        model: 'stub-model',
        judge: { kind: 'endpoint', id: 'endpoint:stub-model' },
      });
      const score = await context.evaluator.score({
        text: 'We shared our harvest with the village.',
        value: 'benevolence',
      });
      expect(score.judge).toBe('endpoint:stub-model');
      expect(score.windows).toBe(3);
      expect(stub.requests.length).toBeGreaterThanOrEqual(3);
    } finally {
      await stub.close();
    }
  });

  it('should label the simulated judge when it is asked for', async () => {
    const context = await createPlaygroundContext({ config: readPlaygroundConfig({ PLAYGROUND_JUDGE: 'simulated' }) });
    expect(context.status).toMatchObject({ demo: true, model: 'offline-demo', judge: { kind: 'simulated' } });
    expect(context.status.judge.note).toMatch(/^Simulated judge/);
  });
});
