import type { Command } from 'commander';
import type { CliIo } from '../io';
import { createProgram, main, runProgram } from '../main';

/** Options of {@link runCliWith}. */
export interface RunCliOptions {
  argv: string[];
  env?: Record<string, string | undefined>;
  /** Working directory the command sees (default: the process's). */
  cwd?: string;
  /** Pretend stdout and stderr are terminals (colour, glyphs, progress bars). */
  tty?: boolean;
  /** Register only these commands (e.g. one with mocked sources) instead of all. */
  register?: (program: Command, io: CliIo) => void;
}

/** Runs the CLI in-process with captured output and the given environment, cwd and terminal flag; for tests. */
export async function runCliWith(options: RunCliOptions) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.tty ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.tty ?? false },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = options.register
    ? await runProgram(createProgram(io, options.register), options.argv, io)
    : await main(options.argv, io);
  return { code, stdout, stderr };
}

/** Runs the CLI in-process with captured output; for tests. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}) {
  return runCliWith({ argv, env });
}
