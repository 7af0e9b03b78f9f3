import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VidbReadError } from '../errors/vidb-read-error';
import type { VidbRecord } from '../vidb/types';
import { readVidbFile } from './read-vidb-file';
import { writeVidbCsv, writeVidbJsonl } from './write-vidb-file';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'valueflow-vidb-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const records: VidbRecord[] = [
  {
    id: 'a',
    theory: 'pvq',
    value: 'power',
    text: 'Took every seat, "politely",\non the board.',
    intensity: 8.25,
    direction: 1,
  },
  { id: 'b', theory: 'duty', value: 'fidelity', text: 'Kept the promise.', intensity: -4, source: 'seed' },
];

describe('readVidbFile', () => {
  it.each([
    ['panel.jsonl', writeVidbJsonl],
    ['panel.csv', writeVidbCsv],
  ])('should read back %s written by the matching writer', async (name, write) => {
    const path = join(folder, name);
    await write(path, records);
    const result = await readVidbFile(path);
    expect(result.records).toEqual(records);
    expect(result.summary).toEqual({ files: 1, rows: 2, accepted: 2, rejected: 0 });
  });

  it('should read a CSV with a BOM, CRLF line ends and a quoted newline, reporting bad rows by line', async () => {
    const path = join(folder, 'bom.csv');
    const text =
      '\uFEFFid,value,text,intensity\r\n1,power,"two\r\nlines, one text",2\r\n2,power,x,eleven\r\n3,power,y,-11\r\n1,power,z,0\r\n';
    await writeFile(path, text);
    const result = await readVidbFile(path);
    expect(result.records).toEqual([
      { id: '1', theory: 'pvq', value: 'power', text: 'two\r\nlines, one text', intensity: 2 },
    ]);
    expect(result.rejects.map((issue) => [issue.file, issue.line, issue.field])).toEqual([
      [path, 4, 'intensity'],
      [path, 5, 'intensity'],
      [path, 6, 'id'],
    ]);
  });

  it('should read an official release folder and report ignored files and rejected rows', async () => {
    const release = join(folder, 'release');
    await mkdir(release);
    await writeFile(join(release, 'benevolence_pvq_flag_aggregated.csv'), 'text,final_rating\nHelped.,5\n,2\n');
    await writeFile(join(release, 'Care Harm.csv'), 'final_rating,text\n-8,"Hit, then ran."\n');
    await writeFile(join(release, 'README.md'), 'notes');
    const result = await readVidbFile(release);
    expect(result.records.map((record) => [record.id, record.value, record.intensity, record.source])).toEqual([
      ['care-harm-1', 'care-harm', -8, 'Care Harm.csv'],
      ['benevolence-1', 'benevolence', 5, 'benevolence_pvq_flag_aggregated.csv'],
    ]);
    expect(result.summary).toEqual({ files: 2, rows: 3, accepted: 2, rejected: 1 });
    expect(result.rejects[0]).toMatchObject({ line: 3, field: 'text' });
    expect(result.warnings[0].message).toContain('README.md');
  });

  it('should name an official file whose stem is no known value, with a suggestion', async () => {
    const release = join(folder, 'bad-release');
    await mkdir(release);
    await writeFile(join(release, 'benevolance_pvq_flag_aggregated.csv'), 'text,final_rating\nx,1\n');
    await expect(readVidbFile(release)).rejects.toThrow(/benevolance.*Did you mean "benevolence"/s);
  });

  it.each([
    ['missing.jsonl', /cannot read/],
    ['panel.txt', /expected \.jsonl, \.csv or a folder/],
  ])('should throw a VidbReadError for %s', async (name, message) => {
    const path = join(folder, name);
    if (name.endsWith('.txt')) await writeFile(path, '');
    const error = await readVidbFile(path).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(VidbReadError);
    expect((error as Error).message).toMatch(message);
  });

  it('should read 100k rows streaming with heap growth well below three times the file size', async () => {
    const path = join(folder, 'large.jsonl');
    const lines: string[] = [];
    for (let index = 0; index < 100_000; index++) {
      const text = `Row ${index} says the family keeps every promise it makes to the neighbours, near and far.`;
      lines.push(JSON.stringify({ id: `r${index}`, value: 'fidelity', text, intensity: (index % 2001) / 100 - 10 }));
    }
    const content = `${lines.join('\n')}\n`;
    lines.length = 0;
    await writeFile(path, content);
    const fileBytes = Buffer.byteLength(content);
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    const result = await readVidbFile(path);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(result.summary).toEqual({ files: 1, rows: 100_000, accepted: 100_000, rejected: 0 });
    expect(peak - baseline).toBeLessThan(3 * fileBytes);
  });
});
