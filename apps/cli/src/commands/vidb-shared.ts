import { isAbsolute, resolve } from 'node:path';
import { formatVidbIssue, type VidbIssue, type VidbReadResult } from '@valueflow/core';
import { readVidbFile } from '@valueflow/core/node';
import { type CliIo, CliError } from '../io';

/** Formats accepted by `--format` when reading. */
export const readFormats = ['jsonl', 'csv', 'official'] as const;
export type ReadFormat = (typeof readFormats)[number];

/** Resolves a user path against the command's working directory (tests run with another cwd). */
export function resolvePath(io: CliIo, path: string): string {
  return isAbsolute(path) || io.cwd === process.cwd() ? path : resolve(io.cwd, path);
}

/** Checks a `--format` option against the allowed names, as a usage error (exit 2). */
export function checkFormat<T extends string>(format: string | undefined, allowed: readonly T[]): T | undefined {
  if (format === undefined) return undefined;
  if (!allowed.includes(format as T)) {
    throw new CliError(`unknown format "${format}"; expected ${allowed.join(', ')}`, 2);
  }
  return format as T;
}

/** Reads a VIDB file or folder with the core reader; read errors surface as ValueflowErrors. */
export async function readPanel(io: CliIo, options: { path: string; format?: ReadFormat }): Promise<VidbReadResult> {
  return readVidbFile(resolvePath(io, options.path), { format: options.format });
}

/**
 * Writes issues to stderr, at most `limit` of them, and says how many were left out.
 *
 * @param options.label - `rejected` or `warning`.
 */
export function printIssues(io: CliIo, options: { issues: VidbIssue[]; label: string; limit?: number }): void {
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  for (const issue of options.issues.slice(0, limit)) io.stderr.write(`${options.label}: ${formatVidbIssue(issue)}\n`);
  const more = options.issues.length - Math.min(limit, options.issues.length);
  if (more > 0) io.stderr.write(`… and ${more} more (run \`valueflow vidb validate\` to list all)\n`);
}

/** Fails with exit 1 after output was written, when rows were rejected along the way. */
export function failOnRejects(result: VidbReadResult): void {
  if (result.summary.rejected > 0) {
    throw new CliError(
      `${result.summary.rejected} of ${result.summary.rows} rows rejected (listed above); the output holds the ${result.summary.accepted} accepted rows`,
    );
  }
}
