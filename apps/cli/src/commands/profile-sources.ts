import { createValueSpace, type ReferencePanel } from '@valueflow/core';
import type { CliIo } from '../io';

/** A relevance gate for `evaluator.profile`: value id → relevance in [0, 1]. */
export type RelevanceGate = (text: string) => Promise<Record<string, number>>;

/** What `valueflow profile --relevance` builds its gate from; tests replace it. */
export interface ProfileSources {
  /**
   * Builds the gate over the panel, or says why it cannot (the offline embedder is missing or
   * failed): the profile then scores every value, after saying so.
   */
  createRelevanceGate(
    io: CliIo,
    options: {
      panel: ReferencePanel;
      panelPath: string | undefined;
      onProgress: (progress: { done: number; total: number }) => void;
    },
  ): Promise<RelevanceGate | { unavailable: string }>;
}

/**
 * The real gate: the value space over USE-lite from `@valueflow/local`, with the same embedding
 * cache and neutral texts as `valueflow extract`, loaded only when `--relevance` asks for it.
 */
export const defaultProfileSources: ProfileSources = {
  async createRelevanceGate(io, options) {
    try {
      const { defaultExtractSources } = await import('./extract-sources');
      const { neutralTexts } = await defaultExtractSources.loadPanel(io, options.panelPath);
      const space = await createValueSpace({
        panel: options.panel,
        embedder: defaultExtractSources.createEmbedder(),
        neutralTexts,
        cache: defaultExtractSources.createCache(io),
        onProgress: options.onProgress,
      });
      return (text) => space.relevance(text);
    } catch (error) {
      return {
        unavailable: `the offline value space (@valueflow/local) is not available: ${(error as Error).message}`,
      };
    }
  },
};
