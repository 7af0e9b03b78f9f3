import { ValueflowError } from './valueflow-error';

/**
 * An optional package that a code path needs is not installed, e.g. `@valueflow/local` for the
 * offline default evaluator. The message says what to install and what to pass instead.
 */
export class MissingDependencyError extends ValueflowError {
  /** The package that could not be loaded, e.g. `@valueflow/local`. */
  readonly packageName: string;

  /**
   * @param options.packageName - The package that failed to load.
   * @param options.message - What needs it and the alternatives to installing it.
   * @param options.cause - The import error.
   */
  constructor(options: { packageName: string; message: string; cause?: unknown }) {
    super({ code: 'missing-dependency', message: options.message, cause: options.cause });
    this.name = 'MissingDependencyError';
    this.packageName = options.packageName;
  }
}
