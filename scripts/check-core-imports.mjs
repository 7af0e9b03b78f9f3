#!/usr/bin/env node
// Fails when @valueflow/core imports a framework: core must stay framework-free (design.md).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const forbidden = /^(ai|langchain|@ai-sdk\/.*|@langchain\/.*|@mastra\/.*)(\/.*)?$/;
const importPattern =
  /(?:import|export)\s[^'"`]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g;

function* files(directory) {
  for (const entry of readdirSync(directory)) {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(entry)) yield path;
  }
}

const problems = [];
for (const file of files(join(root, 'packages/core/src'))) {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(importPattern)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    if (specifier && forbidden.test(specifier)) {
      const line = source.slice(0, match.index).split('\n').length;
      problems.push(`${relative(root, file)}:${line} imports '${specifier}'`);
    }
  }
}
const manifest = JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8'));
for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
  for (const name of Object.keys(manifest[field] ?? {})) {
    if (forbidden.test(name)) problems.push(`packages/core/package.json ${field} lists '${name}'`);
  }
}
if (problems.length > 0) {
  process.stderr.write(`@valueflow/core must not depend on a framework:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write('core imports: no framework dependency\n');
