/// <reference path="./vader-sentiment.d.ts" />
import vader from 'vader-sentiment';

/** Names of the values {@link polarityFeatures} returns, in order. */
export const polarityFeatureNames = ['vader-compound', 'vader-positive-minus-negative'] as const;

/**
 * Lexicon polarity of a text, from VADER (a valence lexicon with rules for negation, intensifiers,
 * contrast and emphasis): sentence embeddings barely tell a statement from its negation, so the
 * judge needs one signal that does.
 *
 * @param text - Any text.
 * @returns `[compound, positive − negative]`, each in [−1, 1].
 */
export function polarityFeatures(text: string): [number, number] {
  const scores = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  return [scores.compound, scores.pos - scores.neg];
}
