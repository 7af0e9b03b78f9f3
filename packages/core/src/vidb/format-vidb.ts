import type { VidbRecord } from './types';

/** Column order of VIDB CSV files written by valueflow. */
export const vidbCsvColumns = ['id', 'theory', 'value', 'text', 'intensity', 'direction', 'source'] as const;

/**
 * One record as a JSONL line (without the newline), with fields in schema order and absent
 * optional fields left out, so equal records always give equal bytes.
 *
 * @param record - A valid record.
 */
export function formatVidbJsonlLine(record: VidbRecord): string {
  const ordered: VidbRecord = {
    id: record.id,
    theory: record.theory,
    value: record.value,
    text: record.text,
    intensity: record.intensity,
  };
  if (record.direction !== undefined) ordered.direction = record.direction;
  if (record.source !== undefined) ordered.source = record.source;
  return JSON.stringify(ordered);
}

/**
 * Records as JSONL: one object per line, each line ending with `\n`.
 *
 * @param records - Records in the order they should appear.
 */
export function formatVidbJsonl(records: readonly VidbRecord[]): string {
  let output = '';
  for (const record of records) output += `${formatVidbJsonlLine(record)}\n`;
  return output;
}

/**
 * One record as an RFC 4180 CSV row (without the line end) in {@link vidbCsvColumns} order.
 * Fields with commas, quotes or line breaks are quoted, so texts survive a round trip.
 *
 * @param record - A valid record.
 */
export function formatVidbCsvRow(record: VidbRecord): string {
  return [
    record.id,
    record.theory,
    record.value,
    record.text,
    String(record.intensity),
    record.direction === undefined ? '' : String(record.direction),
    record.source ?? '',
  ]
    .map(quoteCsvField)
    .join(',');
}

/**
 * Records as CSV with a header row; rows end with CRLF as RFC 4180 asks.
 *
 * @param records - Records in the order they should appear.
 */
export function formatVidbCsv(records: readonly VidbRecord[]): string {
  let output = `${vidbCsvColumns.join(',')}\r\n`;
  for (const record of records) output += `${formatVidbCsvRow(record)}\r\n`;
  return output;
}

function quoteCsvField(field: string): string {
  return /[",\r\n]/.test(field) || field.trim() !== field ? `"${field.replaceAll('"', '""')}"` : field;
}
