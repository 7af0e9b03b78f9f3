import { describe, expect, it } from 'vitest';
import { decodeHead, encodeHead } from './head-codec';
import type { IntensityHead } from './intensity-head';

describe('encodeHead', () => {
  it('should round-trip weights within int16 precision', () => {
    const head: IntensityHead = {
      id: 'head-test',
      embedder: 'mock',
      dimensions: 2,
      polarityScale: 1,
      wordBuckets: 0,
      wordScale: 0,
      stretch: 1,
      noiseScale: 2,
      panel: 'vidb:test',
      shared: Float32Array.from([0.5, -1, 0.25, 0, 3]),
      values: new Map([['pvq/power', Float32Array.from([0, 0, 0, 0, 0])]]),
    };
    const decoded = decodeHead(encodeHead(head));
    expect(decoded.noiseScale).toBe(2);
    for (let index = 0; index < 5; index += 1) expect(decoded.shared[index]).toBeCloseTo(head.shared[index], 3);
    expect([...decoded.values.get('pvq/power')!]).toEqual([0, 0, 0, 0, 0]);
  });
});
