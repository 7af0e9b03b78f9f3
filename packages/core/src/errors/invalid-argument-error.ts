import { ValueflowError } from './valueflow-error';

/** An option or argument has the wrong type or is out of range; `argument` names it. */
export class InvalidArgumentError extends ValueflowError {
  readonly argument: string;

  constructor(options: { argument: string; message: string; cause?: unknown }) {
    super({
      code: 'invalid-argument',
      message: `Invalid ${options.argument}: ${options.message}`,
      cause: options.cause,
    });
    this.name = 'InvalidArgumentError';
    this.argument = options.argument;
  }
}
