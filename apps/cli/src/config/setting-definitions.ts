/** Names of the settings a config file, the environment or a flag can set. */
export const settingKeys = [
  'judge',
  'model',
  'baseUrl',
  'panel',
  'sampler',
  'k',
  'windows',
  'seed',
  'concurrency',
] as const;

/** One configurable setting. */
export type SettingKey = (typeof settingKeys)[number];

/** How a setting's raw text or JSON value is checked. */
export type SettingKind =
  | { type: 'string' }
  | { type: 'url' }
  | { type: 'path' }
  | { type: 'choice'; choices: readonly string[] }
  | { type: 'integer'; minimum: number };

/** What the CLI knows about one setting: its flag, environment variables, check and default. */
export interface SettingDefinition {
  key: SettingKey;
  flag: string;
  /** Environment variables, most specific first (VALUEFLOW_* before OPENAI_*). */
  env: readonly string[];
  kind: SettingKind;
  /** Shown by `valueflow config`; `undefined` means "not set" (or derived, see `defaultNote`). */
  defaultValue?: string | number;
  defaultNote?: string;
  description: string;
}

/** Anchor samplers the evaluator accepts by name. */
export const samplerNames = ['bucket', 'random', 'adaptive', 'semantic'] as const;

/** Every setting, in the order `valueflow config` prints them. */
export const settingDefinitions: readonly SettingDefinition[] = [
  {
    key: 'judge',
    flag: '--judge',
    env: ['VALUEFLOW_JUDGE'],
    kind: { type: 'choice', choices: ['local', 'openai'] },
    defaultNote: 'openai when a base URL is set, else local',
    description: 'who ranks the windows: the offline local judge or an OpenAI-compatible endpoint',
  },
  {
    key: 'model',
    flag: '--model',
    env: ['VALUEFLOW_MODEL', 'OPENAI_MODEL'],
    kind: { type: 'string' },
    description: 'model name at the endpoint (judge, and the model that `steer` steers)',
  },
  {
    key: 'baseUrl',
    flag: '--base-url',
    env: ['VALUEFLOW_BASE_URL', 'OPENAI_BASE_URL'],
    kind: { type: 'url' },
    description: 'OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1',
  },
  {
    key: 'panel',
    flag: '--panel',
    env: ['VALUEFLOW_PANEL'],
    kind: { type: 'path' },
    defaultNote: 'the seed panel shipped with valueflow',
    description: 'reference panel file (a path in a config file is relative to that file)',
  },
  {
    key: 'sampler',
    flag: '--sampler',
    env: ['VALUEFLOW_SAMPLER'],
    kind: { type: 'choice', choices: samplerNames },
    defaultValue: 'bucket',
    description: 'anchor sampler',
  },
  {
    key: 'k',
    flag: '--k',
    env: ['VALUEFLOW_K'],
    kind: { type: 'integer', minimum: 2 },
    defaultValue: 6,
    description: 'texts per window, the scored text included',
  },
  {
    key: 'windows',
    flag: '--windows',
    env: ['VALUEFLOW_WINDOWS'],
    kind: { type: 'integer', minimum: 1 },
    defaultValue: 3,
    description: 'windows per text and value',
  },
  {
    key: 'seed',
    flag: '--seed',
    env: ['VALUEFLOW_SEED'],
    kind: { type: 'integer', minimum: 0 },
    defaultValue: 42,
    description: 'seed for anchor sampling and positions',
  },
  {
    key: 'concurrency',
    flag: '--concurrency',
    env: ['VALUEFLOW_CONCURRENCY'],
    kind: { type: 'integer', minimum: 1 },
    defaultValue: 4,
    description: 'judge calls in flight',
  },
];

/** The definition of one key (every key has one). */
export function settingDefinition(key: SettingKey): SettingDefinition {
  return settingDefinitions.find((definition) => definition.key === key)!;
}
