/** A parsed ordering (0-based indices, most supportive first), or the reason the answer is unusable. */
export type ParsedRanking = { ok: true; order: number[]; completed: boolean } | { ok: false; reason: string };

const BRACKETED = /\[([^[\]]*)\]/g;
// "3 > 1 > 2", "3, 1, 2", "3 → 1 → 2": at least two integers joined by a separator.
const SEQUENCE = /\d+(?:\s*(?:>|,|→|->|;)\s*\d+)+/g;

function candidates(raw: string): string[] {
  const found: string[] = [];
  const objectMatch = raw.match(/"order"\s*:\s*\[([^\]]*)\]/);
  if (objectMatch) found.push(objectMatch[1]);
  for (const match of raw.matchAll(BRACKETED)) found.push(match[1]);
  for (const match of raw.matchAll(SEQUENCE)) found.push(match[0]);
  return found;
}

function check(list: string, count: number): ParsedRanking {
  const tokens = list.split(/[\s,>;→-]+/).filter(Boolean);
  if (tokens.length === 0 || tokens.some((token) => !/^\d+$/.test(token))) {
    return { ok: false, reason: `"${list.trim()}" is not a list of text numbers` };
  }
  const numbers = tokens.map(Number);
  const outOfRange = numbers.find((number) => number < 1 || number > count);
  if (outOfRange !== undefined) return { ok: false, reason: `number ${outOfRange} is outside 1..${count}` };
  if (new Set(numbers).size !== numbers.length)
    return { ok: false, reason: `[${numbers.join(', ')}] repeats a number` };
  if (numbers.length === count) return { ok: true, order: numbers.map((number) => number - 1), completed: false };
  // One missing text at the end is unambiguous: an ordering that stops early leaves the last place implied.
  if (numbers.length === count - 1 && count >= 3) {
    const missing = Array.from({ length: count }, (_, index) => index + 1).find((number) => !numbers.includes(number))!;
    return { ok: true, order: [...numbers, missing].map((number) => number - 1), completed: true };
  }
  return { ok: false, reason: `[${numbers.join(', ')}] lists ${numbers.length} of ${count} texts` };
}

/**
 * Reads a judge's answer tolerantly: a bracketed list anywhere in the text, a JSON array or `{"order": […]}`,
 * or a sequence like `3 > 1 > 2`; 1-based text numbers; a single missing item is completed when unambiguous.
 * Anything else is rejected with a reason, so the caller can retry once or drop the window.
 *
 * @param raw the judge's answer
 * @param count how many texts the window had
 */
export function parseRankingAnswer(raw: string, count: number): ParsedRanking {
  let firstProblem: string | undefined;
  for (const candidate of candidates(raw)) {
    const parsed = check(candidate, count);
    if (parsed.ok) return parsed;
    firstProblem ??= parsed.reason;
  }
  return { ok: false, reason: firstProblem ?? `no list of text numbers found in "${raw.trim().slice(0, 80)}"` };
}
