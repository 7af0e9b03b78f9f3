import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from '../io';
import { closestName } from './closest-name';
import { parseSetting, type SettingValue } from './parse-setting';
import { type SettingKey, settingDefinitions, settingKeys } from './setting-definitions';

/**
 * Reads and checks a config file: a JSON object whose keys are setting names (`"$schema"` is
 * allowed and ignored). A `panel` path is made absolute against the file's folder, so the file
 * means the same from any working directory.
 *
 * @param file - Absolute path of the file.
 * @returns The settings the file sets.
 * @throws CliError (exit 2) naming the file and key for unreadable JSON, unknown keys or bad values.
 */
export function readConfigFile(file: string): Partial<Record<SettingKey, SettingValue>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CliError(`${file}: not a valid JSON config file (${(error as Error).message}); fix it or remove it`, 2);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new CliError(`${file}: expected a JSON object such as {"judge": "openai", "model": "llama3.1"}`, 2);
  }
  const settings: Partial<Record<SettingKey, SettingValue>> = {};
  for (const [key, raw] of Object.entries(parsed)) {
    if (key === '$schema') continue;
    const definition = settingDefinitions.find((entry) => entry.key === key);
    if (!definition) {
      const suggestion = closestName(key, settingKeys);
      throw new CliError(
        `${file}: unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys: ${settingKeys.join(', ')}`,
        2,
      );
    }
    const value = parseSetting({ definition, raw, origin: `${file}: key "${key}"`, fromText: false });
    settings[definition.key] = definition.kind.type === 'path' ? resolve(dirname(file), String(value)) : value;
  }
  return settings;
}
