import { CliError } from '../io';
import type { SettingDefinition } from './setting-definitions';

/** A checked setting value: text for strings, URLs, paths and choices; a number for integers. */
export type SettingValue = string | number;

function describe(raw: unknown): string {
  return typeof raw === 'string' ? `"${raw}"` : `${JSON.stringify(raw)} (${raw === null ? 'null' : typeof raw})`;
}

/**
 * Checks one raw setting against its definition. Flags and environment variables arrive as text;
 * a config file may also give numbers for integer settings (and must not give numbers as text).
 *
 * @param options.definition - The setting.
 * @param options.raw - The value as found.
 * @param options.origin - Where it was found, for the message: `--k`, `VALUEFLOW_K`, `FILE: key "k"`.
 * @param options.fromText - True for flags and environment variables (integers are parsed from text).
 * @throws CliError (exit 2) naming the origin, the value and what was expected.
 */
export function parseSetting(options: {
  definition: SettingDefinition;
  raw: unknown;
  origin: string;
  fromText: boolean;
}): SettingValue {
  const { definition, raw, origin } = options;
  const fail = (expected: string): never => {
    throw new CliError(`${origin} must be ${expected}, got ${describe(raw)}`, 2);
  };
  const { kind } = definition;
  if (kind.type === 'integer') {
    const parsed = options.fromText && typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof parsed !== 'number' || !Number.isSafeInteger(parsed) || parsed < kind.minimum) {
      return fail(`an integer ≥ ${kind.minimum}`);
    }
    return parsed;
  }
  if (typeof raw !== 'string' || raw.trim() === '') return fail('a non-empty string');
  if (kind.type === 'choice' && !kind.choices.includes(raw)) {
    throw new CliError(`unknown ${definition.key} "${raw}" (${origin}); expected one of ${kind.choices.join(', ')}`, 2);
  }
  if (kind.type === 'url') {
    let protocol = '';
    try {
      protocol = new URL(raw).protocol;
    } catch {
      return fail('an http(s) URL such as http://127.0.0.1:11434/v1');
    }
    if (protocol !== 'http:' && protocol !== 'https:') return fail('an http(s) URL such as http://127.0.0.1:11434/v1');
  }
  return raw;
}
