#!/usr/bin/env node
// `pnpm bench NAME [--json] [...]`: runs bench/src/NAME.ts against the packages' sources (no build needed).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...rest] = process.argv.slice(2);
const available = readdirSync(join(root, 'bench/src'))
  .filter((file) => file.endsWith('.ts') && !file.includes('.test.') && file !== 'report.ts' && !file.startsWith('_'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();
if (!name || !available.includes(name)) {
  process.stderr.write(`usage: pnpm bench NAME [--json]\navailable: ${available.join(', ')}\n`);
  process.exit(2);
}
const file = join(root, 'bench/src', `${name}.ts`);
if (!existsSync(file)) process.exit(2);
const result = spawnSync(
  process.execPath,
  ['--conditions=@valueflow/source', '--expose-gc', '--import', 'tsx', file, ...rest],
  {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', MASTRA_TELEMETRY_DISABLED: '1' },
  },
);
process.exit(result.status ?? 1);
