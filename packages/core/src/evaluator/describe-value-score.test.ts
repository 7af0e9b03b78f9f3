import { describe, expect, it } from 'vitest';
import { describeValueScore, inBand, nearestAnchors } from './describe-value-score';
import type { ValueScore } from './types';

const score: ValueScore = {
  ref: { theory: 'mft', value: 'care-harm' },
  intensity: -6.42,
  interval: [-8.1, -4.9],
  level: -2,
  evidence: [
    { id: 'a', text: 'Kicked the dog for barking.', intensity: -7.5, relation: 'above' },
    { id: 'b', text: 'Ignored a crying child.', intensity: -5.2, relation: 'below' },
    { id: 'c', text: 'Mocked a friend.', intensity: -3, relation: 'below' },
    { id: 'd', text: 'Poisoned the well.', intensity: -9.6, relation: 'above' },
  ],
  windows: 3,
  dropped: [],
  judgeCalls: 3,
  usage: {},
  panel: 'vidb:0123456789abcdef',
  judge: 'sim',
  method: 'bucket/k6/m3/pl-mean',
  seed: 42,
};

describe('describeValueScore', () => {
  it('should cite the two anchors that bracket the estimate and the provenance', () => {
    expect(nearestAnchors(score.evidence)).toMatchObject({ beat: { id: 'a' }, lostTo: { id: 'b' } });
    const text = describeValueScore(score, { min: -2 });
    expect(text).toContain('care-harm -6.4 (interval -8.1 to -4.9, level -2)');
    expect(text).toContain('outside the band -2 to 10');
    expect(text).toContain('ranked above "Kicked the dog for barking." (-7.5); below "Ignored a crying child." (-5.2)');
    expect(text).toContain('panel vidb:0123456, judge sim, method bucket/k6/m3/pl-mean');
  });

  it('should say why a value was not scored', () => {
    const unscored = { ...score, intensity: null, interval: null, level: null, dropped: [{ reason: 'no list found' }] };
    expect(describeValueScore(unscored)).toMatch(/^care-harm: not scored \(no list found\); 3 judge calls/);
  });

  it.each([
    [-2, { min: -2 }, true],
    [-2.01, { min: -2 }, false],
    [10, {}, true],
  ])('should test %d against %j (inclusive ends)', (intensity, band, inside) => {
    expect(inBand(intensity, band)).toBe(inside);
  });
});
