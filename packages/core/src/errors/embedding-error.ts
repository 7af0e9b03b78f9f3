import { ValueflowError } from './valueflow-error';

/**
 * An embedder failed or broke its contract: the model could not be loaded, it returned the wrong
 * number of vectors or vectors of the wrong size, or a persistent embedding cache is unreadable.
 * `embedder` names the embedder id so a mixed pipeline says which one misbehaved.
 */
export class EmbeddingError extends ValueflowError {
  /** Id of the embedder involved, e.g. `use-lite-512`. */
  readonly embedder: string;
  /** The cache or model file involved, when there is one. */
  readonly file?: string;

  /**
   * @param options.embedder - Embedder id.
   * @param options.message - What went wrong and what was expected.
   * @param options.file - File involved, if any.
   * @param options.cause - The underlying error.
   */
  constructor(options: { embedder: string; message: string; file?: string; cause?: unknown }) {
    super({
      code: 'embedding',
      message: `Embedder "${options.embedder}"${options.file ? ` (${options.file})` : ''}: ${options.message}`,
      cause: options.cause,
    });
    this.name = 'EmbeddingError';
    this.embedder = options.embedder;
    this.file = options.file;
  }
}
