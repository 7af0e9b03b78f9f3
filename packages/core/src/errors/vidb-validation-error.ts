import type { VidbIssue } from '../vidb/vidb-issue';
import { ValueflowError } from './valueflow-error';

/** How many issues the message lists before summarising the rest. */
const listedIssues = 5;

/**
 * VIDB records or builder input failed validation (duplicate ids, out-of-range intensities, bad
 * windows). `issues` holds every problem with its file, line and field; `file`, `line` and `field`
 * repeat the first one for callers that only show one.
 */
export class VidbValidationError extends ValueflowError {
  readonly issues: VidbIssue[];
  readonly file?: string;
  readonly line?: number;
  readonly field?: string;

  constructor(options: { issues: VidbIssue[]; message?: string; cause?: unknown }) {
    const listed = options.issues.slice(0, listedIssues).map(describeIssue);
    const more = options.issues.length - listed.length;
    super({
      code: 'invalid-record',
      message:
        options.message ??
        `Invalid VIDB records (${options.issues.length} problem${options.issues.length === 1 ? '' : 's'}): ` +
          `${listed.join('; ')}${more > 0 ? `; and ${more} more` : ''}`,
      cause: options.cause,
    });
    this.name = 'VidbValidationError';
    this.issues = options.issues;
    this.file = options.issues[0]?.file;
    this.line = options.issues[0]?.line;
    this.field = options.issues[0]?.field;
  }
}

function describeIssue(issue: VidbIssue): string {
  const where = [issue.file, issue.line].filter((part) => part !== undefined).join(':');
  return `${where ? `${where} ` : ''}${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}
