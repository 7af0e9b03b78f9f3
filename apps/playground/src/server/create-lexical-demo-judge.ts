import type { RankingJudge, ReferencePanel, ValueDefinition } from '@valueflow/core';
import { createSimulatedJudge } from '@valueflow/core/test';
import { createLexicalIndex, type TermVector } from './lexical-index';

/** The id every score of the demo judge carries, so nobody mistakes its numbers for a real judge's. */
export const LEXICAL_DEMO_JUDGE_ID = 'sim:lexical-demo';

// Nearest reference texts that vote on a text's utility. Below OFF_TOPIC similarity a text shares no more
// with the value's texts than chance overlap and is neutral; from ON_TOPIC on it takes their full intensity.
const NEIGHBOURS = 3;
const OFF_TOPIC_SIMILARITY = 0.12;
const ON_TOPIC_SIMILARITY = 0.3;

/**
 * A stand-in judge for the offline demo when no real judge is available: it ranks texts by a utility guessed
 * from word overlap with the panel's reference texts of the value (the intensities of the most similar ones,
 * shrunk toward 0 when nothing is similar), with Plackett–Luce noise on top. Reference texts keep their own
 * intensities.
 *
 * It is a demo, not a judge: word overlap cannot tell "I helped" from "I refused to help". The playground
 * labels every result it produces as simulated.
 *
 * @param options.panel - The reference panel the evaluator ranks against.
 * @param options.noise - Gumbel noise scale of the rankings (default 0.8).
 * @param options.seed - Seed of the noise (default 7).
 * @returns A ranking judge with id {@link LEXICAL_DEMO_JUDGE_ID}.
 */
export function createLexicalDemoJudge(options: {
  panel: ReferencePanel;
  noise?: number;
  seed?: number;
}): RankingJudge {
  const { panel } = options;
  const records = panel.values().flatMap((ref) => panel.records(ref));
  const index = createLexicalIndex(records.map((record) => record.text));
  const referenceTexts = new Set(records.map((record) => record.text));
  const vectors = new Map<string, { vector: TermVector; intensity: number }[]>();

  const vectorsOf = (value: ValueDefinition) => {
    const key = `${value.theory}/${value.value}`;
    let found = vectors.get(key);
    if (!found) {
      found = panel
        .records(value)
        .map((record) => ({ vector: index.vector(record.text), intensity: record.intensity }));
      vectors.set(key, found);
    }
    return found;
  };

  const utilities = (text: string, value: ValueDefinition): number | undefined => {
    if (referenceTexts.has(text)) return undefined;
    const vector = index.vector(text);
    const nearest = vectorsOf(value)
      .map((entry) => ({ similarity: index.similarity(vector, entry.vector), intensity: entry.intensity }))
      .sort((left, right) => right.similarity - left.similarity)
      .slice(0, NEIGHBOURS);
    const weight = nearest.reduce((sum, entry) => sum + entry.similarity ** 2, 0);
    if (weight === 0) return 0;
    const mean = nearest.reduce((sum, entry) => sum + entry.similarity ** 2 * entry.intensity, 0) / weight;
    const onTopic = (nearest[0].similarity - OFF_TOPIC_SIMILARITY) / (ON_TOPIC_SIMILARITY - OFF_TOPIC_SIMILARITY);
    return mean * Math.max(0, Math.min(1, onTopic));
  };

  const judge = createSimulatedJudge({
    panel,
    utilities,
    noise: options.noise ?? 0.8,
    seed: options.seed ?? 7,
    recordCalls: false,
  });
  return { id: LEXICAL_DEMO_JUDGE_ID, rank: (request, rankOptions) => judge.rank(request, rankOptions) };
}
