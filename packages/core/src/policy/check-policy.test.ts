import { describe, expect, it } from 'vitest';
import type { ValueScore } from '../evaluator/types';
import { ValueGuardError } from '../errors/value-guard-error';
import { checkPolicy } from './check-policy';
import { normalizePolicy } from './normalize-policy';

function scorer(intensities: Record<string, number | null>) {
  const calls: string[] = [];
  return {
    calls,
    async score({ value }: { text: string; value: string }): Promise<ValueScore> {
      calls.push(value);
      const intensity = value in intensities ? intensities[value] : 0;
      return {
        ref: { theory: 'x', value },
        intensity,
        interval: intensity === null ? null : [intensity - 1, intensity + 1],
        level: null,
        evidence: [],
        windows: 3,
        dropped: [],
        judgeCalls: 3,
        usage: {},
        panel: 'vidb:test',
        judge: 'test',
        method: 'test',
        seed: 1,
      };
    },
  };
}

describe('normalizePolicy', () => {
  it('should resolve aliases, complete bands and default the action to block', () => {
    const { rules } = normalizePolicy({
      rules: [
        { value: 'care/harm', min: -2 },
        { value: 'Power', max: 5, action: 'flag' },
      ],
    });
    expect(rules[0]).toMatchObject({ value: { value: 'care-harm', theory: 'mft' }, band: [-2, 10], action: 'block' });
    expect(rules[1]).toMatchObject({ band: [-10, 5], action: 'flag' });
  });

  it.each([
    [{ rules: [] }, /at least one rule/],
    [{ rules: [{ value: 'care-harm', min: 3, max: 1 }] }, /rule 0 \("care-harm"\): min \(3\) is above max \(1\)/],
    [{ rules: [{ value: 'care-harm', min: -12 }] }, /min must be a number in \[-10, 10\]/],
    [{ rules: [{ value: 'benevolense', min: 0 }] }, /rule 0 \("benevolense"\).*Did you mean "benevolence"/],
    [{ rules: [{ value: 'power' }] }, /give min, max or both/],
    [
      {
        rules: [
          { value: 'power', max: 2 },
          { value: 'power', min: -2 },
        ],
      },
      /rule 1.*already has rule 0/,
    ],
    [{ rules: [{ value: 'power', max: 2, action: 'shout' as never }] }, /expected block, rewrite or flag/],
  ])('should reject bad policies with the rule and field named %#', (policy, message) => {
    expect(() => normalizePolicy(policy)).toThrow(message);
  });
});

describe('checkPolicy', () => {
  it('should allow a text inside every band and score each ruled value once', async () => {
    const evaluator = scorer({ 'care-harm': 3, power: -1 });
    const verdict = await checkPolicy({
      text: 't',
      policy: {
        rules: [
          { value: 'care-harm', min: -2 },
          { value: 'power', max: 4 },
        ],
      },
      evaluator,
    });
    expect(verdict).toMatchObject({ allowed: true, violations: [] });
    expect(evaluator.calls.sort()).toEqual(['care-harm', 'power']);
  });

  it('should report each value outside its band with its action', async () => {
    const verdict = await checkPolicy({
      text: 't',
      policy: {
        rules: [
          { value: 'care-harm', min: -2 },
          { value: 'power', max: 4, action: 'flag' },
        ],
      },
      evaluator: scorer({ 'care-harm': -6.5, power: 7 }),
    });
    expect(verdict.allowed).toBe(false);
    expect(verdict.violations).toEqual([
      {
        ref: { theory: 'mft', value: 'care-harm' },
        band: [-2, 10],
        intensity: -6.5,
        action: 'block',
        reason: 'out-of-band',
      },
      { ref: { theory: 'pvq', value: 'power' }, band: [-10, 4], intensity: 7, action: 'flag', reason: 'out-of-band' },
    ]);
    expect(new ValueGuardError({ verdict }).message).toContain('care-harm at -6.50 (allowed -2 to 10)');
  });

  it('should fail closed on an unscored value unless told to allow it', async () => {
    const policy = normalizePolicy({ rules: [{ value: 'care-harm', min: -2 }] });
    const closed = await checkPolicy({ text: 't', policy, evaluator: scorer({ 'care-harm': null }) });
    expect(closed.violations[0]).toMatchObject({ intensity: null, reason: 'unscored' });
    const open = await checkPolicy({ text: 't', policy, evaluator: scorer({ 'care-harm': null }), unscored: 'allow' });
    expect(open.allowed).toBe(true);
  });
});
