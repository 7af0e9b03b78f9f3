/**
 * Each similarity minus the mean similarity of the same text to every value of the space. Generic
 * embedders place some texts (long, argumentative, abstract) close to every value prototype at
 * once; subtracting that shared part leaves how much closer the text sits to one value than to the
 * others, which ranks texts by relevance better (measured on the seed panel and on ValueEval
 * premises). With a single value there is nothing to compare with, so the raw similarity is kept.
 *
 * @param similarities - Cosine similarities of one text to every value prototype, in a fixed order.
 * @returns The relative similarities, in the same order.
 */
export function relativeSimilarities(similarities: readonly number[]): number[] {
  if (similarities.length < 2) return [...similarities];
  const mean = similarities.reduce((sum, similarity) => sum + similarity, 0) / similarities.length;
  return similarities.map((similarity) => similarity - mean);
}
