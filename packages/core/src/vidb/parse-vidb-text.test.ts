import { describe, expect, it } from 'vitest';
import { VidbReadError } from '../errors/vidb-read-error';
import { formatVidbCsv, formatVidbJsonl } from './format-vidb';
import { parseVidbText } from './parse-vidb-text';
import type { VidbRecord } from './types';

const records: VidbRecord[] = [
  {
    id: 'a',
    theory: 'pvq',
    value: 'power',
    text: 'He took, "politely", every seat\non the board.',
    intensity: 8.25,
    direction: 1,
  },
  { id: 'b', theory: 'duty', value: 'fidelity', text: 'Kept the promise.', intensity: 4, source: 'seed' },
];

describe('parseVidbText', () => {
  it.each(['jsonl', 'csv'] as const)('should read back what format %s wrote', (format) => {
    const text = format === 'jsonl' ? formatVidbJsonl(records) : formatVidbCsv(records);
    const result = parseVidbText(text, { format });
    expect(result.records).toEqual(records);
    expect(result.summary).toEqual({ files: 1, rows: 2, accepted: 2, rejected: 0 });
    expect(result.rejects).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('should reject bad JSONL lines with their line numbers and keep going', () => {
    const text = [
      '{"id":"a","value":"power","text":"t","intensity":1}',
      '',
      '{"id":"b","value":"power","text":"t",',
      '{"id":"a","value":"power","text":"t2","intensity":2}',
      '{"id":"c","value":"powr","text":"t","intensity":2,"mood":"x"}',
      '{"id":"d","value":"power","text":"t","intensity":2,"mood":"x"}',
    ].join('\n');
    const result = parseVidbText(text, { format: 'jsonl', file: 'p.jsonl' });
    expect(result.records.map((record) => record.id)).toEqual(['a', 'd']);
    expect(result.summary).toEqual({ files: 1, rows: 5, accepted: 2, rejected: 3 });
    expect(result.rejects.map((issue) => [issue.line, issue.field])).toEqual([
      [3, undefined],
      [4, 'id'],
      [5, 'value'],
    ]);
    expect(result.rejects[1].message).toContain('first used at p.jsonl:1');
    expect(result.rejects[2].message).toContain('Did you mean "power"');
    expect(result.warnings).toEqual([
      expect.objectContaining({ field: 'mood', message: expect.stringContaining('ignored in 1 row') }),
    ]);
  });

  it.each(['jsonl', 'csv'] as const)('should warn about an empty %s file', (format) => {
    const result = parseVidbText('', { format });
    expect(result.summary.rows).toBe(0);
    expect(result.warnings[0].message).toContain('no data rows');
  });

  it('should map CSV columns by header, warn about extra ones and reject short rows', () => {
    const text = '\uFEFFText,ID,Value,Intensity,notes\r\n"a, b",x1,power,3,n\r\nshort,x2\r\n';
    const result = parseVidbText(text, { format: 'csv', file: 'p.csv' });
    expect(result.records).toEqual([{ id: 'x1', theory: 'pvq', value: 'power', text: 'a, b', intensity: 3 }]);
    expect(result.warnings[0]).toMatchObject({ file: 'p.csv', line: 1, field: 'notes' });
    expect(result.rejects[0]).toMatchObject({ line: 3, message: 'expected 5 fields as in the header, got 2' });
  });

  it('should throw naming every missing CSV column', () => {
    expect(() => parseVidbText('id,text\n1,x\n', { format: 'csv', file: 'p.csv' })).toThrow(VidbReadError);
    expect(() => parseVidbText('id,text\n1,x\n', { format: 'csv', file: 'p.csv' })).toThrow(
      /missing required columns "value", "intensity"/,
    );
    expect(() => parseVidbText('text,final_rating\nx,1\n', { format: 'csv' })).toThrow(/official release layout/);
  });

  it('should read an official-release CSV and generate ids from the row number', () => {
    const text = 'text,final_rating,extra\nGave to charity.,6.5,1\n,3,1\nNo rating.,,1\nToo much.,12,1\n';
    const result = parseVidbText(text, { format: 'official', file: 'data/Care_Harm_mft_flag_aggregated.csv' });
    expect(result.records).toEqual([
      {
        id: 'care-harm-1',
        theory: 'mft',
        value: 'care-harm',
        text: 'Gave to charity.',
        intensity: 6.5,
        source: 'Care_Harm_mft_flag_aggregated.csv',
      },
    ]);
    expect(result.rejects.map((issue) => [issue.line, issue.field])).toEqual([
      [3, 'text'],
      [4, 'intensity'],
      [5, 'intensity'],
    ]);
    expect(result.warnings[0].field).toBe('extra');
  });
});
