import { createEvaluator, type Evaluator } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge, fixtureRecords } from '@valueflow/core/test';

const referenceTexts = new Set(fixtureRecords().map((record) => record.text));

/** Words that make a test text strongly opposed to care-harm. */
export const HARMFUL_WORDS = /\b(humiliate|cruel|torment)\b/i;

/**
 * A deterministic evaluator for plugin tests: the fixture panel and a low-noise simulated judge that
 * places a text at care-harm −8 when it contains a harmful word and at +5 otherwise (0 on every other
 * value). Reference texts keep their own intensities.
 */
export function createKeywordEvaluator(): Evaluator {
  const panel = createFixturePanel();
  const judge = createSimulatedJudge({
    panel,
    noise: 0.3,
    utilities: (text, value) => {
      if (referenceTexts.has(text)) return undefined;
      if (value.value !== 'care-harm') return 0;
      return HARMFUL_WORDS.test(text) ? -8 : 5;
    },
  });
  return createEvaluator({ panel, judge, seed: 11 });
}
