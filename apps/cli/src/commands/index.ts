import type { Command } from 'commander';
import type { CliIo } from '../io';
import { registerBench } from './bench';
import { registerConfig } from './config';
import { registerDemo } from './demo';
import { registerEvaluate } from './evaluate';
import { registerExtract } from './extract';
import { registerProfile } from './profile';
import { registerSteer } from './steer';
import { registerValues } from './values';
import { registerVidb } from './vidb';

/** Each command lives in its own file and registers itself here. */
export function registerCommands(program: Command, io: CliIo): void {
  registerBench(program, io);
  registerConfig(program, io);
  registerDemo(program, io);
  registerEvaluate(program, io);
  registerExtract(program, io);
  registerProfile(program, io);
  registerSteer(program, io);
  registerValues(program, io);
  registerVidb(program, io);
}
