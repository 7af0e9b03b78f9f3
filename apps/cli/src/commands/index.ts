import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerDemo } from './demo';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command, io: CliIo): void {
  registerDemo(program, io);
}
