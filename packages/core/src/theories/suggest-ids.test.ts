import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { suggestIds } from './suggest-ids';

const candidates = ['benevolence', 'beneficence', 'security', 'civil-rights', 'political-rights', 'power'].map(
  (id) => ({
    key: id,
    id,
  }),
);

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['power', 'power', 0],
    ['powr', 'power', 1],
    ['secuirty', 'security', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('should measure %j → %j as %i', (left, right, expected) => {
    expect(editDistance(left, right)).toBe(expected);
  });
});

describe('suggestIds', () => {
  it.each([
    ['benevolense', 'benevolence'],
    ['secuirty', 'security'],
    ['powr', 'power'],
    ['civil', 'civil-rights'],
  ])('should suggest %j first for %j', (query, expected) => {
    expect(suggestIds({ query, candidates })[0]).toBe(expected);
  });

  it('should return nothing for a name unlike every candidate', () => {
    expect(suggestIds({ query: 'xyzzy', candidates })).toEqual([]);
  });

  it('should respect the limit and suggest each id once', () => {
    const doubled = [...candidates, { key: 'rights-political', id: 'political-rights' }];
    const suggestions = suggestIds({ query: 'rights', candidates: doubled, limit: 1 });
    expect(suggestions).toHaveLength(1);
    expect(new Set(suggestIds({ query: 'rights', candidates: doubled })).size).toBe(2);
  });
});
