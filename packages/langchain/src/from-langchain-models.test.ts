import { AIMessage } from '@langchain/core/messages';
import { fakeModel } from '@langchain/core/testing';
import { SyntheticEmbeddings } from '@langchain/core/utils/testing';
import { EmbeddingError, InvalidArgumentError, resolveValue } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { langChainEmbedder, langChainJudge } from './from-langchain-models';

describe('langChainJudge', () => {
  it('should rank a window through the chat model and keep its token usage', async () => {
    const model = fakeModel().respond(
      new AIMessage({ content: '[2, 1, 3]', usage_metadata: { input_tokens: 90, output_tokens: 7, total_tokens: 97 } }),
    );
    const judge = langChainJudge(model, { id: 'fake:judge' });
    const result = await judge.rank({ value: resolveValue('care-harm'), texts: ['a', 'b', 'c'] });
    expect(result.order).toEqual([1, 0, 2]);
    expect(result.usage).toEqual({ inputTokens: 90, outputTokens: 7 });
    expect(judge.id).toBe('fake:judge');
    expect(model.calls[0].messages[0].text).toContain('b');
  });
});

describe('langChainEmbedder', () => {
  it('should embed through LangChain embeddings and check every vector size', async () => {
    const embedder = langChainEmbedder(new SyntheticEmbeddings({ vectorSize: 8 }), {
      dimensions: 8,
      id: 'synthetic-8',
    });
    const vectors = await embedder.embed(['one', 'two']);
    expect(vectors).toHaveLength(2);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expect(vectors[0]).toHaveLength(8);
    const wrong = langChainEmbedder(new SyntheticEmbeddings({ vectorSize: 4 }), { dimensions: 8 });
    await expect(wrong.embed(['one'])).rejects.toBeInstanceOf(EmbeddingError);
    expect(() => langChainEmbedder(new SyntheticEmbeddings({ vectorSize: 4 }), { dimensions: 0 })).toThrow(
      InvalidArgumentError,
    );
  });
});
