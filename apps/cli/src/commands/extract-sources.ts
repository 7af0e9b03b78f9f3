import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Embedder, PanelEmbeddingCache, ReferencePanel } from '@valueflow/core';
import { createFileEmbeddingCache, seedVidbPath } from '@valueflow/core/node';
import { createUseEmbedder } from '@valueflow/local';
import type { CliIo } from '../io';
import { loadPanel } from '../options/load-panel';

/** What `valueflow extract` builds its value space from; tests replace these with mocks. */
export interface ExtractSources {
  /** The embedder (default: the offline USE-lite embedder from `@valueflow/local`). */
  createEmbedder(): Embedder;
  /** The persistent panel-embedding cache, or undefined for none. */
  createCache(io: CliIo): PanelEmbeddingCache | undefined;
  /** The reference panel (`--panel FILE` or the seed panel) and neutral texts to go with it. */
  loadPanel(io: CliIo, path: string | undefined): Promise<{ panel: ReferencePanel; neutralTexts: string[] }>;
}

// The seed's everyday texts (`data/seed/neutral/*.jsonl`) touch no value: extra negatives for the
// relevance models. A custom panel brings none, and an install without them just fits without.
async function readSeedNeutralTexts(): Promise<string[]> {
  const folder = join(dirname(seedVidbPath), 'seed', 'neutral');
  const files = await readdir(folder).catch(() => [] as string[]);
  const texts: string[] = [];
  for (const file of files.filter((name) => name.endsWith('.jsonl')).sort()) {
    for (const line of (await readFile(join(folder, file), 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      const { text } = JSON.parse(line) as { text?: unknown };
      if (typeof text === 'string') texts.push(text);
    }
  }
  return texts;
}

/** The real sources: USE-lite, `~/.cache/valueflow/embeddings` (or `VALUEFLOW_CACHE_DIR`), the seed panel. */
export const defaultExtractSources: ExtractSources = {
  createEmbedder: () => createUseEmbedder(),
  createCache: (io) => createFileEmbeddingCache(io.env.VALUEFLOW_CACHE_DIR || undefined),
  loadPanel: async (io, path) => ({
    panel: await loadPanel(io, path),
    neutralTexts: path === undefined ? await readSeedNeutralTexts() : [],
  }),
};
