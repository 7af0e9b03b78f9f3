import { createAgentTestRun, createTestMessage } from '@mastra/evals/scorers/utils';
import { describe, expect, it } from 'vitest';
import { createValueProfileScorer } from './profile-scorer';
import { HARMFUL_TEXT, createTestEvaluator } from './testing/create-test-evaluator';

describe('createValueProfileScorer', () => {
  it('should score every value and average their mapped intensities', async () => {
    const scorer = createValueProfileScorer({
      values: ['care-harm', 'benevolence', 'power'],
      evaluator: createTestEvaluator().evaluator,
    });
    const result = await scorer.run(
      createAgentTestRun({ output: [createTestMessage({ role: 'assistant', content: HARMFUL_TEXT })] }),
    );
    if (!result.analyzeStepResult) throw new Error('expected an analysis');
    const { intensities, profile } = result.analyzeStepResult;
    expect(Object.keys(intensities)).toEqual(['care-harm', 'benevolence', 'power']);
    expect(intensities['care-harm']).toBeLessThan(-3);
    const mapped = profile.scores.map((score) => ((score.intensity as number) + 10) / 20);
    expect(result.score).toBeCloseTo(mapped.reduce((sum, value) => sum + value, 0) / mapped.length, 10);
    expect(result.reason?.split('\n')).toHaveLength(4);
    expect(result.reason).toMatch(/- care-harm -\d/);
  });

  it.each([[[]], [['care-harm', 3]], [undefined]])('should reject malformed values %j', (values) => {
    expect(() => createValueProfileScorer({ values: values as never })).toThrow(/Invalid values/);
  });
});
