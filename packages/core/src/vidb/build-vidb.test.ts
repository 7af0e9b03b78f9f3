import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../ranking/seeded-random';
import { buildVidb } from './build-vidb';
import type { VidbBuildText, VidbBuildWindow } from './build-vidb-types';
import { formatVidbJsonl } from './format-vidb';

/** Twelve benevolence texts with known latent utilities from -3 to +3, and four neutral anchors at 0. */
function fixture() {
  const truth = new Map<string, number>();
  const texts: VidbBuildText[] = [];
  for (let index = 0; index < 12; index++) {
    const id = `b${index}`;
    const utility = -3 + (6 * index) / 11;
    truth.set(id, utility);
    texts.push({
      id,
      value: 'benevolence',
      text: `Benevolence text number ${index}.`,
      direction: utility > 0 ? 1 : -1,
    });
  }
  for (let index = 0; index < 4; index++) {
    const id = `n${index}`;
    truth.set(id, (index - 1.5) * 0.05);
    texts.push({ id, text: `An ordinary remark about the weather, number ${index}.`, neutralAnchor: true });
  }
  const random = createSeededRandom(7);
  const ids = [...truth.keys()];
  const windows: VidbBuildWindow[] = [];
  for (let round = 0; round < 160; round++) {
    const picked = new Set<string>();
    while (picked.size < 3) picked.add(ids[random.int(ids.length)]);
    const window = [...picked];
    // Gumbel noise keeps the fit honest: orders are noisy samples of the latent utilities.
    const noisy = window.map((id) => [id, truth.get(id)! - Math.log(-Math.log(random.next()))] as const);
    const order = [...noisy].sort((left, right) => right[1] - left[1]).map(([id]) => id);
    windows.push({ value: 'benevolence', ids: window, order, file: 'w.jsonl', line: round + 1 });
  }
  return { texts, windows, truth };
}

describe('buildVidb', () => {
  it('should report progress once per fitted value', () => {
    const { texts, windows } = fixture();
    const progress: Array<{ done: number; total: number; value: string }> = [];
    buildVidb({
      texts,
      windows,
      onProgress: ({ done, total, value }) => progress.push({ done, total, value: value.value }),
    });
    expect(progress).toEqual([{ done: 1, total: 1, value: 'benevolence' }]);
  });

  it('should give supporting texts positive and opposing texts negative intensities', () => {
    const { texts, windows, truth } = fixture();
    const { records, report } = buildVidb({ texts, windows });
    expect(records).toHaveLength(12);
    expect(report.issues).toEqual([]);
    const [value] = report.values;
    expect(value).toMatchObject({
      theory: 'pvq',
      value: 'benevolence',
      texts: 12,
      anchors: 4,
      zeroFrom: 'neutral-anchors',
    });
    expect(value.converged).toBe(true);
    for (const record of records) {
      const latent = truth.get(record.id)!;
      if (Math.abs(latent) > 1) expect(Math.sign(record.intensity)).toBe(Math.sign(latent));
    }
    const intensities = records.map((record) => record.intensity);
    expect(Math.max(...intensities)).toBe(10);
    expect(Math.min(...intensities)).toBe(-10);
    expect(records.some((record) => record.id.startsWith('n'))).toBe(false);
  });

  it('should produce byte-identical JSONL for the same input', () => {
    const first = formatVidbJsonl(buildVidb(fixture()).records);
    const second = formatVidbJsonl(buildVidb(fixture()).records);
    expect(second).toBe(first);
  });

  it('should emit anchors as neutral records only when asked', () => {
    const { records } = buildVidb({ ...fixture(), includeNeutralAnchors: true });
    const anchors = records.filter((record) => record.id.includes('@'));
    expect(anchors.map((record) => record.id)).toEqual([
      'n0@benevolence',
      'n1@benevolence',
      'n2@benevolence',
      'n3@benevolence',
    ]);
    expect(anchors.every((record) => record.direction === 0 && Math.abs(record.intensity) < 5)).toBe(true);
  });

  it('should fall back to the median of all texts without anchors and say so', () => {
    const { texts, windows } = fixture();
    const withoutAnchors = windows.filter((window) => window.ids.every((id) => id.startsWith('b')));
    const { report } = buildVidb({ texts, windows: withoutAnchors });
    expect(report.values[0].zeroFrom).toBe('all-texts');
    expect(report.values[0].notes.join(' ')).toContain('no neutral anchor');
  });

  it.each([
    [{ value: 'benevolence', ids: ['b0'], order: ['b0'] }, 'ids', '2 to 6'],
    [{ value: 'benevolence', ids: ['b0', 'b1'], order: ['b0', 'b2'] }, 'order', 'rearranged'],
    [{ value: 'benevolence', ids: ['b0', 'zz'], order: ['zz', 'b0'] }, 'ids', 'unknown text id "zz"'],
    [{ value: 'power', ids: ['b0', 'b1'], order: ['b1', 'b0'] }, 'ids', 'belongs to value "benevolence"'],
    [{ value: 'benevolnce', ids: ['b0', 'b1'], order: ['b1', 'b0'] }, 'value', 'Did you mean'],
  ])('should report a bad window %j with its line', (window, field, message) => {
    const { texts, windows } = fixture();
    const { report } = buildVidb({ texts, windows: [...windows, { ...window, file: 'w.jsonl', line: 999 }] });
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({ file: 'w.jsonl', line: 999, field });
    expect(report.issues[0].message).toContain(message);
    expect(report.summary.rejectedWindows).toBe(1);
  });

  it('should report never-ranked texts, disconnected groups and prior-driven ends', () => {
    const texts: VidbBuildText[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, value: 'power', text: `Text ${id}.` }));
    const windows: VidbBuildWindow[] = [
      { value: 'power', ids: ['a', 'b'], order: ['a', 'b'] },
      { value: 'power', ids: ['c', 'd'], order: ['c', 'd'] },
    ];
    const { records, report } = buildVidb({ texts, windows });
    const [value] = report.values;
    expect(value.neverRanked).toEqual(['e']);
    expect(value.components).toBe(2);
    expect(value.neverWon).toEqual(['b', 'd']);
    expect(value.neverLost).toEqual(['a', 'c']);
    expect(value.notes.join(' ')).toContain('2 disconnected groups');
    expect(records.map((record) => record.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('should report rejected texts and values without windows', () => {
    const { texts, windows } = fixture();
    const extra: VidbBuildText[] = [
      { id: 'b0', value: 'benevolence', text: 'again' },
      { id: 'x', value: 'benevolence', text: '' },
      { id: 'p', value: 'power', text: 'Alone.' },
    ];
    const { report } = buildVidb({ texts: [...texts, ...extra], windows });
    expect(report.issues.map((issue) => issue.message)).toEqual([
      'duplicate text id "b0"',
      'expected a non-empty text, got an empty string',
      'value "power" has 1 text(s) but no valid window; none emitted',
    ]);
  });

  it('should calibrate onto known intensities with isotonic regression', () => {
    const { texts, windows, truth } = fixture();
    const points = [...truth]
      .filter(([id]) => id.startsWith('b'))
      .map(([id, utility]) => ({ id, intensity: utility * 3 }));
    const { records, report } = buildVidb({ texts, windows, calibration: { points } });
    expect(report.values[0].calibration).toBe('points');
    for (const record of records) expect(Math.abs(record.intensity - truth.get(record.id)! * 3)).toBeLessThan(4);
  });
});
