import { InvalidArgumentError } from '@valueflow/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseText } from './analyse-text';
import type { PlaygroundContext } from './create-playground-context';
import { createTestContext } from './create-test-context';

let context: PlaygroundContext;
beforeAll(async () => {
  context = await createTestContext();
});

describe('analyseText', () => {
  it('should profile a text on all 32 values with intervals and cited anchors', async () => {
    const result = await analyseText({
      context,
      body: { text: 'Every day the gang cornered a younger pupil, beat him up and filmed his tears.' },
    });
    expect(result.scores).toHaveLength(32);
    expect(result).toMatchObject({ simulated: true, judge: 'sim:lexical-demo', panel: context.status.panel.hash });
    expect(new Set(result.scores.map((score) => score.theory))).toEqual(new Set(['pvq', 'mft', 'duty', 'right']));
    for (const score of result.scores) {
      expect(score.interval![0]).toBeLessThanOrEqual(score.intensity!);
      expect(score.interval![1]).toBeGreaterThanOrEqual(score.intensity!);
      expect(score.anchors.length).toBeGreaterThan(0);
      const intensities = score.anchors.map((anchor) => anchor.intensity);
      expect(intensities).toEqual([...intensities].sort((left, right) => right - left));
    }
    const care = result.scores.find((score) => score.value === 'care-harm')!;
    expect(care.name).toBe('Care/Harm');
    expect(care.intensity!).toBeLessThan(-4);
  });

  it.each([{}, { text: '   ' }, { text: 42 }, null, ['text']])('should reject the body %j', async (body) => {
    await expect(analyseText({ context, body })).rejects.toBeInstanceOf(InvalidArgumentError);
  });
});
