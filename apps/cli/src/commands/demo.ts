import type { Command } from 'commander';
import type { CliIo } from '../io';

/** `valueflow demo`: the README's main job; grows as the product grows. */
export function registerDemo(program: Command, io: CliIo): void {
  program
    .command('demo')
    .description('Run the offline demo: the value catalogue and the reference panel at a glance.')
    .action(() => {
      io.stdout.write('valueflow demo\n');
    });
}
