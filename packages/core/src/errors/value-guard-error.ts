import type { Verdict } from '../policy/types';
import { ValueflowError } from './valueflow-error';

function describeViolations(verdict: Verdict): string {
  return verdict.violations
    .map((violation) =>
      violation.intensity === null
        ? `${violation.ref.value} could not be scored`
        : `${violation.ref.value} at ${violation.intensity.toFixed(2)} (allowed ${violation.band[0]} to ${violation.band[1]})`,
    )
    .join('; ');
}

/**
 * A text violated a value guard policy. Plugins throw it (or turn it into their framework's error
 * part) when a rule with action `block` fails; the full `verdict` travels with it so callers can
 * show which values were out of band and why.
 */
export class ValueGuardError extends ValueflowError {
  /** The verdict that failed, with every score and violation. */
  readonly verdict: Verdict;

  /**
   * @param options.verdict - The failing verdict.
   * @param options.message - Overrides the generated message, which lists the violations.
   */
  constructor(options: { verdict: Verdict; message?: string; cause?: unknown }) {
    super({
      code: 'value-guard',
      message: options.message ?? `Value guard blocked the text: ${describeViolations(options.verdict)}.`,
      cause: options.cause,
    });
    this.name = 'ValueGuardError';
    this.verdict = options.verdict;
  }
}
