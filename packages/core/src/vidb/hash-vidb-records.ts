import { createSha256 } from './sha256';
import type { VidbRecord } from './types';

/** Characters of canonical text encoded per hashing slice; bounds the temporary byte buffer. */
const sliceCharacters = 1 << 20;

/**
 * Content hash of a reference panel, so every score can name the exact panel it came from.
 *
 * The canonical form is one JSON array per record, `[id, theory, value, text, intensity, direction]`
 * (direction `null` when absent), one per line, records sorted by id (code-unit order). Input order
 * therefore does not matter, while any change to a text, an intensity or a label does. `source` is
 * provenance, not content, and is left out so the same panel read from JSONL or CSV hashes alike.
 *
 * @param records - The panel's records; ids are expected to be unique.
 * @returns `vidb:` followed by the first 16 hex characters of the SHA-256.
 */
export function hashVidbRecords(records: readonly VidbRecord[]): string {
  const sorted = [...records].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const hasher = createSha256();
  const encoder = new TextEncoder();
  let pending = '';
  for (const record of sorted) {
    pending += `${JSON.stringify([
      record.id,
      record.theory,
      record.value,
      record.text,
      record.intensity,
      record.direction ?? null,
    ])}\n`;
    if (pending.length >= sliceCharacters) {
      hasher.update(encoder.encode(pending));
      pending = '';
    }
  }
  hasher.update(encoder.encode(pending));
  return `vidb:${hasher.digestHex().slice(0, 16)}`;
}
