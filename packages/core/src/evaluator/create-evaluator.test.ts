import { describe, expect, it } from 'vitest';
import { UnknownValueError } from '../errors/unknown-value-error';
import { createSimulatedJudge } from '../test/create-simulated-judge';
import { createFixturePanel } from '../test/create-fixture-panel';
import { createReferenceDb } from '../vidb/create-reference-db';
import type { VidbRecord } from '../vidb/types';
import type { AnchorSampler } from './anchor-sampler';
import { createEvaluator } from './create-evaluator';
import type { RankingJudge } from './types';

const response = 'The text under evaluation.';

/** One value whose records are exactly the anchors of method.md §5.7. */
function vectorPanel(windows: number[][]) {
  const records: VidbRecord[] = windows.flatMap((anchors, window) =>
    anchors.map((intensity, slot) => ({
      id: `w${window}-a${slot}`,
      theory: 'pvq',
      value: 'benevolence',
      text: `anchor ${window}.${slot} at ${intensity}`,
      intensity,
    })),
  );
  return createReferenceDb(records);
}

/** Returns window w's anchors in the order they are listed (ascending, as the reference samples them). */
function scriptedSampler(windows: number[][]): AnchorSampler {
  return {
    name: 'scripted',
    sample: ({ records, window }) =>
      windows[window].map((_, slot) => records.find((record) => record.id === `w${window}-a${slot}`) as VidbRecord),
  };
}

/**
 * Answers as the reference judge would if the response were text [1] and the anchors [2]..[k] in
 * listed order, whatever order the evaluator actually shows them in: the answer is mapped onto the
 * shown positions, which is what the evaluator must undo.
 */
function scriptedJudge(answers: number[][]): RankingJudge & { positions: number[] } {
  const positions: number[] = [];
  let call = 0;
  return {
    id: 'scripted',
    positions,
    async rank({ texts }) {
      const answer = answers[call % answers.length];
      call += 1;
      const referenceIndex = (text: string) => {
        if (text === response) return 1;
        const match = /^anchor \d+\.(\d+) /.exec(text);
        return Number(match?.[1]) + 2;
      };
      positions.push(texts.indexOf(response));
      const shownAt = new Map(texts.map((text, index) => [referenceIndex(text), index]));
      return { order: answer.map((reference) => shownAt.get(reference) as number) };
    },
  };
}

const threeWindows = [
  [-8.5, -4.2, 0.3, 4.1, 8.0],
  [-9.0, -3.5, 1.2, 3.8, 7.4],
  [-7.8, -5.0, -0.4, 5.2, 9.1],
];

describe('createEvaluator', () => {
  it.each([
    ['response 2nd in all three', threeWindows, [[6, 1, 5, 4, 3, 2]], 6.265],
    ['response 1st in all three', threeWindows, [[1, 6, 5, 4, 3, 2]], 9.1],
    ['response last in all three', threeWindows, [[6, 5, 4, 3, 2, 1]], -9.0],
    ['response 4th in all three', threeWindows, [[6, 5, 4, 1, 3, 2]], -1.937],
    [
      'mixed positions',
      threeWindows,
      [
        [6, 1, 5, 4, 3, 2],
        [6, 5, 1, 4, 3, 2],
        [6, 5, 4, 1, 3, 2],
      ],
      2.194,
    ],
    ['k = 3, one window', [[-5, 5]], [[3, 1, 2]], 0],
    ['k = 2, one window', [[-10]], [[2, 1]], -10],
    ['k = 6, one window', [[-8, -4, 0, 4, 10]], [[1, 6, 5, 4, 3, 2]], 10],
    [
      'k = 3, two windows, inconsistent judge',
      [
        [-2, 2],
        [4, 8],
      ],
      [
        [1, 2, 3],
        [2, 3, 1],
      ],
      4.613,
    ],
  ])('should reproduce the method.md §5.7 vector: %s', async (_, windows, answers, expected) => {
    const judge = scriptedJudge(answers);
    const evaluator = createEvaluator({
      panel: vectorPanel(windows),
      judge,
      sampler: scriptedSampler(windows),
      k: windows[0].length + 1,
      windows: windows.length,
      estimator: 'map',
      noiseScale: 1,
      concurrency: 1,
    });
    const score = await evaluator.score({ text: response, value: 'benevolence' });
    expect(score.intensity).toBeCloseTo(expected, 3);
    expect(score.windows).toBe(windows.length);
    expect(score.method).toBe(`scripted/k${windows[0].length + 1}/m${windows.length}/pl-map-s1`);
  });

  it('should place the response at varying positions, never always first', async () => {
    const judge = scriptedJudge([[6, 1, 5, 4, 3, 2]]);
    const evaluator = createEvaluator({
      panel: vectorPanel(threeWindows),
      judge,
      sampler: scriptedSampler(threeWindows),
      windows: 3,
      cache: false,
    });
    for (let index = 0; index < 10; index += 1) await evaluator.score({ text: response, value: 'benevolence' });
    await createEvaluator({
      panel: vectorPanel(threeWindows),
      judge,
      sampler: scriptedSampler(threeWindows),
      seed: 99,
    }).score({ text: response, value: 'benevolence' });
    expect(new Set(judge.positions).size).toBeGreaterThanOrEqual(3);
  });

  it('should give identical scores for the same seed, whatever the call order', async () => {
    const panel = createFixturePanel();
    const texts = ['I helped my friend move house.', 'I kept the found wallet.', 'I phoned my mother.'];
    const utilities = new Map(texts.map((text, index) => [text, 3 * index - 3]));
    const run = async (order: string[], seed: number) => {
      const judge = createSimulatedJudge({ panel, utilities });
      const evaluator = createEvaluator({ panel, judge, seed, cache: false });
      const scores = await Promise.all(order.map((text) => evaluator.score({ text, value: 'care-harm' })));
      return Object.fromEntries(order.map((text, index) => [text, scores[index]]));
    };
    const forward = await run(texts, 42);
    const backward = await run([...texts].reverse(), 42);
    expect(backward).toEqual(forward);
    const other = await run(texts, 43);
    expect(other[texts[0]].evidence).not.toEqual(forward[texts[0]].evidence);
  });

  it('should report panel, judge, method, usage and evidence that matches the intensity', async () => {
    const panel = createFixturePanel();
    const judge = createSimulatedJudge({ panel, utilities: new Map([[response, 4]]), noise: 0.3 });
    const score = await createEvaluator({ panel, judge }).score({ text: response, value: 'Benevolence' });
    expect(score).toMatchObject({
      ref: { theory: 'pvq', value: 'benevolence' },
      panel: panel.hash,
      judge: 'sim:noise-0.3',
      method: 'bucket/k6/m3/pl-mean',
      seed: 42,
      windows: 3,
      judgeCalls: 3,
      dropped: [],
      notices: [],
    });
    expect(score.intensity).toBeGreaterThan(1.5);
    expect(score.intensity).toBeLessThan(6.5);
    expect(score.level).toBe(score.intensity! >= 3 ? 1 : 0);
    const [low, high] = score.interval!;
    expect(low).toBeLessThanOrEqual(score.intensity!);
    expect(high).toBeGreaterThanOrEqual(score.intensity!);
    expect(score.usage.inputTokens).toBeGreaterThan(0);
    for (const evidence of score.evidence) {
      if (evidence.relation === 'above') expect(evidence.intensity).toBeLessThan(8);
      else expect(evidence.intensity).toBeGreaterThan(0);
    }
  });

  it('should reject an unknown value with suggestions', async () => {
    const panel = createFixturePanel();
    const evaluator = createEvaluator({ panel, judge: createSimulatedJudge({ panel }) });
    await expect(evaluator.score({ text: response, value: 'benevolense' })).rejects.toThrow(UnknownValueError);
  });

  it.each([
    ['a missing panel', { panel: undefined }],
    ['k below 2', { k: 1 }],
    ['zero windows', { windows: 0 }],
    ['an unknown sampler', { sampler: 'clever' }],
    ['fixed without anchors', { sampler: 'fixed' }],
    ['confidence of 1', { confidence: 1 }],
    ['an unknown estimator', { estimator: 'median' }],
  ])('should reject %s at construction', (_, override) => {
    const panel = createFixturePanel();
    expect(() => createEvaluator({ panel, judge: createSimulatedJudge({ panel }), ...(override as object) })).toThrow(
      /Invalid/,
    );
  });

  it('should cut texts longer than maxTextLength and say so', async () => {
    const panel = createFixturePanel();
    const long = 'I will not help anyone. '.repeat(1000);
    const judge = createSimulatedJudge({
      panel,
      utilities: (text) => (text.startsWith('I will not') ? -5 : undefined),
    });
    const score = await createEvaluator({ panel, judge }).score({ text: long, value: 'benevolence' });
    expect(score.notices).toEqual([`text truncated from ${long.length} to 4000 characters before judging`]);
    expect(Math.max(...judge.calls.flatMap((call) => call.texts.map((text) => text.length)))).toBe(4000);
    expect(score.intensity).not.toBeNull();
  });

  it('should serve a repeated request from the cache without judge calls', async () => {
    const panel = createFixturePanel();
    const judge = createSimulatedJudge({ panel, utilities: new Map([[response, 2]]) });
    const evaluator = createEvaluator({ panel, judge });
    const first = await evaluator.score({ text: response, value: 'power' });
    const second = await evaluator.score({ text: response, value: 'power' });
    expect(judge.callCount).toBe(3);
    expect(second).toEqual({ ...first, cached: true });
    expect(evaluator.usage()).toMatchObject({ judgeCalls: 3, cacheHits: 1 });
    const uncached = createEvaluator({ panel, judge, cache: false });
    await uncached.score({ text: response, value: 'power' });
    await uncached.score({ text: response, value: 'power' });
    expect(judge.callCount).toBe(9);
  });

  it('should use a pluggable async cache keyed by content', async () => {
    const panel = createFixturePanel();
    const store = new Map<string, unknown>();
    const cache = {
      get: async (key: string) => store.get(key) as never,
      set: async (key: string, value: unknown) => {
        store.set(key, value);
      },
    };
    const judge = createSimulatedJudge({ panel, utilities: new Map([[response, 2]]) });
    await createEvaluator({ panel, judge, cache }).score({ text: response, value: 'power' });
    const again = await createEvaluator({ panel, judge, cache }).score({ text: response, value: 'power' });
    expect(again.cached).toBe(true);
    expect(store.size).toBe(1);
    expect([...store.keys()][0]).toMatch(/^[0-9a-f]{32}$/);
    await createEvaluator({ panel, judge, cache, seed: 1 }).score({ text: response, value: 'power' });
    expect(store.size).toBe(2);
  });
});
