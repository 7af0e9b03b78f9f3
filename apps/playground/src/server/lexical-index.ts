/** A bag of word stems with TF-IDF weights, normalised to unit length. */
export type TermVector = Map<string, number>;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it ' +
    'its just me my of on or our she so than that the their them then there they this to too us was we were what ' +
    'when which who will with would you your about all also any more most some very one up out over'
  ).split(' '),
);

/** Crude stemming: enough to let "helping", "helped" and "helps" meet, nothing more. */
function stem(word: string): string {
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'es', 'ly', 's']) {
    if (word.length - suffix.length >= 4 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * Splits a text into content-word stems (lower case, stop words dropped).
 *
 * @param text - Any text.
 * @returns The stems, in order, with repeats.
 */
export function textStems(text: string): string[] {
  const words = text.toLowerCase().match(/[a-z][a-z']*/g) ?? [];
  return words
    .map((word) => word.replace(/'s?$/, ''))
    .filter((word) => !STOP_WORDS.has(word) && word.length > 1)
    .map(stem);
}

/** Word-stem similarity between texts, weighted by how rare each stem is in a reference collection. */
export interface LexicalIndex {
  /** The unit-length TF-IDF vector of a text. */
  vector(text: string): TermVector;
  /** Cosine similarity of two vectors from {@link LexicalIndex.vector}. */
  similarity(left: TermVector, right: TermVector): number;
}

/**
 * Builds a TF-IDF index over a collection, so that shared rare words ("kidney", "bribe") count for more
 * than shared common ones ("people", "time").
 *
 * @param texts - The reference collection (e.g. every text of a panel).
 * @returns The index; stems unseen in the collection get the highest weight.
 */
export function createLexicalIndex(texts: readonly string[]): LexicalIndex {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) {
    for (const term of new Set(textStems(text))) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const inverse = (term: string) => Math.log((1 + texts.length) / (1 + (documentFrequency.get(term) ?? 0)));
  return {
    vector(text) {
      const counts = new Map<string, number>();
      for (const term of textStems(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
      const weighted: TermVector = new Map();
      let norm = 0;
      for (const [term, count] of counts) {
        const weight = (1 + Math.log(count)) * inverse(term);
        weighted.set(term, weight);
        norm += weight * weight;
      }
      norm = Math.sqrt(norm) || 1;
      for (const [term, weight] of weighted) weighted.set(term, weight / norm);
      return weighted;
    },
    similarity(left, right) {
      const [small, large] = left.size <= right.size ? [left, right] : [right, left];
      let dot = 0;
      for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
      return dot;
    },
  };
}
