import { ValueflowError } from './valueflow-error';

/** A judge or model endpoint could not be reached or answered with an HTTP error. Retryable when `retryable`. */
export class JudgeRequestError extends ValueflowError {
  readonly status?: number;
  readonly url?: string;
  readonly retryable: boolean;

  constructor(options: { message: string; status?: number; url?: string; retryable: boolean; cause?: unknown }) {
    super({ code: 'judge', message: options.message, cause: options.cause });
    this.name = 'JudgeRequestError';
    this.status = options.status;
    this.url = options.url;
    this.retryable = options.retryable;
  }
}
