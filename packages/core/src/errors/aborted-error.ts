import { ValueflowError } from './valueflow-error';

/**
 * An operation was cancelled through its `AbortSignal`.
 *
 * Evaluations reject with this (code `aborted`, `name` `AbortError` so code that checks the DOM
 * convention keeps working) as soon as the signal fires; the signal's reason is kept as `cause`.
 */
export class AbortedError extends ValueflowError {
  /** What was running when the signal fired, e.g. `evaluation`, `judge call`, `policy check`. */
  readonly operation: string;

  /**
   * @param options.operation - What was cancelled; appears in the message.
   * @param options.cause - The signal's `reason`, when it has one.
   */
  constructor(options: { operation: string; cause?: unknown }) {
    super({ code: 'aborted', message: `The ${options.operation} was aborted.`, cause: options.cause });
    this.name = 'AbortError';
    this.operation = options.operation;
  }
}
