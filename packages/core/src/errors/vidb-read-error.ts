import { ValueflowError } from './valueflow-error';

/**
 * A VIDB file or folder cannot be read at all: it is missing, has an unsupported extension, lacks
 * required columns, or its file name names no known value. Row-level problems are not thrown; they
 * are returned as rejects so one bad row never hides the others.
 */
export class VidbReadError extends ValueflowError {
  readonly file: string;
  readonly line?: number;
  readonly field?: string;

  constructor(options: { file: string; message: string; line?: number; field?: string; cause?: unknown }) {
    super({
      code: 'vidb-read',
      message: `${options.file}${options.line ? `:${options.line}` : ''}: ${options.message}`,
      cause: options.cause,
    });
    this.name = 'VidbReadError';
    this.file = options.file;
    this.line = options.line;
    this.field = options.field;
  }
}
