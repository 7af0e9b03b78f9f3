import { describe, expect, it } from 'vitest';
import { VidbValidationError } from '../errors/vidb-validation-error';
import { createReferenceDb } from './create-reference-db';
import type { VidbRecord } from './types';

const records: VidbRecord[] = [
  { id: 'b2', theory: 'pvq', value: 'benevolence', text: 'Helped a neighbour move.', intensity: 5, direction: 1 },
  { id: 'b1', theory: 'pvq', value: 'benevolence', text: 'Ignored a friend in need.', intensity: -7, direction: -1 },
  { id: 'b3', theory: 'pvq', value: 'benevolence', text: 'Bought groceries.', intensity: 0, direction: 0 },
  { id: 'c1', theory: 'mft', value: 'care-harm', text: 'Kicked a dog.', intensity: -9.5 },
  { id: 'c2', theory: 'mft', value: 'care-harm', text: 'Comforted a crying child.', intensity: 6 },
];

describe('createReferenceDb', () => {
  it('should index records per value sorted by ascending intensity', () => {
    const db = createReferenceDb(records);
    expect(db.size).toBe(5);
    expect(db.values()).toEqual([
      { theory: 'mft', value: 'care-harm' },
      { theory: 'pvq', value: 'benevolence' },
    ]);
    expect(db.records({ theory: 'pvq', value: 'benevolence' }).map((record) => record.id)).toEqual(['b1', 'b3', 'b2']);
    expect(db.records({ theory: 'svt', value: 'Benevolence' })).toHaveLength(3);
    expect(db.records({ theory: 'pvq', value: 'power' })).toEqual([]);
    expect(db.all().map((record) => record.id)).toEqual(['b2', 'b1', 'b3', 'c1', 'c2']);
  });

  it('should summarise each value with bins and direction counts', () => {
    const [care, benevolence] = createReferenceDb(records).stats();
    expect(care).toMatchObject({ theory: 'mft', value: 'care-harm', count: 2, min: -9.5, max: 6 });
    expect(care.bins).toEqual({ '<=-6': 1, '(-6,-2]': 0, '(-2,2)': 0, '[2,6)': 0, '>=6': 1 });
    expect(benevolence.directions).toEqual({ supports: 1, opposes: 1, neutral: 1, unlabelled: 0 });
  });

  it('should throw naming every duplicate id', () => {
    const duplicated = [...records, { ...records[0] }, { ...records[3], text: 'other' }];
    expect(() => createReferenceDb(duplicated)).toThrow(VidbValidationError);
    expect(() => createReferenceDb(duplicated)).toThrow(/duplicate id "b2".*duplicate id "c1"/);
  });

  it('should throw for an intensity outside [-10, 10]', () => {
    expect(() => createReferenceDb([{ ...records[0], intensity: 11 }])).toThrow(/expected \[-10, 10\]/);
  });

  it('should hash content, not order', () => {
    const hash = createReferenceDb(records).hash;
    expect(hash).toMatch(/^vidb:[0-9a-f]{16}$/);
    expect(createReferenceDb([...records].reverse()).hash).toBe(hash);
    expect(createReferenceDb(records.map((record) => ({ ...record, source: 'elsewhere' }))).hash).toBe(hash);
    const changed = records.map((record) => (record.id === 'b3' ? { ...record, intensity: 0.01 } : record));
    expect(createReferenceDb(changed).hash).not.toBe(hash);
    // Pinned so an accidental change of the canonical form shows up as a failing test.
    expect(hash).toMatchInlineSnapshot(`"vidb:d90e234553e3ff10"`);
  });
});
