// Node-only helpers (file system, streams): readers and writers for VIDB files, the seed panel loader.
export {};
