import { describe, expect, it } from 'vitest';
import { validateVidbRecord } from './validate-vidb-record';

const good = {
  id: 'b-1',
  value: 'benevolence',
  text: 'She stayed up all night nursing her sick brother.',
  intensity: 7.5,
};

describe('validateVidbRecord', () => {
  it('should return a clean record with canonical theory and value ids', () => {
    const result = validateVidbRecord({
      ...good,
      value: 'Care_Harm',
      theory: 'mft',
      direction: 'supports',
      source: 'seed',
    });
    expect(result).toEqual({
      ok: true,
      record: { ...good, theory: 'mft', value: 'care-harm', direction: 1, source: 'seed' },
    });
  });

  it('should infer the theory of a mid-level value and accept numeric strings from CSV cells', () => {
    const result = validateVidbRecord({
      id: 7,
      value: 'civil rights',
      text: 'x',
      intensity: ' -3.5 ',
      direction: '-1',
    });
    expect(result).toEqual({
      ok: true,
      record: { id: '7', theory: 'right', value: 'civil-rights', text: 'x', intensity: -3.5, direction: -1 },
    });
  });

  it.each([
    [{ ...good, intensity: 'high' }, 'intensity', 'expected a number in [-10, 10], got "high"'],
    [{ ...good, intensity: 10.5 }, 'intensity', 'out of range'],
    [{ ...good, intensity: '' }, 'intensity', 'an empty string'],
    [{ ...good, intensity: '0x10' }, 'intensity', 'got "0x10"'],
    [{ ...good, intensity: undefined }, 'intensity', 'missing'],
    [{ ...good, text: '   ' }, 'text', 'expected a non-empty text'],
    [{ ...good, id: undefined }, 'id', 'expected a non-empty string'],
    [{ ...good, direction: 2 }, 'direction', 'expected -1 (opposes), 0 (neutral) or 1 (supports)'],
    [{ ...good, direction: 'constructor' }, 'direction', 'expected -1'],
    [{ ...good, value: 'benevolnce' }, 'value', 'Did you mean "benevolence"'],
    [{ ...good, value: 'benevolence', theory: 'nope' }, 'theory', 'nope'],
    [{ ...good, value: 'universalism:nature', theory: 'pvq' }, 'value', 'not a mid-level value'],
  ])('should reject %j on its %s field', (raw, field, message) => {
    const result = validateVidbRecord(raw, { file: 'panel.jsonl', line: 4 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ file: 'panel.jsonl', line: 4, field });
    expect(result.issues[0].message).toContain(message);
  });

  it('should report every bad field of a row at once', () => {
    const result = validateVidbRecord({ value: 'benevolence', text: '', intensity: 'x' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.field)).toEqual(['id', 'text', 'intensity']);
  });

  it.each([null, 3, 'text', [1, 2]])('should reject a row that is not an object: %j', (raw) => {
    const result = validateVidbRecord(raw);
    expect(result.ok).toBe(false);
  });
});
