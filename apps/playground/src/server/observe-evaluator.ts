import type { Evaluator, ScoreRequest, ValueScore } from '@valueflow/core';

/**
 * Wraps an evaluator so that every finished `score` call is also reported to a listener; everything else is
 * passed through. The chat uses it to move its value gauges while the guard checks each sentence, instead of
 * only when the final verdict arrives with the finish part.
 *
 * @param evaluator - The evaluator to observe.
 * @param onScore - Called with the request and its score, after the score resolved.
 * @returns An evaluator that behaves exactly like the original.
 */
export function observeEvaluator(
  evaluator: Evaluator,
  onScore: (request: ScoreRequest, score: ValueScore) => void,
): Evaluator {
  return {
    score: async (request) => {
      const score = await evaluator.score(request);
      onScore(request, score);
      return score;
    },
    profile: (request) => evaluator.profile(request),
    scoreMany: (items, options) => evaluator.scoreMany(items, options),
    usage: () => evaluator.usage(),
    get method() {
      return evaluator.method;
    },
  };
}
