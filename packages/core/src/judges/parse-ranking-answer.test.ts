import { describe, expect, it } from 'vitest';
import { parseRankingAnswer } from './parse-ranking-answer';

describe('parseRankingAnswer', () => {
  it.each([
    ['[3, 1, 2]', 3, [2, 0, 1]],
    ['The order is [2,3,1].', 3, [1, 2, 0]],
    ['{"order": [1, 3, 2]}', 3, [0, 2, 1]],
    ['3 > 1 > 2', 3, [2, 0, 1]],
    ['Ranking: 4, 2, 1, 3', 4, [3, 1, 0, 2]],
    ['Text [2] supports most. Final: [2, 1, 3]', 3, [1, 0, 2]],
    ['[6, 1, 5, 4, 3, 2]', 6, [5, 0, 4, 3, 2, 1]],
  ])('should read %j', (raw, count, order) => {
    const parsed = parseRankingAnswer(raw, count);
    expect(parsed).toEqual({ ok: true, order, completed: false });
  });

  it('should complete a single missing item at the end', () => {
    expect(parseRankingAnswer('[3, 1, 4]', 4)).toEqual({ ok: true, order: [2, 0, 3, 1], completed: true });
  });

  it.each([
    ['I cannot rank these texts.', 3, /no list/],
    ['[1, 1, 2]', 3, /repeats/],
    ['[1, 7, 2]', 3, /outside 1\.\.3/],
    ['[1, 2]', 5, /lists 2 of 5/],
    ['[2]', 2, /lists 1 of 2/],
  ])('should reject %j with a reason', (raw, count, reason) => {
    const parsed = parseRankingAnswer(raw, count);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(reason);
  });
});
