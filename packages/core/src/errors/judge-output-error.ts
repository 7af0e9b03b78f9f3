import { ValueflowError } from './valueflow-error';

/**
 * A judge answered, but the answer is not a usable ordering of the window's texts.
 *
 * The evaluator counts it as a dropped window (with `reason` and `raw`), never as a retryable failure:
 * asking the same judge the same question again rarely fixes a format problem, and the LLM judge has
 * already made its one corrective retry before throwing this.
 */
export class JudgeOutputError extends ValueflowError {
  readonly raw: string;
  readonly reason: string;

  constructor(options: { raw: string; reason: string; cause?: unknown }) {
    super({ code: 'judge', message: `Unusable judge answer: ${options.reason}`, cause: options.cause });
    this.name = 'JudgeOutputError';
    this.raw = options.raw;
    this.reason = options.reason;
  }
}
