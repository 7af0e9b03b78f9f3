import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const guard = fileURLToPath(new URL('./__fixtures__/network-guard.mjs', import.meta.url));
const child = fileURLToPath(new URL('./__fixtures__/embed-offline.ts', import.meta.url));

async function runGuarded(mode: 'embed' | 'connect') {
  const { stdout } = await run(
    process.execPath,
    ['--import', guard, '--conditions=@valueflow/source', '--import', 'tsx', child, mode],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), timeout: 14_000 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!);
}

// Each case starts a fresh Node process (about 1-3 s with the model); run them side by side.
describe.concurrent('createUseEmbedder', () => {
  it('should load the model and embed with every network API disabled', async () => {
    const result = await runGuarded('embed');
    expect(result).toEqual({ ok: true, count: 2, dimensions: 512, attempts: [] });
  }, 15_000);

  it('should trip the network guard when something does try to connect (control)', async () => {
    const result = await runGuarded('connect');
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([
      expect.stringMatching(/^network guard: fetch/),
      expect.stringMatching(/^network guard: net.Socket.connect/),
      expect.stringMatching(/^network guard: dns.promises.lookup/),
    ]);
    expect(result.attempts).toEqual(['fetch', 'net.Socket.connect', 'dns.promises.lookup']);
  }, 15_000);
});
