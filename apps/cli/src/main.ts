import { Command, CommanderError } from 'commander';
import { ValueflowError } from '@valueflow/core';
import { type CliIo, CliError } from './io';
import { registerCommands } from './commands';

const fileErrors: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'a part of the path is not a folder',
};

/**
 * Builds the program; every command writes through `io` so tests can run it in-process.
 *
 * @param io - Streams, environment and working directory.
 * @param register - Adds the commands (default: all of them; tests register one with mocks).
 */
export function createProgram(io: CliIo, register: (program: Command, io: CliIo) => void = registerCommands): Command {
  const program = new Command('valueflow')
    .description('Calibrated, reference-anchored value intensity for LLM apps.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage and examples)')
    .addHelpText(
      'after',
      '\nEvery command takes --help (with examples) and --json. Exit codes: 0 ok, 1 failure, 2 usage error.\nSettings: `valueflow config`.\n',
    );
  register(program, io);
  return program;
}

/**
 * Parses and runs a program, turning errors into readable messages and exit codes: 0 ok,
 * 1 failure (a CliError's own code, a ValueflowError, a file that cannot be read), 2 usage error.
 * Anything else is a bug and is rethrown with its stack.
 *
 * @param program - From {@link createProgram}.
 * @param argv - Arguments after the program name.
 * @param io - Where messages go.
 */
export async function runProgram(program: Command, argv: string[], io: CliIo): Promise<number> {
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      io.stderr.write(`valueflow: ${error.message}\n`);
      return error.exitCode;
    }
    if (ValueflowError.isInstance(error)) {
      io.stderr.write(`valueflow: ${error.message}\n`);
      return 1;
    }
    const { code, path } = (error ?? {}) as { code?: string; path?: string };
    if (code !== undefined && path !== undefined && fileErrors[code] !== undefined) {
      io.stderr.write(`valueflow: ${path}: ${fileErrors[code]}; check the path and try again\n`);
      return 1;
    }
    throw error;
  }
}

/** Runs the CLI and resolves to its exit code (0 ok, 1 failure, 2 usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  return runProgram(createProgram(io), argv, io);
}
