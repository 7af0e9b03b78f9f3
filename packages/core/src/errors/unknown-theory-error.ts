import { ValueflowError } from './valueflow-error';

/** A theory id or alias is not registered; lists the known ids so the caller can correct it. */
export class UnknownTheoryError extends ValueflowError {
  /** The theory as the caller spelled it. */
  readonly theory: string;
  /** Ids of the registered theories, in registration order. */
  readonly known: string[];

  /**
   * @param options.theory - The unresolved theory id or alias.
   * @param options.known - Registered theory ids.
   */
  constructor(options: { theory: string; known: string[]; cause?: unknown }) {
    const known = options.known.length > 0 ? options.known.join(', ') : 'none registered';
    super({
      code: 'unknown-theory',
      message: `Unknown theory "${options.theory}". Known theories: ${known}.`,
      cause: options.cause,
    });
    this.name = 'UnknownTheoryError';
    this.theory = options.theory;
    this.known = options.known;
  }
}
