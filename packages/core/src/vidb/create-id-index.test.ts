import { describe, expect, it } from 'vitest';
import { createIdIndex } from './create-id-index';

describe('createIdIndex', () => {
  it('should find every repeated id across table growth', () => {
    const ids: string[] = [];
    const index = createIdIndex((position) => ids[position]);
    const repeats: [number, number][] = [];
    for (let step = 0; step < 20_000; step++) {
      const id = step % 7 === 6 ? `id-${step - 3}` : `id-${step}`;
      const earlier = index.add(id, ids.length);
      if (earlier >= 0) repeats.push([step, earlier]);
      else ids.push(id);
    }
    expect(repeats).toHaveLength(Math.floor(20_000 / 7));
    expect(repeats[0]).toEqual([6, 3]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
