import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type CliIo, CliError } from '../io';

/** File names looked for in each folder, in this order. */
export const configFileNames = ['valueflow.config.json', '.valueflowrc.json'] as const;

/**
 * Finds the config file: `VALUEFLOW_CONFIG` when set (relative to the working directory; it must
 * exist), else the nearest `valueflow.config.json` or `.valueflowrc.json` from the working
 * directory up to the filesystem root. A folder's `valueflow.config.json` wins over its `.valueflowrc.json`.
 *
 * @param io - Supplies the working directory and environment.
 * @returns The absolute path, or undefined when there is none.
 * @throws CliError (exit 2) when `VALUEFLOW_CONFIG` names a file that does not exist.
 */
export function findConfigFile(io: CliIo): string | undefined {
  const explicit = io.env.VALUEFLOW_CONFIG;
  if (explicit !== undefined && explicit !== '') {
    const path = resolve(io.cwd, explicit);
    if (!existsSync(path)) {
      throw new CliError(`VALUEFLOW_CONFIG points to ${path}, which does not exist; fix the path or unset it`, 2);
    }
    return path;
  }
  let folder = resolve(io.cwd);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(folder, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
