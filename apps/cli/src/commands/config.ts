import type { Command } from 'commander';
import { createColours } from '../colours';
import { configFileNames } from '../config/find-config-file';
import { formatSource, resolveSettings } from '../config/resolve-settings';
import { settingDefinitions } from '../config/setting-definitions';
import { type CliIo, writeJson } from '../io';

const help = `
Prints every setting valueflow commands use, its effective value and where it came from:
a flag (not here: flags belong to the command that runs), an environment variable, the config
file, or the default. Precedence: flags > environment > config file > defaults.

Config file: the nearest ${configFileNames.join(' or ')} from the working directory up, or
the file VALUEFLOW_CONFIG names. Keys: ${settingDefinitions.map((definition) => definition.key).join(', ')}.
  {
    "judge": "openai",
    "baseUrl": "http://127.0.0.1:11434/v1",
    "model": "llama3.1",
    "panel": "./panels/vidb.jsonl",
    "windows": 5
  }
The API key is read from OPENAI_API_KEY only, never from a file; this command says whether it is set.

Examples:
  $ valueflow config
  $ VALUEFLOW_MODEL=qwen2.5 valueflow config --json | jq '.settings.model'
`;

/** `valueflow config`: the effective configuration and the source of each value. */
export function registerConfig(program: Command, io: CliIo): void {
  program
    .command('config')
    .description(
      'Show the effective configuration (config file, environment, defaults) and where each value came from.',
    )
    .option('--json', 'print { file, settings, sources, apiKey } as JSON')
    .addHelpText('after', help)
    .action((options: { json?: boolean }) => {
      const { settings, sources, file } = resolveSettings(io);
      const apiKey = (io.env.OPENAI_API_KEY ?? '') !== '' ? 'set' : 'unset';
      if (options.json) {
        writeJson(io, {
          file: file ?? null,
          settings: Object.fromEntries(
            settingDefinitions.map((definition) => [
              definition.key,
              settings[definition.key] ?? definition.defaultValue ?? null,
            ]),
          ),
          sources: Object.fromEntries(
            settingDefinitions.map((definition) => [definition.key, formatSource(sources[definition.key])]),
          ),
          apiKey,
        });
        return;
      }
      const colours = createColours(io);
      io.stdout.write(
        `config file: ${file ?? `none (looked for ${configFileNames.join(', ')} from ${io.cwd} up)`}\n\n`,
      );
      const rows = settingDefinitions.map((definition) => {
        const source = sources[definition.key];
        const value = settings[definition.key] ?? definition.defaultValue;
        const shown =
          source.kind === 'default' && definition.defaultNote !== undefined && definition.key !== 'judge'
            ? `(${definition.defaultNote})`
            : value === undefined
              ? '(not set)'
              : String(value);
        const origin =
          definition.key === 'judge' && source.kind === 'default'
            ? `default: ${definition.defaultNote}`
            : formatSource(source);
        return [definition.key, shown, origin];
      });
      rows.push(['apiKey', apiKey, 'env OPENAI_API_KEY']);
      const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column].length)));
      for (const [key, value, origin] of rows) {
        io.stdout.write(
          `  ${colours.bold(key.padEnd(widths[0]))}  ${value.padEnd(widths[1])}  ${colours.dim(origin)}\n`,
        );
      }
    });
}
