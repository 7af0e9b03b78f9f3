import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Command } from 'commander';
import { createColours } from '../colours';
import { type CliIo, CliError, writeJson } from '../io';
import { findBenchRoot, listBenches } from './bench-catalogue';

const help = `
Runs one of the repository's benchmarks from the sources, exactly as \`pnpm bench NAME\` does
(scripts/bench.mjs with tsx; no build needed), and passes --json and any further arguments on.
Without NAME, lists the benchmarks. Works inside a valueflow source checkout only.

Exit codes: the benchmark's own (0 when it ran), 2 for an unknown name, 1 outside a checkout.

Examples:
  $ valueflow bench
  $ valueflow bench estimator --json
  $ valueflow bench estimator -- --texts 200
`;

function outsideCheckout(io: CliIo): CliError {
  return new CliError(
    `valueflow bench runs the benchmarks of a valueflow source checkout, and ${io.cwd} is not inside one; ` +
      'cd into the repository (the folder with scripts/bench.mjs) and run it again',
  );
}

// The benchmark's output goes straight to the terminal when the CLI writes to the real process
// streams (its own progress output stays live); tests get it forwarded through `io`.
function run(io: CliIo, options: { root: string; args: string[] }): Promise<number> {
  const direct = io.stdout === process.stdout && io.stderr === process.stderr;
  const child = spawn(process.execPath, [join(options.root, 'scripts', 'bench.mjs'), ...options.args], {
    cwd: options.root,
    env: { ...process.env, ...io.env },
    stdio: direct ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => io.stdout.write(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => io.stderr.write(chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/** `valueflow bench [NAME] [--json] [-- args…]`: lists or runs the repository's benchmarks. */
export function registerBench(program: Command, io: CliIo): void {
  program
    .command('bench')
    .description("List or run the repository's benchmarks (pnpm bench NAME) from a source checkout.")
    .argument('[name]', 'benchmark to run; omit to list them')
    .argument('[args...]', 'further arguments for the benchmark (after --)')
    .option('--json', 'list as JSON, or ask the benchmark for its JSON report')
    .addHelpText('after', help)
    .action(async (name: string | undefined, args: string[], options: { json?: boolean }) => {
      const root = findBenchRoot(io.cwd);
      if (!root) throw outsideCheckout(io);
      const benches = await listBenches(root);
      if (name === undefined) {
        if (options.json) {
          writeJson(io, { root, benchmarks: benches });
          return;
        }
        const colours = createColours(io);
        const width = Math.max(...benches.map((bench) => bench.name.length));
        io.stdout.write(`benchmarks in ${root} (run one with \`valueflow bench NAME\`):\n`);
        for (const bench of benches)
          io.stdout.write(`  ${colours.bold(bench.name.padEnd(width))}  ${bench.description}\n`);
        return;
      }
      if (!benches.some((bench) => bench.name === name)) {
        throw new CliError(
          `unknown benchmark "${name}"; available: ${benches.map((bench) => bench.name).join(', ')}`,
          2,
        );
      }
      const started = Date.now();
      if (!options.json) io.stderr.write(`bench: running ${name} from ${root}\n`);
      const code = await run(io, { root, args: [name, ...(options.json ? ['--json'] : []), ...args] });
      if (code !== 0) throw new CliError(`benchmark ${name} failed with exit code ${code} (its output is above)`);
      if (!options.json)
        io.stderr.write(`bench: ${name} finished in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    });
}
