import {
  type Embedder,
  embedPanelTexts,
  type HivesLabel,
  hivesLabelOf,
  textHash,
  type VidbRecord,
} from '@valueflow/core';
import { createFileEmbeddingCache, loadSeedVidb } from '@valueflow/core/node';
import { createUseEmbedder } from '../create-use-embedder';

/** Texts of one side of the split, with their labels and base-embedder vectors, index-aligned. */
export interface HivesSplitPart {
  ids: string[];
  texts: string[];
  labels: HivesLabel[];
  embeddings: Float32Array[];
}

/** The seed panel prepared for HiVES head training and evaluation. */
export interface SeedHivesSplit {
  /** Content hash of the seed panel (`vidb:…`). */
  panel: string;
  /** Id of the embedder that made the vectors. */
  embedder: string;
  /** How the split was made, in words, for provenance. */
  split: string;
  /** Everyday records left out (texts that touch no value; see below). */
  excluded: number;
  train: HivesSplitPart;
  heldOut: HivesSplitPart;
}

/** Every fifth record of each value, counted in intensity order, is held out. */
export const hivesHoldOutEvery = 5;

/**
 * Loads the seed panel, labels every text written for a value (method.md §3.2: hierarchy path
 * from the catalogue, direction from the intensity at ±2) and splits it deterministically:
 * each value's records in ascending-intensity order, every fifth (positions 4, 9, …) held out, so
 * both sides span the whole scale. The everyday texts (`neutral-…` ids) are left out: they touch
 * none of the values and the same text sits under several values, so no single hierarchy label is
 * true of them; their count is reported in `excluded`.
 *
 * Vectors come through the persistent embedding cache, so only the first call embeds.
 *
 * @param options.embedder - Base embedder (default: USE-lite without its in-memory cache).
 * @param options.cacheDirectory - Folder of the file cache (default `~/.cache/valueflow/embeddings`).
 * @returns Train and held-out parts with labels and vectors.
 * @throws VidbReadError when the seed panel is missing; EmbeddingError when embedding fails.
 */
export async function loadSeedHivesSplit(
  options: { embedder?: Embedder; cacheDirectory?: string } = {},
): Promise<SeedHivesSplit> {
  const panel = await loadSeedVidb();
  const embedder = options.embedder ?? createUseEmbedder({ cache: false });
  const kept: { record: VidbRecord; heldOut: boolean }[] = [];
  let excluded = 0;
  for (const ref of panel.values()) {
    const own = panel.records(ref).filter((record) => !record.id.startsWith('neutral-'));
    excluded += panel.records(ref).length - own.length;
    own.forEach((record, position) => {
      kept.push({ record, heldOut: position % hivesHoldOutEvery === hivesHoldOutEvery - 1 });
    });
  }
  const { vectors } = await embedPanelTexts({
    embedder,
    texts: kept.map(({ record }) => record.text),
    cache: createFileEmbeddingCache(options.cacheDirectory),
  });
  const part = (heldOut: boolean): HivesSplitPart => {
    const records = kept.filter((entry) => entry.heldOut === heldOut).map(({ record }) => record);
    return {
      ids: records.map((record) => record.id),
      texts: records.map((record) => record.text),
      labels: records.map((record) => hivesLabelOf({ ref: record, intensity: record.intensity })),
      embeddings: records.map((record) => vectors.get(textHash(record.text))!),
    };
  };
  return {
    panel: panel.hash,
    embedder: embedder.id,
    split: `seed panel without everyday texts; per value in ascending-intensity order, every ${hivesHoldOutEvery}th record held out`,
    excluded,
    train: part(false),
    heldOut: part(true),
  };
}
