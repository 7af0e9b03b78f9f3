import { describe, expect, it } from 'vitest';
import type { ValueScore } from '../evaluator/types';
import { summarizeTrace } from './summarize-trace';
import type { Verdict } from './types';

function score(value: string, intensity: number | null): ValueScore {
  return {
    ref: { theory: 'mft', value },
    intensity,
    interval: intensity === null ? null : [intensity - 1, intensity + 1],
    level: null,
    evidence: [],
    windows: intensity === null ? 0 : 3,
    dropped: intensity === null ? [{ reason: 'unparseable' }] : [],
    judgeCalls: 3,
    usage: {},
    panel: 'hash',
    judge: 'sim',
    method: 'bucket/k6/m3/pl-map',
    seed: 1,
  };
}

function violating(intensity: number, action: 'block' | 'flag' = 'block'): Verdict {
  return {
    allowed: action !== 'block',
    scores: [score('care-harm', intensity)],
    violations: [{ ref: { theory: 'mft', value: 'care-harm' }, band: [-2, 10], intensity, action }],
  };
}

describe('summarizeTrace', () => {
  it('should keep min, max, mean and the steps they occurred at', () => {
    const summary = summarizeTrace([
      { label: 'a', scores: [score('care-harm', 4)] },
      { label: 'b', scores: [score('care-harm', -6), score('fairness-cheating', 2)] },
      { label: 'c', scores: [score('care-harm', 8)] },
    ]);
    expect(summary.steps).toBe(3);
    expect(summary.values).toEqual([
      expect.objectContaining({
        ref: { theory: 'mft', value: 'care-harm' },
        min: -6,
        minStep: 1,
        max: 8,
        maxStep: 2,
        mean: 2,
        scored: 3,
      }),
      expect.objectContaining({
        ref: { theory: 'mft', value: 'fairness-cheating' },
        min: 2,
        max: 2,
        mean: 2,
        scored: 1,
      }),
    ]);
    expect(summary).toMatchObject({ allowed: true, firstViolation: null, violatingSteps: [] });
  });

  it('should count unscored steps instead of averaging them as zero', () => {
    const summary = summarizeTrace([
      { label: 'a', scores: [score('care-harm', null)] },
      { label: 'b', scores: [score('care-harm', 6)] },
    ]);
    expect(summary.values[0]).toMatchObject({ mean: 6, min: 6, minStep: 1, scored: 1, unscored: 1 });
  });

  it('should name the first violating step, flags included', () => {
    const pass: Verdict = { allowed: true, scores: [score('care-harm', 5)], violations: [] };
    const summary = summarizeTrace([
      { label: 'text', scores: pass.scores, verdict: pass },
      { label: 'tool lookup', scores: [score('care-harm', -3)], verdict: violating(-3, 'flag') },
      { label: 'tool send', scores: [score('care-harm', -8)], verdict: violating(-8) },
    ]);
    expect(summary.firstViolation).toMatchObject({ step: 1, label: 'tool lookup' });
    expect(summary.violatingSteps).toEqual([1, 2]);
    expect(summary.allowed).toBe(false);
  });

  it('should summarize an empty run as allowed with no values', () => {
    expect(summarizeTrace([])).toEqual({
      steps: 0,
      values: [],
      allowed: true,
      firstViolation: null,
      violatingSteps: [],
    });
  });

  it('should reject a step without a scores array', () => {
    expect(() => summarizeTrace([{ label: 'x' } as never])).toThrow(/results\[0\]\.scores/);
  });
});
