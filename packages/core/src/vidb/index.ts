// Public exports of the vidb module; explicit names only.
export { type BuildVidbOptions, buildVidb } from './build-vidb';
export type {
  VidbBuildReport,
  VidbBuildText,
  VidbBuildValueReport,
  VidbBuildWindow,
  VidbCalibration,
} from './build-vidb-types';
export { type AnchoredCalibration, calibrateAnchored } from './calibrate-anchored';
export { createReferenceDb, type ReferenceDb } from './create-reference-db';
export { type CsvParser, type CsvRow, createCsvParser, parseCsv } from './csv-parser';
export { formatVidbCsv, formatVidbCsvRow, formatVidbJsonl, formatVidbJsonlLine, vidbCsvColumns } from './format-vidb';
export { hashVidbRecords } from './hash-vidb-records';
export { intensityLevel } from './intensity-level';
export { parseVidbText, type VidbTextFormat } from './parse-vidb-text';
export { resolveOfficialVidbFileName } from './resolve-official-vidb-file-name';
export { createSha256, type Sha256, sha256Hex } from './sha256';
export type { Direction, ReferencePanel, VidbRecord } from './types';
export { type VidbRecordValidation, type VidbRowContext, validateVidbRecord } from './validate-vidb-record';
export { formatVidbIssue, type VidbIssue, type VidbReadResult, type VidbReadSummary } from './vidb-issue';
export {
  computeVidbValueStats,
  type VidbDirectionCounts,
  type VidbIntensityBins,
  type VidbValueStats,
} from './vidb-stats';
