import { buildSteeringInstructions, defaultCatalogue, resolveTargets, type SteeringTarget } from '@valueflow/core';
import { createFixturePanel } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { readDemoSteering } from './read-demo-steering';

const values = defaultCatalogue.values({ midLevelOnly: true });
const system = (targets: SteeringTarget[], mode: 'persona' | 'exemplar' = 'persona') => ({
  role: 'system',
  content: buildSteeringInstructions({
    targets: resolveTargets(targets, defaultCatalogue),
    mode,
    panel: createFixturePanel(),
  }).text,
});
const read = (prompt: { role: string; content: unknown }[]) =>
  readDemoSteering({ prompt, values }).targets.map((target) => [target.value.value, target.intensity]);

describe('readDemoSteering', () => {
  it.each<[string, SteeringTarget[], [string, number][]]>([
    ['one target', [{ value: 'care-harm', intensity: -8 }], [['care-harm', -8]]],
    ['one positive target', [{ value: 'power', intensity: 4.5 }], [['power', 4.5]]],
    [
      'several targets',
      [
        { value: 'benevolence', intensity: 6 },
        { value: 'civil-rights', intensity: -3 },
      ],
      [
        ['benevolence', 6],
        ['civil-rights', -3],
      ],
    ],
  ])("should read %s from valueflow's own persona instructions", (_, targets, expected) => {
    expect(read([system(targets), { role: 'user', content: [{ type: 'text', text: 'hi' }] }])).toEqual(expected);
  });

  it('should let a later system message (a guard rewrite) override an earlier target', () => {
    const prompt = [system([{ value: 'care-harm', intensity: -8 }]), system([{ value: 'care-harm', intensity: -1 }])];
    expect(read(prompt)).toEqual([['care-harm', -1]]);
  });

  it('should collect the quoted texts of exemplar instructions', () => {
    const steering = readDemoSteering({ prompt: [system([{ value: 'power', intensity: 9 }], 'exemplar')], values });
    expect(steering.targets).toEqual([]);
    expect(steering.exemplars).toHaveLength(3);
    expect(steering.unreadable).toBe(false);
  });

  it('should report instructions it cannot read instead of ignoring them', () => {
    const prompt = [{ role: 'system', content: 'On a scale from −10 to +10, be about +3 on Kindness.' }];
    expect(readDemoSteering({ prompt, values }).unreadable).toBe(true);
  });

  it('should ignore the caller’s own system messages and user messages', () => {
    const prompt = [
      { role: 'system', content: 'You are terse.' },
      { role: 'user', content: 'about +5.0 on Power' },
    ];
    expect(readDemoSteering({ prompt, values })).toEqual({ targets: [], exemplars: [], unreadable: false });
  });
});
