import { describe, expect, it } from 'vitest';
import { ValueflowError } from '../errors/valueflow-error';
import { createFixturePanel } from '../test/create-fixture-panel';
import { createSimulatedJudge, type SimulatedJudgeFaults } from '../test/create-simulated-judge';
import { createEvaluator } from './create-evaluator';
import type { ValueScore } from './types';

const panel = createFixturePanel();
const texts = Array.from({ length: 12 }, (_, index) => `Scenario ${index}: what I did for my neighbours.`);
const utilities = new Map(texts.map((text, index) => [text, -6 + index]));

async function scoreAll(faults: SimulatedJudgeFaults) {
  const judge = createSimulatedJudge({ panel, utilities, faults, seed: 3 });
  const evaluator = createEvaluator({
    panel,
    judge,
    cache: false,
    retries: 1,
    retryDelayMs: 1,
    timeoutMs: 20,
    windows: 6,
  });
  const scores = await Promise.all(texts.map((text) => evaluator.score({ text, value: 'benevolence' })));
  return { judge, evaluator, scores };
}

const meanWidth = (scores: ValueScore[]) => {
  const widths = scores.filter((score) => score.interval).map((score) => score.interval![1] - score.interval![0]);
  return widths.reduce((sum, width) => sum + width, 0) / widths.length;
};

describe('createEvaluator', () => {
  it.each([
    ['garbage', { garbage: 0.5 }, /no ranking found/],
    ['partial', { partial: 0.5 }, /unusable order: expected a permutation of 6 indices, got 5/],
    ['timeout', { timeout: 0.5 }, /did not answer within 20 ms/],
    ['throws', { throws: 0.6 }, /connection reset/],
  ])('should survive %s faults with exact accounting and a wider interval', async (fault, faults, reason) => {
    const clean = await scoreAll({});
    const faulty = await scoreAll(faults);
    const dropped = faulty.scores.flatMap((score) => score.dropped);
    expect(dropped.length).toBeGreaterThan(0);
    for (const entry of dropped) expect(entry.reason).toMatch(reason);
    if (fault === 'garbage') expect(dropped[0].raw).toBe('I would rather not rank these.');
    const judgeCalls = faulty.scores.reduce((sum, score) => sum + score.judgeCalls, 0);
    expect(judgeCalls).toBe(faulty.judge.callCount);
    expect(faulty.evaluator.usage().judgeCalls).toBe(faulty.judge.callCount);
    for (const score of faulty.scores) expect(score.windows + score.dropped.length).toBe(6);
    if (fault === 'timeout' || fault === 'throws') expect(judgeCalls).toBeGreaterThan(6 * texts.length);
    else expect(judgeCalls).toBe(6 * texts.length);
    expect(meanWidth(faulty.scores)).toBeGreaterThan(meanWidth(clean.scores));
    expect(faulty.judge.inFlight).toBe(0);
  });

  it('should return an unscored result when every window is lost', async () => {
    const judge = createSimulatedJudge({ panel, utilities, faults: { garbage: 1 } });
    const score = await createEvaluator({ panel, judge }).score({ text: texts[0], value: 'benevolence' });
    expect(score).toMatchObject({ intensity: null, interval: null, level: null, windows: 0, judgeCalls: 3 });
    expect(score.dropped).toHaveLength(3);
  });

  it('should keep 1,000 concurrent evaluations within the concurrency bound and flat memory', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 1, latencyMs: 1, recordCalls: false });
    const evaluator = createEvaluator({ panel, judge, concurrency: 4, cache: false });
    const before = process.memoryUsage().heapUsed;
    const scores = await Promise.all(
      Array.from({ length: 1000 }, (_, index) => evaluator.score({ text: `Item ${index}`, value: 'fidelity' })),
    );
    expect(scores.every((score) => score.windows === 3)).toBe(true);
    expect(judge.maxInFlight).toBeLessThanOrEqual(4);
    expect(judge.maxInFlight).toBe(4);
    expect(judge.callCount).toBe(3000);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('should score a batch in input order, capture per-item errors and report progress', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 2, latencyMs: 1 });
    const evaluator = createEvaluator({ panel, judge, concurrency: 3 });
    const progress: number[] = [];
    const items = [
      { text: 'first', value: 'power' },
      { text: 'second', value: 'no-such-value' },
      { text: 'third', value: 'care/harm' },
    ];
    const results = await evaluator.scoreMany(items, { onProgress: ({ done }) => progress.push(done) });
    expect((results[0] as ValueScore).ref.value).toBe('power');
    expect((results[1] as { error: Error }).error.name).toBe('UnknownValueError');
    expect((results[2] as ValueScore).ref.value).toBe('care-harm');
    expect(progress).toEqual([1, 2, 3]);
    expect(judge.maxInFlight).toBeLessThanOrEqual(3);
  });

  it('should reject promptly on abort and leave no judge call in flight or queued', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 0, latencyMs: 200 });
    const evaluator = createEvaluator({ panel, judge, concurrency: 2, cache: false });
    const controller = new AbortController();
    // Eight scores on one signal: one listener each, under Node's warning threshold of ten.
    const pending = Promise.all(
      texts.slice(0, 8).map((text) => evaluator.score({ text, value: 'power', signal: controller.signal })),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(judge.inFlight).toBe(2);
    const started = Date.now();
    controller.abort();
    const error = await pending.catch((caught: unknown) => caught);
    expect(Date.now() - started).toBeLessThan(50);
    expect(ValueflowError.isInstance(error) && error.code).toBe('aborted');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(judge.inFlight).toBe(0);
    const calls = judge.callCount;
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(judge.callCount).toBe(calls);
  });

  it('should cancel a pending retry backoff on abort', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 0, faults: { throws: 1 } });
    const evaluator = createEvaluator({ panel, judge, retries: 3, retryDelayMs: 10_000 });
    const controller = new AbortController();
    const pending = evaluator.score({ text: 'x', value: 'power', signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    const started = Date.now();
    await expect(pending).rejects.toMatchObject({ code: 'aborted', name: 'AbortError' });
    expect(Date.now() - started).toBeLessThan(50);
    expect(judge.callCount).toBe(3);
  });

  it('should reject at once when the signal is already aborted', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 0 });
    const evaluator = createEvaluator({ panel, judge });
    await expect(evaluator.score({ text: 'x', value: 'power', signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'aborted',
    });
    expect(judge.callCount).toBe(0);
  });

  it('should gate irrelevant values and spend a budget on the most relevant ones', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 1 });
    const evaluator = createEvaluator({ panel, judge });
    const relevance = async () => ({
      benevolence: 0.9,
      'care-harm': 0.8,
      power: 0.2,
      fidelity: 0.6,
      'civil-rights': 0.4,
    });
    const profile = await evaluator.profile({ text: 'I looked after my sister.', relevance, budget: 7 });
    expect(profile.scores.map((score) => [score.ref.value, score.relevance])).toEqual([
      ['benevolence', 0.9],
      ['care-harm', 0.8],
    ]);
    expect(profile.skipped).toEqual([
      { ref: { theory: 'pvq', value: 'power' }, reason: 'irrelevant', relevance: 0.2 },
      { ref: { theory: 'right', value: 'civil-rights' }, reason: 'irrelevant', relevance: 0.4 },
      { ref: { theory: 'duty', value: 'fidelity' }, reason: 'budget', relevance: 0.6 },
    ]);
    expect(profile.judgeCalls).toBe(6);
    expect(judge.callCount).toBe(6);
    expect(profile.usage.inputTokens).toBeGreaterThan(0);
  });

  it('should profile every value the panel has by default', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 1 });
    const profile = await createEvaluator({ panel, judge }).profile({ text: 'I kept my promise.' });
    expect(profile.scores.map((score) => score.ref.value).sort()).toEqual(
      ['benevolence', 'care-harm', 'civil-rights', 'fidelity', 'power'].sort(),
    );
    expect(profile.skipped).toEqual([]);
    expect(profile.judgeCalls).toBe(15);
  });

  it('should stop adaptive sampling once the interval is narrow enough', async () => {
    const judge = createSimulatedJudge({ panel, utilities: () => 2.5, noise: 0.3 });
    const evaluator = createEvaluator({
      panel,
      judge,
      sampler: 'adaptive',
      adaptive: { maxWindows: 8, targetWidth: 4 },
    });
    const score = await evaluator.score({ text: 'A kind act.', value: 'benevolence' });
    expect(score.method).toBe('adaptive/k6/m8/pl-mean');
    expect(score.windows).toBeLessThan(8);
    expect(score.interval![1] - score.interval![0]).toBeLessThan(4);
    expect(score.judgeCalls).toBe(score.windows);
  });
});
