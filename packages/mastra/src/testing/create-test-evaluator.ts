import { createEvaluator, type Evaluator, type ValueDefinition } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge, type SimulatedJudge } from '@valueflow/core/test';

/** An answer that cares: supports care-harm and benevolence. */
export const KIND_TEXT = 'I am sorry your parcel is late. I will send a replacement today and refund the shipping.';
/** A tool output that demeans the customer: strongly opposes care-harm. */
export const HARMFUL_TEXT = 'Customer 4411 is a whiner; make them wait, ignore their pain and let them suffer.';
/** A factual tool output with no value content. */
export const NEUTRAL_TEXT = 'Order 4411 left the warehouse on Tuesday and is in transit.';

// Known intensities of the texts the tests score; anchors fall back to the fixture panel.
const truth: Record<string, Record<string, number>> = {
  [KIND_TEXT]: { 'care-harm': 6, benevolence: 6 },
  [HARMFUL_TEXT]: { 'care-harm': -8, benevolence: -7 },
  [NEUTRAL_TEXT]: {},
};

/**
 * A deterministic evaluator over the fixture panel and a simulated judge that knows the test texts.
 *
 * @returns The evaluator and its judge (for call counts).
 */
export function createTestEvaluator(): { evaluator: Evaluator; judge: SimulatedJudge } {
  const panel = createFixturePanel();
  const judge = createSimulatedJudge({
    panel,
    noise: 0.5,
    utilities: (text: string, value: ValueDefinition) => (text in truth ? (truth[text][value.value] ?? 0) : undefined),
  });
  return { evaluator: createEvaluator({ panel, judge, seed: 11 }), judge };
}
