import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliWith } from '../test/run-cli';

// A checkout in miniature: scripts/bench.mjs echoes its arguments, like `pnpm bench` would run them.
function fakeCheckout(exitCode = 0) {
  const root = mkdtempSync(join(tmpdir(), 'valueflow-bench-'));
  mkdirSync(join(root, 'scripts'));
  mkdirSync(join(root, 'bench', 'src'), { recursive: true });
  writeFileSync(
    join(root, 'scripts', 'bench.mjs'),
    `process.stdout.write(JSON.stringify({ args: process.argv.slice(2) }) + '\\n'); process.exit(${exitCode});\n`,
  );
  writeFileSync(join(root, 'bench', 'src', 'hello.ts'), '// `pnpm bench hello [--json]`: says hello. More text.\n');
  writeFileSync(join(root, 'bench', 'src', '_scratch.ts'), '');
  writeFileSync(join(root, 'bench', 'src', 'report.ts'), '');
  return root;
}

describe('valueflow bench', () => {
  it("should list the repository's benchmarks with their descriptions", async () => {
    const result = await runCliWith({ argv: ['bench'] });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ {2}estimator\s+\S/m);
    expect(result.stdout).toMatch(/^ {2}vidb\s+loading a full-scale VIDB/m);
  });

  it('should list as JSON without the helper files', async () => {
    const root = fakeCheckout();
    const result = await runCliWith({ argv: ['bench', '--json'], cwd: join(root, 'bench') });
    expect(JSON.parse(result.stdout)).toEqual({
      root,
      benchmarks: [{ name: 'hello', description: 'says hello.' }],
    });
  });

  it('should run a benchmark through scripts/bench.mjs and pass --json and extra arguments on', async () => {
    const root = fakeCheckout();
    const result = await runCliWith({ argv: ['bench', 'hello', '--json', '--', '--texts', '3'], cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ args: ['hello', '--json', '--texts', '3'] });
  });

  it('should fail with exit 1 when the benchmark fails', async () => {
    const result = await runCliWith({ argv: ['bench', 'hello'], cwd: fakeCheckout(3) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('benchmark hello failed with exit code 3');
  });

  it('should reject an unknown benchmark with exit 2 and list the known ones', async () => {
    const result = await runCliWith({ argv: ['bench', 'helo'], cwd: fakeCheckout() });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown benchmark "helo"; available: hello');
  });

  it('should explain what to do outside a source checkout', async () => {
    const result = await runCliWith({ argv: ['bench'], cwd: mkdtempSync(join(tmpdir(), 'valueflow-elsewhere-')) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is not inside one; cd into the repository/);
  });
});
