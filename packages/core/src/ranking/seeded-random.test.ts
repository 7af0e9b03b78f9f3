import { describe, expect, it } from 'vitest';
import { InvalidArgumentError } from '../errors';
import { createSeededRandom } from './seeded-random';

const draws = (count: number, draw: () => number) => Array.from({ length: count }, draw);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

describe('createSeededRandom', () => {
  it('should repeat a sequence for the same seed and differ for another', () => {
    const first = createSeededRandom(42);
    const second = createSeededRandom(42);
    const sequence = draws(5, first.next);
    expect(draws(5, second.next)).toEqual(sequence);
    expect(draws(5, createSeededRandom(43).next)).not.toEqual(sequence);
    expect(draws(5, createSeededRandom(42 + 2 ** 32).next)).not.toEqual(sequence);
  });

  it('should draw uniforms in [0, 1) with the right mean', () => {
    const values = draws(20_000, createSeededRandom(1).next);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean(values)).toBeCloseTo(0.5, 2);
  });

  it('should draw every integer below n about equally often', () => {
    const random = createSeededRandom(2);
    const counts = new Array<number>(5).fill(0);
    for (let draw = 0; draw < 10_000; draw += 1) counts[random.int(5)] += 1;
    counts.forEach((count) => {
      expect(Math.abs(count - 2000)).toBeLessThan(150);
    });
  });

  it('should draw Gumbel and normal variates with the right moments', () => {
    const random = createSeededRandom(3);
    expect(mean(draws(20_000, random.gumbel))).toBeCloseTo(0.5772, 1);
    const normals = draws(20_000, random.normal);
    expect(mean(normals)).toBeCloseTo(0, 1);
    expect(mean(normals.map((value) => value * value))).toBeCloseTo(1, 1);
  });

  it('should shuffle into a permutation without touching the input', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const shuffled = createSeededRandom(4).shuffle(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...shuffled].sort()).toEqual(items);
    expect(shuffled).not.toEqual(items);
  });

  it.each([
    ['a fractional seed', () => createSeededRandom(1.5)],
    ['a non-positive n', () => createSeededRandom(1).int(0)],
  ])('should reject %s', (_, call) => {
    expect(call).toThrow(InvalidArgumentError);
  });
});
