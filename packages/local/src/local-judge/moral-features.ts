import { moralFamilies, moralLexiconSource } from './moral-lexicon';
import { negators } from './negators';

/** Words that make the next lexicon word count more, or less. */
const modifiers = new Map([
  ['very', 1.5],
  ['really', 1.3],
  ['so', 1.3],
  ['extremely', 1.8],
  ['deeply', 1.5],
  ['badly', 1.5],
  ['severely', 1.8],
  ['completely', 1.5],
  ['totally', 1.5],
  ['utterly', 1.8],
  ['repeatedly', 1.5],
  ['constantly', 1.5],
  ['always', 1.3],
  ['brutally', 1.8],
  ['viciously', 1.8],
  ['deliberately', 1.5],
  ['intentionally', 1.5],
  ['slightly', 0.5],
  ['somewhat', 0.6],
  ['barely', 0.5],
  ['bit', 0.6],
  ['little', 0.7],
]);
/** How many following words a negator reaches. */
const negationReach = 3;
/** What a negation multiplies a valence by: "did not hurt" is less good than "hurt" is bad. */
const negationFactor = -0.5;
const suffixes = ['ing', 'ed', 'es', 's', 'd', 'er', 'ers', 'ly', 'ment', 'ments'];

interface Entry {
  family: number;
  valence: number;
  /** Later words of a phrase (already normalised); empty for a single word. */
  rest: string[];
}

/** Keys a lexicon word is stored under: itself and, for a final "e", without it ("abuse" → "abus"). */
const keysOf = (word: string) => (word.length > 3 && word.endsWith('e') ? [word, word.slice(0, -1)] : [word]);

function buildIndex(): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  moralFamilies.forEach((family, familyIndex) => {
    for (const item of moralLexiconSource[family].split(/\s+/).filter(Boolean)) {
      const [phrase, valence] = item.split(':');
      const [first, ...rest] = phrase.split('_');
      for (const key of keysOf(first)) {
        const entries = index.get(key) ?? [];
        entries.push({ family: familyIndex, valence: Number(valence), rest });
        index.set(key, entries);
      }
    }
  });
  return index;
}

let lexiconIndex: Map<string, Entry[]> | undefined;

/**
 * The lexicon keys a token may stand for: the token, then the token with a common suffix
 * stripped (and a doubled final consonant undone: "robbed" → "rob").
 */
export function stemCandidates(token: string): string[] {
  const candidates = [token];
  for (const suffix of suffixes) {
    if (!token.endsWith(suffix) || token.length - suffix.length < 3) continue;
    const stem = token.slice(0, -suffix.length);
    candidates.push(stem);
    if (stem.length > 3 && stem.at(-1) === stem.at(-2)) candidates.push(stem.slice(0, -1));
    if (stem.endsWith('i')) candidates.push(`${stem.slice(0, -1)}y`);
  }
  return candidates;
}

const matches = (token: string, word: string) => stemCandidates(token).some((stem) => keysOf(word).includes(stem));

function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/n't\b/g, ' not')
    .replace(/[’']/g, '')
    .split(/([.,;:!?]|\s+|\bbut\b)/)
    .map((token) => token?.trim().replace(/[^a-z.,;:!?-]/g, '') ?? '')
    .filter(Boolean);
}

/** Names of the values {@link moralFeatures} returns, in order. */
export const moralFeatureNames = ['moral-total', 'moral-positive', 'moral-negative', ...moralFamilies] as const;

/**
 * Moral-lexicon scores of a text: the project's own lexicon (`moral-lexicon.ts`) of words and
 * phrases with a valence per value family, summed with negation scope ("never hurt", "refused to
 * help", "didn't lie" flip and soften a valence for three words, up to punctuation or "but") and
 * intensifiers ("brutally", "slightly"). Sentence embeddings barely separate an act from its
 * opposite; these counts do, and unlike a sentiment lexicon they read acts (steal, rescue) rather
 * than moods.
 *
 * @param text - Any text.
 * @returns `[total, positive part, negative part, one sum per family]` (see
 *   {@link moralFeatureNames}), each divided by √(word count) so long texts do not dominate.
 */
export function moralFeatures(text: string): number[] {
  lexiconIndex ??= buildIndex();
  const out = new Array<number>(3 + moralFamilies.length).fill(0);
  const tokens = tokenize(text);
  let reach = 0;
  let modifier = 1;
  let words = 0;
  for (let position = 0; position < tokens.length; position += 1) {
    const token = tokens[position];
    if (/^[.,;:!?]$/.test(token) || token === 'but') {
      reach = 0;
      modifier = 1;
      continue;
    }
    words += 1;
    if (negators.has(token)) {
      reach = negationReach;
      continue;
    }
    const scale = modifiers.get(token);
    if (scale !== undefined) {
      modifier = scale;
      continue;
    }
    let matched = 0;
    const seen = new Set<number>();
    for (const stem of stemCandidates(token)) {
      for (const entry of lexiconIndex.get(stem) ?? []) {
        const length = phraseLength(tokens, position, entry.rest);
        if (length === 0 || seen.has(entry.family)) continue;
        seen.add(entry.family);
        matched = Math.max(matched, length);
        const valence = entry.valence * modifier * (reach > 0 ? negationFactor : 1);
        out[3 + entry.family] += valence;
        out[0] += valence;
        if (valence > 0) out[1] += valence;
        else out[2] += valence;
      }
    }
    if (matched > 0) modifier = 1;
    if (reach > 0) reach -= 1;
  }
  if (words === 0) return out;
  const norm = Math.sqrt(words);
  return out.map((value) => value / norm);
}

/**
 * Tokens a lexicon entry covers starting at `position` (the first word already matched): 1 for a
 * single word, the span for a phrase whose later words follow within two tokens each, 0 when the
 * phrase is not there.
 */
function phraseLength(tokens: readonly string[], position: number, rest: readonly string[]): number {
  let at = position;
  for (const word of rest) {
    let found = -1;
    for (let next = at + 1; next <= Math.min(at + 3, tokens.length - 1); next += 1) {
      if (/^[.,;:!?]$/.test(tokens[next])) break;
      if (matches(tokens[next], word)) {
        found = next;
        break;
      }
    }
    if (found < 0) return 0;
    at = found;
  }
  return at - position + 1;
}
