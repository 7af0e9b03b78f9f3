import { describe, expect, it } from 'vitest';
import { createSimulatedSteerableModel } from '../test/simulated-steerable-model';
import { defaultCatalogue } from '../theories/default-catalogue';
import { buildProfilePrompt, profileBin } from './build-profile-prompt';
import { buildSteeringInstructions } from './build-steering-instructions';
import { stanceSentence } from './stance-phrase';
import { steer } from './steer';
import { parseTargetSpec, resolveTargets } from './steering-target';
import { findValueConflicts } from './value-conflicts';

const resolve = (targets: Parameters<typeof resolveTargets>[0]) => resolveTargets(targets, defaultCatalogue);

describe('parseTargetSpec', () => {
  it.each([
    ['benevolence=+2', { value: 'benevolence', level: 2 }],
    ['power=-1', { value: 'power', level: -1 }],
    ['care/harm=0', { value: 'care/harm', level: 0 }],
    ['power=-4.5', { value: 'power', intensity: -4.5 }],
    ['security=2.0', { value: 'security', intensity: 2 }],
    ['security=7', { value: 'security', intensity: 7 }],
  ])('should read %s', (spec, expected) => {
    expect(parseTargetSpec(spec)).toEqual(expected);
  });

  it('should explain the expected form', () => {
    expect(() => parseTargetSpec('benevolence')).toThrow(/benevolence=\+2/);
  });
});

describe('resolveTargets', () => {
  it('should resolve aliases and map levels to the middle of their bins', () => {
    const [care, power] = resolve([
      { value: 'care_harm', level: 2 },
      { value: 'power', level: -1 },
    ]);
    expect(care.value.value).toBe('care-harm');
    expect(care.intensity).toBe(8);
    expect(power.intensity).toBe(-4.5);
    expect(power.level).toBe(-1);
  });

  it.each([
    [[{ value: 'power', level: 3 as never }], /−2, −1, 0, 1 or 2/],
    [[{ value: 'power', intensity: 12 }], /\[-10, 10\]/],
    [[{ value: 'power' }], /exactly one of level/],
    [
      [
        { value: 'power', level: 1 as const },
        { value: 'Power', level: 2 as const },
      ],
      /targeted twice/,
    ],
    [[], /at least one target/],
  ])('should reject bad targets %#', (targets, message) => {
    expect(() => resolve(targets)).toThrow(message);
  });
});

describe('stanceSentence', () => {
  const benevolence = defaultCatalogue.resolve('benevolence');
  it.each([
    [9, /^Above almost everything else, you value /],
    [8, /^You strongly value /],
    [4.5, /^You clearly value /],
    [0, /^You are neutral about .*neither guide/],
    [-4.5, /^You clearly reject /],
    [-8, /^You strongly reject /],
    [-10, /^You utterly reject /],
  ])('should grade intensity %d', (intensity, pattern) => {
    expect(stanceSentence(benevolence, intensity)).toMatch(pattern);
  });
});

describe('findValueConflicts', () => {
  it('should report competing values pushed the same way, with the stronger one dominant', () => {
    const conflicts = findValueConflicts(
      resolve([
        { value: 'conformity', level: 1 },
        { value: 'hedonism', level: 2 },
      ]),
    );
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].relation).toBe('opposed');
    expect(conflicts[0].dominant.value).toBe('hedonism');
  });

  it('should report companions pushed apart and accept consistent targets', () => {
    expect(
      findValueConflicts(
        resolve([
          { value: 'benevolence', level: 2 },
          { value: 'universalism', level: -2 },
        ]),
      )[0].relation,
    ).toBe('compatible');
    expect(
      findValueConflicts(
        resolve([
          { value: 'power', level: 2 },
          { value: 'universalism', level: -2 },
        ]),
      ),
    ).toEqual([]);
    expect(
      findValueConflicts(
        resolve([
          { value: 'power', level: 2 },
          { value: 'universalism', level: 2 },
        ]),
      ),
    ).toHaveLength(1);
  });
});

describe('buildSteeringInstructions', () => {
  it('should change with the target level', () => {
    const up = buildSteeringInstructions({ targets: resolve([{ value: 'benevolence', level: 2 }]) }).text;
    const down = buildSteeringInstructions({ targets: resolve([{ value: 'benevolence', level: -2 }]) }).text;
    expect(up).toContain('You strongly value');
    expect(up).toContain('about +8.0');
    expect(down).toContain('You strongly reject');
    expect(down).toContain('about -8.0');
  });

  it('should compose several values and rebalance conflicts when asked', () => {
    const targets = resolve([
      { value: 'conformity', level: 2 },
      { value: 'hedonism', level: 1 },
      { value: 'power', level: 1 },
    ]);
    const plain = buildSteeringInstructions({ targets });
    expect(plain.text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(3);
    expect(plain.targets.map((target) => target.requested)).toEqual([8, 4.5, 4.5]);
    const balanced = buildSteeringInstructions({ targets, rebalance: true });
    expect(balanced.conflicts.length).toBeGreaterThan(0);
    expect(balanced.text).toContain('pull against each other');
    const hedonism = balanced.targets.find((target) => target.ref.value === 'hedonism')!;
    expect(hedonism.requested).toBeCloseTo(6, 5);
    expect(balanced.text.indexOf('Hedonism')).toBeLessThan(balanced.text.indexOf('Conformity'));
  });
});

describe('buildProfilePrompt', () => {
  it.each([
    [-1, 'very low'],
    [-0.6, 'low'],
    [-0.2, 'medium'],
    [0.19, 'medium'],
    [0.2, 'high'],
    [0.6, 'very high'],
  ])('should bin %d as %s', (score, bin) => {
    expect(profileBin(score)).toBe(bin);
  });

  it('should keep both ends of the profile', () => {
    const entries = ['benevolence', 'power', 'tradition', 'hedonism', 'security'].map((name, index) => ({
      value: defaultCatalogue.resolve(name),
      score: [0.9, -0.8, 0.1, -0.3, 0.5][index],
    }));
    const prompt = buildProfilePrompt({ entries, count: 3 });
    const lines = prompt.split('\n').filter((line) => line.startsWith('- '));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^- You give the highest priority to/);
    expect(lines[2]).toMatch(/^- You give very little weight to/);
  });
});

describe('steer', () => {
  const config = {
    gain: 0.6,
    negativeGain: 0.3,
    ceiling: 9,
    floor: -9,
    defaults: { benevolence: 3.7, power: -1.2 },
    coupling: 0,
    noise: 0,
    seed: 1,
  };

  it('should close the gap round by round and return the best attempt with its cost', async () => {
    const model = createSimulatedSteerableModel(config);
    const result = await steer({
      query: 'Should I lend my savings to my brother?',
      targets: [{ value: 'benevolence', level: 2 }],
      generate: model.generate,
      evaluator: model.scorer,
      maxRounds: 4,
      tolerance: 0.5,
    });
    const errors = result.rounds.map((round) => round.error);
    expect(errors[0]).toBeGreaterThan(1.5);
    expect(errors.at(-1)!).toBeLessThan(errors[0]);
    expect(result.best.error).toBe(Math.min(...errors));
    expect(result.cost.generations).toBe(result.rounds.length);
    expect(result.cost.judgeCalls).toBe(3 * result.rounds.length);
    expect(result.rounds[1].instructions.text).toContain('Feedback on your previous attempt');
  });

  it('should stop as soon as every target is within tolerance', async () => {
    const model = createSimulatedSteerableModel({ ...config, gain: 1, negativeGain: 1 });
    const result = await steer({
      query: 'q',
      targets: [{ value: 'power', level: -1 }],
      generate: model.generate,
      evaluator: model.scorer,
    });
    expect(result.stoppedBy).toBe('tolerance');
    expect(result.rounds).toHaveLength(1);
  });

  it('should honour the judge-call budget and the abort signal', async () => {
    const model = createSimulatedSteerableModel(config);
    const budgeted = await steer({
      query: 'q',
      targets: [{ value: 'benevolence', level: 2 }],
      generate: model.generate,
      evaluator: model.scorer,
      budget: { judgeCalls: 5 },
    });
    expect(budgeted.stoppedBy).toBe('budget');
    expect(budgeted.cost.judgeCalls).toBeLessThanOrEqual(5);

    const controller = new AbortController();
    controller.abort();
    await expect(
      steer({
        query: 'q',
        targets: [{ value: 'power', level: 1 }],
        generate: model.generate,
        evaluator: model.scorer,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ code: 'aborted' });
  });
});
