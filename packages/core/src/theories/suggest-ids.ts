import { editDistance } from './edit-distance';

/** A spelling lookup knows (`key`) and the canonical id to suggest when it matches (`id`). */
export interface SuggestionCandidate {
  key: string;
  id: string;
}

// Below this score a candidate is more likely noise than what the user meant; well behind the
// best candidate it only distracts from it.
const minimumScore = 0.6;
const maximumGapToBest = 0.25;

function tokens(id: string): string[] {
  return id.split(/[-:]/).filter((token) => token.length > 0);
}

function score(query: string, key: string): number {
  const similarity = 1 - editDistance(query, key) / Math.max(query.length, key.length, 1);
  const keyTokens = tokens(key);
  const queryTokens = tokens(query);
  // A query word that matches or starts a key word ("civil" → civil-rights, "solidarity" → both
  // solidarity categories) is strong evidence even when the whole strings are far apart.
  const shared = queryTokens.filter((token) =>
    keyTokens.some((keyToken) => keyToken === token || (token.length >= 3 && keyToken.startsWith(token))),
  ).length;
  const overlap =
    queryTokens.length > 0 && shared > 0 ? 0.5 + (0.4 * shared) / Math.max(queryTokens.length, keyTokens.length) : 0;
  return Math.max(similarity, overlap);
}

/**
 * Ranks the known ids closest to an unknown name, for "did you mean" messages: by edit distance
 * and by shared words, best first, ties in candidate order (so list preferred ids first).
 *
 * @param options.query - The canonicalised name that failed to resolve.
 * @param options.candidates - Every accepted spelling with the id it stands for.
 * @param options.limit - Most suggestions to return (default 3).
 * @returns Distinct ids, best first; empty when nothing is reasonably close.
 */
export function suggestIds(options: { query: string; candidates: SuggestionCandidate[]; limit?: number }): string[] {
  const best = new Map<string, { score: number; order: number }>();
  options.candidates.forEach((candidate, order) => {
    const candidateScore = score(options.query, candidate.key);
    const previous = best.get(candidate.id);
    if (candidateScore >= minimumScore && (previous === undefined || candidateScore > previous.score)) {
      best.set(candidate.id, { score: candidateScore, order: previous?.order ?? order });
    }
  });
  const ranked = [...best.entries()].sort(
    ([, left], [, right]) => right.score - left.score || left.order - right.order,
  );
  const bestScore = ranked[0]?.[1].score ?? 0;
  return ranked
    .filter(([, entry]) => entry.score >= bestScore - maximumGapToBest)
    .slice(0, options.limit ?? 3)
    .map(([id]) => id);
}
