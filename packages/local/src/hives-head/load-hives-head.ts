import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeProjectionHead, EmbeddingError, type ProjectionHead, type ProjectionHeadFile } from '@valueflow/core';
import { useEmbedderId } from '../load-use-model';

/** Where the shipped head lives: `data/hives-head-use-lite.json` in the package (same path from `src` and `dist`). */
export const hivesHeadPath = fileURLToPath(new URL('../../data/hives-head-use-lite.json', import.meta.url));

let cached: { head: ProjectionHead; file: ProjectionHeadFile } | undefined;

/**
 * Loads the HiVES projection head shipped with this package: a linear map over the USE-lite
 * embedder trained with the hierarchical contrastive objective on the seed panel (method.md §3.3;
 * reproduce it with `pnpm hives:train`). Read once per process.
 *
 * @returns The head and its stored file (base embedder, panel hash, split, hyperparameters).
 * @throws EmbeddingError when the file is missing, unreadable, corrupt or made for another embedder.
 */
export function loadHivesHead(): { head: ProjectionHead; file: ProjectionHeadFile } {
  if (cached) return cached;
  let decoded: { head: ProjectionHead; file: ProjectionHeadFile };
  try {
    decoded = decodeProjectionHead(JSON.parse(readFileSync(hivesHeadPath, 'utf8')));
  } catch (error) {
    throw new EmbeddingError({
      embedder: useEmbedderId,
      file: hivesHeadPath,
      message: `cannot load the HiVES head (${(error as Error).message}); reinstall @valueflow/local or run pnpm hives:train.`,
      cause: error,
    });
  }
  if (decoded.file.baseEmbedder !== useEmbedderId) {
    throw new EmbeddingError({
      embedder: useEmbedderId,
      file: hivesHeadPath,
      message: `the head was trained on ${decoded.file.baseEmbedder}; expected ${useEmbedderId}.`,
    });
  }
  cached = decoded;
  return decoded;
}
