import { InvalidArgumentError, UnknownValueError } from '@valueflow/core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundContext } from './create-playground-context';
import { createTestContext } from './create-test-context';
import { steeringInstructions } from './steering-instructions';

let context: PlaygroundContext;
beforeAll(async () => {
  context = await createTestContext();
});

describe('steeringInstructions', () => {
  it('should say nothing is steered when there is no target', () => {
    expect(steeringInstructions({ context, body: { targets: [] } })).toEqual({
      text: null,
      targets: [],
      conflicts: [],
    });
  });

  it('should change with the slider position', () => {
    const at = (intensity: number) =>
      steeringInstructions({ context, body: { targets: [{ value: 'care/harm', intensity }] } });
    const low = at(-8);
    expect(low.targets).toEqual([
      { theory: 'mft', value: 'care-harm', name: 'Care/Harm', target: -8, requested: -8, level: -2 },
    ]);
    expect(low.text).toMatch(/about -8\.0/);
    expect(at(5).text).not.toEqual(low.text);
  });

  it('should quote reference texts in exemplar mode and report conflicting targets', () => {
    const result = steeringInstructions({
      context,
      body: {
        mode: 'exemplar',
        targets: [
          { value: 'power', intensity: 8 },
          { value: 'universalism', intensity: 8 },
        ],
      },
    });
    expect(result.text).toMatch(/^Here are things the user has said/);
    expect(result.conflicts.map((conflict) => conflict.values)).toEqual([['power', 'universalism']]);
  });

  it.each([
    [{ targets: [{ value: 'power' }] }, InvalidArgumentError],
    [{ targets: [{ value: 'power', intensity: 12 }] }, InvalidArgumentError],
    [{ targets: 'power=2' }, InvalidArgumentError],
    [{ targets: [{ value: 'power', intensity: 2 }], mode: 'poetry' }, InvalidArgumentError],
    [{ targets: [{ value: 'kindness-to-robots', intensity: 2 }] }, UnknownValueError],
  ])('should reject %j', (body, type) => {
    expect(() => steeringInstructions({ context, body })).toThrow(type);
  });
});
