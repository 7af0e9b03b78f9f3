import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** One runnable benchmark of the repository. */
export interface BenchEntry {
  name: string;
  /** From the file's opening comment, without the usage line. */
  description: string;
}

/**
 * The valueflow source checkout around a folder: the nearest folder upward with
 * `scripts/bench.mjs` and `bench/src` (what `pnpm bench` runs).
 *
 * @param cwd - Where to start looking.
 * @returns The repository root, or undefined outside a checkout.
 */
export function findBenchRoot(cwd: string): string | undefined {
  let folder = resolve(cwd);
  for (;;) {
    if (existsSync(join(folder, 'scripts', 'bench.mjs')) && existsSync(join(folder, 'bench', 'src'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

function describeBench(source: string): string {
  const comment = source
    .split('\n')
    .filter((_line, index, lines) => lines.slice(0, index + 1).every((previous) => previous.startsWith('//')))
    .map((line) => line.replace(/^\/\/\s?/, ''))
    .join(' ');
  const text = comment.replace(/^`?pnpm bench [\w-]+(?: \[[^\]]*\])*`?:?\s*/, '').trim();
  const sentence = text.split(/(?<=\.)\s/)[0] ?? '';
  return sentence.length > 110 ? `${sentence.slice(0, 109)}…` : sentence;
}

/**
 * The benchmarks `pnpm bench NAME` accepts: `bench/src/*.ts` except tests, `report.ts` and files
 * starting with `_` (the same rule as scripts/bench.mjs), sorted by name.
 *
 * @param root - Repository root from {@link findBenchRoot}.
 */
export async function listBenches(root: string): Promise<BenchEntry[]> {
  const folder = join(root, 'bench', 'src');
  const files = (await readdir(folder))
    .filter((file) => file.endsWith('.ts') && !file.includes('.test.') && file !== 'report.ts' && !file.startsWith('_'))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      name: file.replace(/\.ts$/, ''),
      description: describeBench(await readFile(join(folder, file), 'utf8')),
    })),
  );
}
