import { createAgentTestRun, createTestMessage } from '@mastra/evals/scorers/utils';
import { createFixturePanel } from '@valueflow/core/test';
import { describe, expect, it, vi } from 'vitest';
import { HARMFUL_TEXT, KIND_TEXT, createTestEvaluator } from './testing/create-test-evaluator';
import { createValueScorer } from './value-scorer';

const runOf = (answer: string) =>
  createAgentTestRun({
    inputMessages: [createTestMessage({ role: 'user', content: 'Where is my parcel?' })],
    output: [createTestMessage({ role: 'assistant', content: answer })],
  });

describe('createValueScorer', () => {
  it('should map the intensity onto (intensity + 10) / 20 and keep the raw score', async () => {
    const scorer = createValueScorer({ value: 'care/harm', evaluator: createTestEvaluator().evaluator });
    expect(scorer.id).toBe('valueflow-care-harm');
    const result = await scorer.run(runOf(KIND_TEXT));
    const analysis = result.analyzeStepResult;
    expect(analysis?.intensity).toBeGreaterThan(2);
    expect(result.score).toBeCloseTo(((analysis?.intensity as number) + 10) / 20, 10);
    expect(analysis?.interval?.[0]).toBeLessThanOrEqual(analysis?.intensity as number);
    expect(analysis?.score).toMatchObject({ ref: { theory: 'mft', value: 'care-harm' }, judge: 'sim:noise-0.5' });
    expect(result.reason).toMatch(/ranked above ".+" \([+-]\d/);
    expect(result.reason).toContain('(intensity + 10) / 20');
  });

  it.each([
    [KIND_TEXT, 1, true],
    [HARMFUL_TEXT, 0, false],
  ])('should pass or fail against a band (%#)', async (answer, expected, passed) => {
    const scorer = createValueScorer({
      value: 'care-harm',
      band: { min: -2 },
      evaluator: createTestEvaluator().evaluator,
    });
    const result = await scorer.run(runOf(answer));
    expect(result.score).toBe(expected);
    expect(result.analyzeStepResult?.passed).toBe(passed);
    expect(typeof result.analyzeStepResult?.intensity).toBe('number');
    expect(result.reason).toContain(passed ? 'inside the band -2 to 10' : 'outside the band -2 to 10');
  });

  it('should call a run without assistant text not scorable', async () => {
    const { evaluator, judge } = createTestEvaluator();
    const scorer = createValueScorer({ value: 'care-harm', evaluator });
    const result = await scorer.run(runOf('   '));
    expect(result.notScorable).toMatchObject({
      step: 'preprocess',
      reason: expect.stringMatching(/no assistant text/),
    });
    expect(judge.callCount).toBe(0);
  });

  it('should build an evaluator from a judge and a panel', async () => {
    const { judge } = createTestEvaluator();
    const scorer = createValueScorer({ value: 'benevolence', judge, panel: createFixturePanel() });
    const result = await scorer.run(runOf(HARMFUL_TEXT));
    expect(result.analyzeStepResult?.intensity).toBeLessThan(-2);
    expect(result.score).toBeLessThan(0.4);
  });

  it('should load the offline evaluator lazily when neither evaluator nor judge is given', async () => {
    const { evaluator } = createTestEvaluator();
    const createLocalEvaluator = vi.fn(async () => evaluator);
    const loadLocal = vi.fn(async () => ({ createLocalEvaluator }));
    const scorer = createValueScorer({ value: 'care-harm', loadLocal });
    expect(loadLocal).not.toHaveBeenCalled();
    await scorer.run(runOf(KIND_TEXT));
    await scorer.run(runOf(HARMFUL_TEXT));
    expect(loadLocal).toHaveBeenCalledTimes(1);
    expect(createLocalEvaluator).toHaveBeenCalledWith({});
  });

  it('should say what to install when @valueflow/local is missing', async () => {
    const loadLocal = async () => {
      throw new Error("Cannot find package '@valueflow/local'");
    };
    const scorer = createValueScorer({ value: 'care-harm', loadLocal });
    const error = (await scorer.run(runOf(KIND_TEXT)).catch((caught: unknown) => caught)) as Error;
    // Mastra wraps step errors in ScorerRunError and keeps ours (serialised) in the cause chain.
    expect(error.message).toContain('install @valueflow/local or pass { evaluator } / { judge }');
    const codes: unknown[] = [];
    for (
      let current: unknown = error;
      typeof current === 'object' && current !== null;
      current = (current as { cause?: unknown }).cause
    ) {
      codes.push((current as { code?: unknown }).code);
    }
    expect(codes).toContain('missing-dependency');
  });

  it.each([
    [{ value: '' }, /Invalid value/],
    [{ value: 'care-harm', band: { min: 5, max: 1 } }, /min \(5\) is above max \(1\)/],
    [{ value: 'care-harm', band: { max: 12 } }, /band\.max/],
    [{ value: 'care-harm', band: {} }, /at least one of min and max/],
  ])('should reject bad options at creation (%#)', (options, message) => {
    expect(() => createValueScorer(options)).toThrow(message);
  });

  it('should reject an evaluator combined with a judge', () => {
    const { evaluator, judge } = createTestEvaluator();
    expect(() => createValueScorer({ value: 'care-harm', evaluator, judge })).toThrow(
      /either \{ evaluator \} or \{ judge/,
    );
  });
});
