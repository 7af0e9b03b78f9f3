import { describe, expect, it } from 'vitest';
import { relativeSimilarities } from './relative-similarities';

describe('relativeSimilarities', () => {
  it.each([
    { similarities: [0.5, 0.3, 0.1], expected: [0.2, 0, -0.2] },
    { similarities: [0.9, 0.9], expected: [0, 0] },
    { similarities: [-0.2, 0.4], expected: [-0.3, 0.3] },
    { similarities: [0.7], expected: [0.7] },
    { similarities: [], expected: [] },
  ])('should subtract the mean of $similarities', ({ similarities, expected }) => {
    const relative = relativeSimilarities(similarities);
    expect(relative).toHaveLength(expected.length);
    for (const [index, value] of relative.entries()) expect(value).toBeCloseTo(expected[index], 12);
  });

  it('should leave its input untouched', () => {
    const similarities = [0.4, 0.2];
    relativeSimilarities(similarities);
    expect(similarities).toEqual([0.4, 0.2]);
  });
});
