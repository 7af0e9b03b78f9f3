import { createReferenceDb, type ReferencePanel } from '@valueflow/core';
import { loadSeedVidb, readVidbFile } from '@valueflow/core/node';
import { type CliIo, CliError } from '../io';
import { resolvePath } from '../commands/vidb-shared';

/**
 * The reference panel a command scores against: `--panel FILE` when given (rejected rows are reported on
 * stderr and the command fails, since scores against a partial panel would be misleading), else the seed panel.
 */
export async function loadPanel(io: CliIo, path: string | undefined): Promise<ReferencePanel> {
  if (path === undefined) return loadSeedVidb();
  const result = await readVidbFile(resolvePath(io, path));
  if (result.summary.rejected > 0) {
    throw new CliError(
      `${path}: ${result.summary.rejected} of ${result.summary.rows} rows rejected; run \`valueflow vidb validate ${path}\` for the list`,
    );
  }
  return createReferenceDb(result.records);
}
