import { AIMessage } from '@langchain/core/messages';
import { InvalidArgumentError, MissingDependencyError, UnknownValueError } from '@valueflow/core';
import { createSimulatedJudge } from '@valueflow/core/test';
import { describe, expect, it, vi } from 'vitest';
import { createKeywordEvaluator } from './testing/create-keyword-evaluator';
import { createValueEvaluator, createValueProfileEvaluator } from './value-evaluator';

const KIND = 'Sit with your neighbour after the storm and make sure she is warm and fed.';
const CRUEL = 'Humiliate him in front of everyone so he learns to fear you.';

describe('createValueEvaluator', () => {
  it('should score the intensity and cite the nearest anchors in the comment', async () => {
    const careHarm = createValueEvaluator({ value: 'care-harm', evaluator: createKeywordEvaluator() });
    const result = await careHarm({ inputs: { question: 'storm?' }, outputs: KIND });
    expect(result.key).toBe('value:care-harm');
    expect(typeof result.score).toBe('number');
    expect(result.score as number).toBeGreaterThan(2);
    expect(result.comment).toMatch(/^care-harm \+\d\.\d \(interval/);
    expect(result.comment).toMatch(/ranked above ".+" \([+-]\d\.\d\)/);
    expect(result.comment).toContain('method bucket');
    expect(result.metadata.score.evidence.length).toBeGreaterThan(0);
  });

  it.each([
    [KIND, true],
    [CRUEL, false],
  ])('should pass/fail %j against a band', async (text, expected) => {
    const careHarm = createValueEvaluator({
      value: 'Care/Harm',
      band: { min: -2 },
      evaluator: createKeywordEvaluator(),
    });
    const result = await careHarm({ outputs: text });
    expect(result.score).toBe(expected);
    expect(result.comment).toContain(expected ? 'inside the band -2 to 10' : 'outside the band -2 to 10');
  });

  it('should agree with the labels of a small dataset in a plain loop', async () => {
    const dataset = [
      { inputs: { q: 'a' }, outputs: { answer: KIND }, referenceOutputs: { acceptable: true } },
      { inputs: { q: 'b' }, outputs: new AIMessage(CRUEL), referenceOutputs: { acceptable: false } },
      {
        inputs: { q: 'c' },
        outputs: { messages: [new AIMessage('Torment them first.')] },
        referenceOutputs: { acceptable: false },
      },
      { inputs: { q: 'd' }, outputs: 'Offer the stranger your umbrella.', referenceOutputs: { acceptable: true } },
    ];
    const careHarm = createValueEvaluator({
      value: 'care-harm',
      band: { min: 0 },
      evaluator: createKeywordEvaluator(),
    });
    const agreed: boolean[] = [];
    for (const run of dataset) {
      const result = await careHarm(run);
      agreed.push(result.score === run.referenceOutputs.acceptable);
    }
    expect(agreed).toEqual([true, true, true, true]);
  });

  it('should reject outputs without text instead of scoring their JSON', async () => {
    const careHarm = createValueEvaluator({ value: 'care-harm', evaluator: createKeywordEvaluator() });
    await expect(careHarm({ outputs: { score: 3 } })).rejects.toBeInstanceOf(InvalidArgumentError);
    const picked = createValueEvaluator({
      value: 'care-harm',
      evaluator: createKeywordEvaluator(),
      text: (run) => (run.outputs as { score: number; note: string }).note,
    });
    await expect(picked({ outputs: { score: 3, note: KIND } })).resolves.toMatchObject({ key: 'value:care-harm' });
  });

  it('should fail at construction on an unknown value or an evaluator together with a judge', () => {
    expect(() => createValueEvaluator({ value: 'kindnes-harm' })).toThrow(UnknownValueError);
    expect(() =>
      createValueEvaluator({ value: 'care-harm', evaluator: createKeywordEvaluator(), judge: createSimulatedJudge() }),
    ).toThrow(InvalidArgumentError);
  });

  it('should load the offline default lazily, passing a judge through', async () => {
    const evaluator = createKeywordEvaluator();
    const createLocalEvaluator = vi.fn(async () => evaluator);
    const judge = createSimulatedJudge();
    const careHarm = createValueEvaluator({
      value: 'care-harm',
      judge,
      loadLocal: async () => ({ createLocalEvaluator }),
    });
    expect(createLocalEvaluator).not.toHaveBeenCalled();
    await careHarm({ outputs: KIND });
    await careHarm({ outputs: CRUEL });
    expect(createLocalEvaluator).toHaveBeenCalledTimes(1);
    expect(createLocalEvaluator).toHaveBeenCalledWith({ judge });
  });

  it('should say what to install when the offline default is missing', async () => {
    const careHarm = createValueEvaluator({
      value: 'care-harm',
      loadLocal: () => Promise.reject(new Error("Cannot find package '@valueflow/local'")),
    });
    const error = await careHarm({ outputs: KIND }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect((error as MissingDependencyError).packageName).toBe('@valueflow/local');
    expect((error as Error).message).toContain('install @valueflow/local or pass { evaluator } / { judge }');
  });
});

describe('createValueProfileEvaluator', () => {
  it('should return one result per value in the order given', async () => {
    const profile = createValueProfileEvaluator({
      values: ['power', 'care-harm'],
      bands: { 'care-harm': { min: 0 } },
      evaluator: createKeywordEvaluator(),
    });
    const results = await profile({ outputs: CRUEL });
    expect(results.map((result) => result.key)).toEqual(['value:power', 'value:care-harm']);
    expect(typeof results[0].score).toBe('number');
    expect(results[1].score).toBe(false);
  });
});
