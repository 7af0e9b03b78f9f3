// Node-only helpers (file system, streams): readers and writers for VIDB files, the seed panel loader.
export type { VidbIssue, VidbReadResult, VidbReadSummary } from '../vidb/vidb-issue';
export { readVidbBuildInput, type VidbBuildInput } from './read-vidb-build-input';
export { type ReadVidbFileOptions, readVidbFile } from './read-vidb-file';
export { writeVidbCsv, writeVidbJsonl } from './write-vidb-file';
export { loadSeedVidb, seedVidbPath } from './load-seed-vidb';
export { computeSeedQuality, type SeedValueQuality, seedSourcePath } from './seed-quality';
export { createFileEmbeddingCache } from './create-file-embedding-cache';
