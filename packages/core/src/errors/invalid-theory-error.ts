import { ValueflowError } from './valueflow-error';

/**
 * A theory spec failed validation. `issues` lists every problem found, not just the first, so a
 * user fixing a hand-written theory sees them all at once.
 */
export class InvalidTheoryError extends ValueflowError {
  /** Id of the rejected theory, as given. */
  readonly theory: string;
  /** Every problem, each with a path into the spec. */
  readonly issues: { path: string; message: string }[];

  /**
   * @param options.theory - The theory id as given in the spec.
   * @param options.issues - All problems found; at least one.
   */
  constructor(options: { theory: string; issues: { path: string; message: string }[]; cause?: unknown }) {
    const count = options.issues.length === 1 ? '1 problem' : `${options.issues.length} problems`;
    const details = options.issues.map((issue) => `\n  - ${issue.path}: ${issue.message}`).join('');
    super({
      code: 'invalid-theory',
      message: `Invalid theory "${options.theory}" (${count}):${details}`,
      cause: options.cause,
    });
    this.name = 'InvalidTheoryError';
    this.theory = options.theory;
    this.issues = options.issues;
  }
}
