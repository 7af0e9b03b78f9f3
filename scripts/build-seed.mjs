#!/usr/bin/env node
// Rebuilds the seed panel from its committed inputs:
//   packages/core/data/seed/texts/*.jsonl, neutral/*.jsonl, windows/*.jsonl (+ *.review.jsonl)
//   → packages/core/data/seed-vidb.jsonl
// It runs the public command `valueflow vidb build` (from sources), so anyone can reproduce the file with the CLI.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const seed = join(root, 'packages/core/data/seed');
const list = (folder, keep) =>
  readdirSync(join(seed, folder))
    .filter(keep)
    .sort()
    .map((file) => join('packages/core/data/seed', folder, file));
const texts = [
  ...list('texts', (file) => file.endsWith('.jsonl')),
  ...list('neutral', (file) => file.endsWith('.jsonl')),
];
const windows = list('windows', (file) => file.endsWith('.jsonl'));
const result = spawnSync(
  process.execPath,
  [
    '--conditions=@valueflow/source',
    '--import',
    'tsx',
    'apps/cli/src/bin.ts',
    'vidb',
    'build',
    '--texts',
    texts.join(','),
    '--windows',
    windows.join(','),
    '--include-anchors',
    '--out',
    'packages/core/data/seed-vidb.jsonl',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
