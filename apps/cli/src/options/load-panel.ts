import { createReferenceDb, type ReferencePanel } from '@valueflow/core';
import { loadSeedVidb, readVidbFile } from '@valueflow/core/node';
import { resolvePath } from '../commands/vidb-shared';
import { resolveSettings } from '../config/resolve-settings';
import { type CliIo, CliError } from '../io';

/**
 * The reference panel a command scores against: `--panel FILE`, else VALUEFLOW_PANEL, else `panel`
 * from the config file, else the seed panel. Rejected rows are reported and the command fails,
 * since scores against a partial panel would be misleading.
 *
 * @param io - Working directory, environment.
 * @param path - The `--panel` flag, if given.
 * @throws CliError when the file has rejected rows; VidbReadError when it cannot be read.
 */
export async function loadPanel(io: CliIo, path: string | undefined): Promise<ReferencePanel> {
  const file = resolveSettings(io, { panel: path }).settings.panel;
  if (file === undefined) return loadSeedVidb();
  const result = await readVidbFile(resolvePath(io, file));
  if (result.summary.rejected > 0) {
    throw new CliError(
      `${file}: ${result.summary.rejected} of ${result.summary.rows} rows rejected; run \`valueflow vidb validate ${file}\` for the list`,
    );
  }
  return createReferenceDb(result.records);
}
