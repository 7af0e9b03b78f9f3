import { createEvaluator, defaultCatalogue } from '@valueflow/core';
import { createFixturePanel } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { createLexicalDemoJudge, LEXICAL_DEMO_JUDGE_ID } from './create-lexical-demo-judge';

const panel = createFixturePanel();
const power = defaultCatalogue.resolve('power');
const [mostOpposing] = panel.records(power);
const mostSupporting = panel.records(power).at(-1)!;

describe('createLexicalDemoJudge', () => {
  it('should carry an id that marks it as simulated', () => {
    expect(createLexicalDemoJudge({ panel }).id).toBe(LEXICAL_DEMO_JUDGE_ID);
  });

  it.each([
    ['a close paraphrase of the most supporting text', `${mostSupporting.text} Honestly.`, 5, 10],
    ['a close paraphrase of the most opposing text', `${mostOpposing.text} Honestly.`, -10, -5],
    ['a text sharing no words with the value', 'Zebras quietly graze.', -3, 3],
  ])('should score %s near the texts it resembles', async (_, text, low, high) => {
    const evaluator = createEvaluator({ panel, judge: createLexicalDemoJudge({ panel, noise: 0.3 }) });
    const score = await evaluator.score({ text, value: 'power' });
    expect(score.intensity!).toBeGreaterThanOrEqual(low);
    expect(score.intensity!).toBeLessThanOrEqual(high);
  });
});
