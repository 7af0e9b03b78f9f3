import { describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

describe('valueflow demo', () => {
  it('should show the catalogue and the seed panel', async () => {
    const result = await runCli(['demo']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('4 theories, 32 mid-level values');
    expect(result.stdout).toMatch(/Seed reference panel vidb:[0-9a-f]{16}: 2304 texts over 32 values/);
  });
});
