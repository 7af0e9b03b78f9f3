const marker = Symbol.for('valueflow.error');

/** Machine-readable error codes; one per error subclass or failure kind. */
export type ValueflowErrorCode =
  | 'unknown-value'
  | 'ambiguous-value'
  | 'unknown-theory'
  | 'invalid-theory'
  | 'invalid-argument'
  | 'invalid-record'
  | 'vidb-read'
  | 'ranking'
  | 'judge'
  | 'aborted'
  | 'budget-exceeded'
  | 'value-guard'
  | 'invalid-policy'
  | 'embedding'
  | 'missing-dependency';

/**
 * Base class of every error valueflow throws.
 *
 * `instanceof` fails when two copies of the package are installed, so callers test with
 * `ValueflowError.isInstance(error)`, which checks a cross-realm marker instead.
 */
export class ValueflowError extends Error {
  protected readonly [marker] = true;
  readonly code: ValueflowErrorCode;

  constructor(options: { code: ValueflowErrorCode; message: string; cause?: unknown }) {
    super(options.message, { cause: options.cause });
    this.name = 'ValueflowError';
    this.code = options.code;
  }

  static isInstance(error: unknown): error is ValueflowError {
    return typeof error === 'object' && error !== null && marker in error;
  }
}
