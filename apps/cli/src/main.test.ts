import { describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli';

describe('valueflow', () => {
  it('should print help and exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: valueflow');
  });

  it('should exit 2 on an unknown command', async () => {
    const result = await runCli(['no-such-command']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });
});
