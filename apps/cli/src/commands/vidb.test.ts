import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

let folder: string;
let panel: string;
const lines = [
  { id: 'p1', value: 'power', text: 'Bought the company to control its board.', intensity: 8 },
  { id: 'p2', value: 'power', text: 'Shared the decision with everyone.', intensity: -4.5 },
  { id: 'f1', value: 'fidelity', text: 'Kept a promise made years ago.', intensity: 6.5, direction: 1 },
];

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'valueflow-cli-vidb-'));
  panel = join(folder, 'panel.jsonl');
  await writeFile(panel, lines.map((line) => JSON.stringify(line)).join('\n'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('valueflow vidb', () => {
  it.each(['stats', 'validate', 'import', 'export', 'build'])(
    'should show help with an example for %s',
    async (name) => {
      const result = await runCli(['vidb', name, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`$ valueflow vidb ${name}`);
    },
  );

  it('should print stats as JSON with the panel hash', async () => {
    const result = await runCli(['vidb', 'stats', panel, '--json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats.panel).toMatch(/^vidb:[0-9a-f]{16}$/);
    expect(stats.total).toBe(3);
    expect(stats.values).toEqual([
      {
        theory: 'duty',
        value: 'fidelity',
        count: 1,
        min: 6.5,
        max: 6.5,
        bins: { '<=-6': 0, '(-6,-2]': 0, '(-2,2)': 0, '[2,6)': 0, '>=6': 1 },
      },
      {
        theory: 'pvq',
        value: 'power',
        count: 2,
        min: -4.5,
        max: 8,
        bins: { '<=-6': 0, '(-6,-2]': 1, '(-2,2)': 0, '[2,6)': 0, '>=6': 1 },
      },
    ]);
  });

  it('should print a stats table, and describe the seed panel without FILE', async () => {
    const table = await runCli(['vidb', 'stats', panel]);
    expect(table.stdout).toContain('3 records in 2 values');
    const seed = await runCli(['vidb', 'stats', '--json']);
    expect(seed.code).toBe(0);
    expect(JSON.parse(seed.stdout).values).toHaveLength(32);
  });

  it('should list rejected rows as file:line field: message and exit 1', async () => {
    const bad = join(folder, 'bad.csv');
    await writeFile(bad, 'id,value,text,intensity\n1,powr,x,2\n2,power,y,12\n');
    const result = await runCli(['vidb', 'validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${bad}:2 value: Unknown value "powr". Did you mean "power"?`);
    expect(result.stdout).toContain(`${bad}:3 intensity: expected a number in [-10, 10], got 12 (out of range)`);
    expect(result.stdout).toContain('2 rows in 1 file: 0 accepted, 2 rejected');
    const clean = await runCli(['vidb', 'validate', panel, '--json']);
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout).summary).toEqual({ files: 1, rows: 3, accepted: 3, rejected: 0 });
  });

  it('should report a CSV without required columns as a readable error', async () => {
    const bad = join(folder, 'columns.csv');
    await writeFile(bad, 'id,text\n1,x\n');
    const result = await runCli(['vidb', 'validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing required columns "value", "intensity"');
  });

  it('should import, export to CSV and keep the same panel hash', async () => {
    const csv = join(folder, 'out.csv');
    const jsonl = join(folder, 'round.jsonl');
    expect((await runCli(['vidb', 'export', panel, '--format', 'csv', '--out', csv])).code).toBe(0);
    const imported = await runCli(['vidb', 'import', csv, '--out', jsonl]);
    expect(imported.code).toBe(0);
    const [before, after] = await Promise.all([
      runCli(['vidb', 'stats', panel, '--json']),
      runCli(['vidb', 'stats', jsonl, '--json']),
    ]);
    expect(JSON.parse(after.stdout).panel).toBe(JSON.parse(before.stdout).panel);
    const stdout = await runCli(['vidb', 'export', jsonl, '--format', 'jsonl']);
    expect(stdout.stdout.trim().split('\n')).toHaveLength(3);
    const badFormat = await runCli(['vidb', 'export', panel, '--format', 'xml']);
    expect(badFormat.code).toBe(2);
  });

  it('should build a panel from texts and windows and report bad windows', async () => {
    const texts = join(folder, 'texts.jsonl');
    const windows = join(folder, 'windows.jsonl');
    const out = join(folder, 'built.jsonl');
    await writeFile(
      texts,
      [
        { id: 'a', value: 'power', text: 'Took over the board.' },
        { id: 'b', value: 'power', text: 'Gave away the shares.' },
        { id: 'n', text: 'It rained on Tuesday.', neutralAnchor: true },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    await writeFile(
      windows,
      [
        { value: 'power', ids: ['a', 'n'], order: ['a', 'n'] },
        { value: 'power', ids: ['n', 'b'], order: ['n', 'b'] },
        { value: 'power', ids: ['a', 'b'], order: ['a', 'b'] },
        { value: 'power', ids: ['a', 'x'], order: ['x', 'a'] },
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    const result = await runCli(['vidb', 'build', '--texts', texts, '--windows', windows, '--out', out, '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${windows}:4 ids: unknown text id "x"`);
    const report = JSON.parse(result.stdout);
    expect(report.values[0]).toMatchObject({ value: 'power', windows: 3, zeroFrom: 'neutral-anchors' });
    const built = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(built.map((record: { id: string; intensity: number }) => [record.id, Math.sign(record.intensity)])).toEqual([
      ['a', 1],
      ['b', -1],
    ]);
  });
});
