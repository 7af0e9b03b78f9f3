import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spearman } from '../ranking/spearman';
import type { ReferencePanel } from '../vidb/types';

/** Where the seed panel's inputs ship: texts with their intended levels, neutral anchors, judged windows. */
export const seedSourcePath = fileURLToPath(new URL('../../data/seed', import.meta.url));

/** Quality of one value of the seed panel (issue: Spearman ≥ 0.85, every bin ≥ 8 texts, both directions present). */
export interface SeedValueQuality {
  theory: string;
  value: string;
  texts: number;
  /** Spearman between the level each text was written for and its fitted intensity. */
  spearman: number;
  /** Texts per intensity bin: ≤ −6, (−6, −2], (−2, 2), [2, 6), ≥ 6. */
  bins: [number, number, number, number, number];
  /** Supporting (≥ 2) and opposing (≤ −2) texts, and min/max of the two. */
  directions: { supports: number; opposes: number; balance: number };
  /** Share of text pairs that two independent annotators ordered the same way in the same windows. */
  agreement: number | null;
}

const readJsonl = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line));

function agreementOf(
  first: { ids: string[]; order: string[] }[],
  second: { ids: string[]; order: string[] }[],
): number {
  let same = 0;
  let pairs = 0;
  first.forEach((window, index) => {
    const a = new Map(window.order.map((id, position) => [id, position]));
    const b = new Map(second[index].order.map((id, position) => [id, position]));
    for (let i = 0; i < window.ids.length; i += 1) {
      for (let j = i + 1; j < window.ids.length; j += 1) {
        const [x, y] = [window.ids[i], window.ids[j]];
        pairs += 1;
        if (Math.sign(a.get(x)! - a.get(y)!) === Math.sign(b.get(x)! - b.get(y)!)) same += 1;
      }
    }
  });
  return pairs === 0 ? 0 : same / pairs;
}

/**
 * Measures the seed panel against the levels its texts were written for. The levels never enter the
 * build (intensities come only from the judged windows), so agreement here is evidence, not an echo.
 *
 * @param options.panel the built seed panel (`loadSeedVidb()`)
 * @param options.source the seed input folder (default: the one shipped with the package)
 */
export function computeSeedQuality(options: { panel: ReferencePanel; source?: string }): SeedValueQuality[] {
  const source = options.source ?? seedSourcePath;
  const intended = new Map<string, number>();
  for (const file of readdirSync(join(source, 'texts'))) {
    for (const text of readJsonl(join(source, 'texts', file))) intended.set(text.id, text.intended);
  }
  return options.panel.values().map((ref) => {
    const records = options.panel.records(ref);
    // Neutral anchors emitted for this value (`{anchor}@{value}`) were written to touch no value: level 0.
    const levels = records.map((record) => intended.get(record.id) ?? (record.id.includes('@') ? 0 : Number.NaN));
    const scored = records.filter((_, index) => Number.isFinite(levels[index]));
    const bins: SeedValueQuality['bins'] = [0, 0, 0, 0, 0];
    for (const { intensity } of records) {
      bins[intensity <= -6 ? 0 : intensity <= -2 ? 1 : intensity < 2 ? 2 : intensity < 6 ? 3 : 4] += 1;
    }
    const supports = records.filter((record) => record.intensity >= 2).length;
    const opposes = records.filter((record) => record.intensity <= -2).length;
    let agreement: number | null = null;
    try {
      agreement = agreementOf(
        readJsonl(join(source, 'windows', `${ref.value}.jsonl`)),
        readJsonl(join(source, 'windows', `${ref.value}.review.jsonl`)),
      );
    } catch {
      agreement = null;
    }
    return {
      theory: ref.theory,
      value: ref.value,
      texts: records.length,
      spearman: spearman(
        scored.map((record) => intended.get(record.id) ?? 0),
        scored.map((record) => record.intensity),
      ),
      bins,
      directions: {
        supports,
        opposes,
        balance: Math.min(supports, opposes) / Math.max(1, Math.max(supports, opposes)),
      },
      agreement,
    };
  });
}
