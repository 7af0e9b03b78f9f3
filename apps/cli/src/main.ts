import { Command, CommanderError } from 'commander';
import { ValueflowError } from '@valueflow/core';
import { type CliIo, CliError } from './io';
import { registerCommands } from './commands';

/** Builds the program; every command writes through `io` so tests can run it in-process. */
export function createProgram(io: CliIo): Command {
  const program = new Command('valueflow')
    .description('Calibrated, reference-anchored value intensity for LLM apps.')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run with --help for usage and examples)');
  registerCommands(program, io);
  return program;
}

/** Runs the CLI and resolves to its exit code (0 ok, 1 failure, 2 usage error). */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const program = createProgram(io);
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
    throw error;
  }
}
