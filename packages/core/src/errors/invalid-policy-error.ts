import { ValueflowError } from './valueflow-error';

/**
 * A policy rule is unusable: its band is inverted or outside [-10, 10], or its value does not
 * resolve. `ruleIndex` and `value` point at the rule, `field` at the offending property.
 */
export class InvalidPolicyError extends ValueflowError {
  /** Index of the rule in `policy.rules`. */
  readonly ruleIndex: number;
  /** The rule's value name as written. */
  readonly value: string;
  /** The offending property: `value`, `theory`, `min`, `max`, `action` or `rules`. */
  readonly field: string;

  /**
   * @param options.ruleIndex - Index of the bad rule (-1 when the policy itself is malformed).
   * @param options.value - The rule's value name as written.
   * @param options.field - The property that is wrong.
   * @param options.message - What was wrong and what was expected.
   * @param options.cause - The underlying error, e.g. an `UnknownValueError`.
   */
  constructor(options: { ruleIndex: number; value: string; field: string; message: string; cause?: unknown }) {
    const where =
      options.ruleIndex < 0 ? 'Invalid policy' : `Invalid policy rule ${options.ruleIndex} ("${options.value}")`;
    super({ code: 'invalid-policy', message: `${where}: ${options.message}`, cause: options.cause });
    this.name = 'InvalidPolicyError';
    this.ruleIndex = options.ruleIndex;
    this.value = options.value;
    this.field = options.field;
  }
}
