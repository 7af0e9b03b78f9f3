import type { CliIo } from '../io';
import { findConfigFile } from './find-config-file';
import { parseSetting, type SettingValue } from './parse-setting';
import { readConfigFile } from './read-config-file';
import { type SettingKey, settingDefinitions } from './setting-definitions';

/** Where an effective setting came from. */
export type SettingSource =
  | { kind: 'flag'; name: string }
  | { kind: 'env'; name: string }
  | { kind: 'config'; file: string }
  | { kind: 'default' };

/** Settings after precedence; unset numbers and the sampler fall back to the evaluator's defaults. */
export interface EffectiveSettings {
  judge: 'local' | 'openai';
  model?: string;
  baseUrl?: string;
  /** Absolute or cwd-relative path; undefined means the seed panel. */
  panel?: string;
  sampler?: string;
  k?: number;
  windows?: number;
  seed?: number;
  concurrency?: number;
}

/** The result of {@link resolveSettings}. */
export interface ResolvedSettings {
  settings: EffectiveSettings;
  sources: Record<SettingKey, SettingSource>;
  /** The config file that was read, if any. */
  file: string | undefined;
}

type ConfigFile = { file: string | undefined; values: Partial<Record<SettingKey, SettingValue>> };

// One read per CLI run: several helpers resolve settings, and a broken file should fail once, early.
const configCache = new WeakMap<CliIo, ConfigFile>();

function loadConfig(io: CliIo): ConfigFile {
  let config = configCache.get(io);
  if (!config) {
    const file = findConfigFile(io);
    config = { file, values: file ? readConfigFile(file) : {} };
    configCache.set(io, config);
  }
  return config;
}

/**
 * Effective settings with precedence flags > environment > config file > defaults. Environment
 * variables are VALUEFLOW_JUDGE, VALUEFLOW_MODEL, VALUEFLOW_BASE_URL, VALUEFLOW_PANEL,
 * VALUEFLOW_SAMPLER, VALUEFLOW_K, VALUEFLOW_WINDOWS, VALUEFLOW_SEED and VALUEFLOW_CONCURRENCY, plus
 * OPENAI_MODEL and OPENAI_BASE_URL (a VALUEFLOW_* variable wins over its OPENAI_* twin); empty
 * variables count as unset. Without a judge anywhere, a base URL selects `openai`, else `local`.
 *
 * @param io - Working directory (where the config file search starts) and environment.
 * @param flags - The command's flag values as commander parsed them (text).
 * @throws CliError (exit 2) naming the flag, variable or file and key of a bad value.
 */
export function resolveSettings(
  io: CliIo,
  flags: Partial<Record<SettingKey, string | undefined>> = {},
): ResolvedSettings {
  const config = loadConfig(io);
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const definition of settingDefinitions) {
    const { key } = definition;
    const flag = flags[key];
    const variable = definition.env.find((name) => (io.env[name] ?? '') !== '');
    if (flag !== undefined) {
      values[key] = parseSetting({ definition, raw: flag, origin: definition.flag, fromText: true });
      sources[key] = { kind: 'flag', name: definition.flag };
    } else if (variable !== undefined) {
      values[key] = parseSetting({ definition, raw: io.env[variable], origin: variable, fromText: true });
      sources[key] = { kind: 'env', name: variable };
    } else if (config.values[key] !== undefined) {
      values[key] = config.values[key];
      sources[key] = { kind: 'config', file: config.file! };
    } else {
      sources[key] = { kind: 'default' };
    }
  }
  const settings = {
    ...values,
    judge: (values.judge as EffectiveSettings['judge'] | undefined) ?? (values.baseUrl ? 'openai' : 'local'),
  } as EffectiveSettings;
  return { settings, sources, file: config.file };
}

/** `flag --k`, `env VALUEFLOW_K`, `config /path/valueflow.config.json` or `default`. */
export function formatSource(source: SettingSource): string {
  if (source.kind === 'flag') return `flag ${source.name}`;
  if (source.kind === 'env') return `env ${source.name}`;
  if (source.kind === 'config') return `config ${source.file}`;
  return 'default';
}
