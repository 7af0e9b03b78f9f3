import { ValueflowError } from './valueflow-error';

/**
 * A judge call took longer than the evaluator's `timeoutMs`. The evaluator retries it with backoff
 * and, once retries are spent, drops the window with this message as the reason.
 */
export class JudgeTimeoutError extends ValueflowError {
  /** The limit that was exceeded, in milliseconds. */
  readonly timeoutMs: number;
  /** The judge's id. */
  readonly judge: string;

  /**
   * @param options.timeoutMs - The per-call limit in milliseconds.
   * @param options.judge - Id of the judge that did not answer in time.
   */
  constructor(options: { timeoutMs: number; judge: string }) {
    super({
      code: 'judge',
      message: `Judge "${options.judge}" did not answer within ${options.timeoutMs} ms.`,
    });
    this.name = 'JudgeTimeoutError';
    this.timeoutMs = options.timeoutMs;
    this.judge = options.judge;
  }
}
