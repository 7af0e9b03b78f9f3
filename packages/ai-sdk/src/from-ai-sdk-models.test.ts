import { createEvaluator, InvalidArgumentError, resolveValue } from '@valueflow/core';
import { createFixturePanel } from '@valueflow/core/test';
import { MockEmbeddingModelV4, MockLanguageModelV4 } from 'ai/test';
import { describe, expect, it } from 'vitest';
import { aiSdkEmbedder, aiSdkJudge } from './from-ai-sdk-models';
import { testUsage } from './guard-test-fixtures';

const answering = (text: string) =>
  new MockLanguageModelV4({
    provider: 'mock-provider',
    modelId: 'ranker-1',
    doGenerate: async () => ({
      content: [{ type: 'text', text }],
      finishReason: { unified: 'stop', raw: 'stop' },
      usage: testUsage,
      warnings: [],
    }),
  });

describe('aiSdkJudge', () => {
  it('should rank through generateText at temperature 0 and report usage', async () => {
    const model = answering('Ranking: [2, 1, 3]');
    const judge = aiSdkJudge(model);
    const result = await judge.rank({ value: resolveValue('care-harm'), texts: ['a', 'b', 'c'] });
    expect(judge.id).toBe('mock-provider:ranker-1');
    expect(result.order).toEqual([1, 0, 2]);
    expect(result.usage).toEqual({ inputTokens: 12, outputTokens: 34 });
    expect(model.doGenerateCalls[0].temperature).toBe(0);
  });

  it('should work as the judge of an evaluator', async () => {
    const evaluator = createEvaluator({
      panel: createFixturePanel(),
      judge: aiSdkJudge(answering('[1, 2, 3, 4, 5, 6]')),
    });
    const score = await evaluator.score({ text: 'I comforted a crying child.', value: 'care-harm' });
    expect(score.judge).toBe('mock-provider:ranker-1');
    expect(score.windows).toBeGreaterThan(0);
  });
});

describe('aiSdkEmbedder', () => {
  const model = () =>
    new MockEmbeddingModelV4({
      provider: 'mock-provider',
      modelId: 'embed-1',
      doEmbed: async ({ values }) => ({ embeddings: values.map((text) => [text.length, 1, 0]), warnings: [] }),
    });

  it('should learn the vector size with one probe and embed through embedMany', async () => {
    const embedder = await aiSdkEmbedder(model());
    expect(embedder).toMatchObject({ id: 'mock-provider:embed-1', dimensions: 3 });
    const vectors = await embedder.embed(['ab', 'abcd']);
    expect(vectors.map((vector) => [...vector])).toEqual([
      [2, 1, 0],
      [4, 1, 0],
    ]);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
  });

  it('should reject vectors of another size than stated', async () => {
    const embedder = await aiSdkEmbedder(model(), { dimensions: 4 });
    await expect(embedder.embed(['x'])).rejects.toThrow(InvalidArgumentError);
  });
});
