import { type Embedder, projectEmbedder } from '@valueflow/core';
import { createUseEmbedder, type UseEmbedderOptions } from '../create-use-embedder';
import { loadHivesHead } from './load-hives-head';

/**
 * The offline hierarchical value embedder: USE-lite followed by the shipped HiVES head (see
 * {@link loadHivesHead}), L2-normalised. On the seed panel's held-out split it ranks hierarchy
 * relations better than USE-lite alone (`pnpm bench hives`). Like its base, it says which value a
 * text is about far better than whether it supports or opposes it; take polarity and intensity
 * from the ranking evaluator.
 *
 * @param options - Batch size and cache of the underlying USE-lite embedder.
 * @returns An embedder with id `use-lite-512+hives-head-…` and the head's output dimensions.
 * @throws EmbeddingError when the head file cannot be loaded.
 * @throws InvalidArgumentError when `options.batchSize` is not a positive integer.
 * @example
 * ```ts
 * const embedder = createHivesEmbedder();
 * const [vector] = await embedder.embed(['Keeping promises matters to me.']);
 * ```
 */
export function createHivesEmbedder(options: UseEmbedderOptions = {}): Embedder {
  return projectEmbedder(createUseEmbedder(options), loadHivesHead().head);
}
