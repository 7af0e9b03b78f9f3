import type { VidbRecord } from './types';

/**
 * One problem found while reading or building a VIDB: which file and line, which field, and what
 * was expected. Rejected rows and warnings are both reported as issues so nothing is lost silently.
 */
export interface VidbIssue {
  /** File the row came from, when read from disk. */
  file?: string;
  /** 1-based physical line where the row starts (the header is line 1 in a CSV file). */
  line?: number;
  /** Record field or column the problem is about. */
  field?: string;
  /** What was wrong and what was expected. */
  message: string;
}

/** Counts that let a caller check that every row was either accepted or reported. */
export interface VidbReadSummary {
  /** Files read (one for a single file, one per CSV for the official layout). */
  files: number;
  /** Data rows seen (blank lines and CSV headers are not rows). */
  rows: number;
  accepted: number;
  rejected: number;
}

/**
 * Outcome of reading VIDB rows: accepted records, rejected rows (one issue per problem) and
 * warnings (ignored columns, empty files). `summary.rows === summary.accepted + summary.rejected`.
 */
export interface VidbReadResult {
  records: VidbRecord[];
  rejects: VidbIssue[];
  warnings: VidbIssue[];
  summary: VidbReadSummary;
}

/** Formats an issue as `file:line field: message` for terminals and error messages. */
export function formatVidbIssue(issue: VidbIssue): string {
  const where = issue.file
    ? `${issue.file}${issue.line ? `:${issue.line}` : ''}`
    : issue.line
      ? `line ${issue.line}`
      : '';
  const field = issue.field ? `${issue.field}: ` : '';
  return where ? `${where} ${field}${issue.message}` : `${field}${issue.message}`;
}
