import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedSourcePath, seedVidbPath } from '@valueflow/core/node';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

const list = (folder: string) =>
  readdirSync(join(seedSourcePath, folder))
    .filter((file) => file.endsWith('.jsonl'))
    .sort()
    .map((file) => join(seedSourcePath, folder, file));

describe('the seed panel', () => {
  it('should be reproduced byte for byte by `valueflow vidb build` from the committed texts and windows', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'valueflow-seed-')), 'seed.jsonl');
    const result = await runCli([
      'vidb',
      'build',
      '--texts',
      [...list('texts'), ...list('neutral')].join(','),
      '--windows',
      list('windows').join(','),
      '--include-anchors',
      '--out',
      out,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(seedVidbPath, 'utf8'));
  });

  it('should report its quality checks in `vidb stats --json`', async () => {
    const result = await runCli(['vidb', 'stats', '--json']);
    expect(result.code).toBe(0);
    const stats = JSON.parse(result.stdout);
    expect(stats.values).toHaveLength(32);
    expect(stats.quality).toHaveLength(32);
    expect(stats.quality[0]).toMatchObject({ spearman: expect.any(Number), bins: expect.any(Array) });
  });
});
