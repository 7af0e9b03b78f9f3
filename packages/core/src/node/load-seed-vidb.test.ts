import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEvaluator } from '../evaluator/create-evaluator';
import { createSimulatedJudge } from '../test/create-simulated-judge';
import { defaultCatalogue } from '../theories/default-catalogue';
import { loadSeedVidb, seedVidbPath } from './load-seed-vidb';
import { computeSeedQuality } from './seed-quality';

describe('loadSeedVidb', () => {
  it('should load a panel for all 32 mid-level values, at most 3 MB, once per process', async () => {
    const panel = await loadSeedVidb();
    expect(await loadSeedVidb()).toBe(panel);
    const values = panel
      .values()
      .map((ref) => ref.value)
      .sort();
    expect(values).toEqual(
      defaultCatalogue
        .values()
        .map((value) => value.value)
        .sort(),
    );
    for (const ref of panel.values()) expect(panel.records(ref).length).toBeGreaterThanOrEqual(60);
    expect(statSync(seedVidbPath).size).toBeLessThanOrEqual(3 * 1024 * 1024);
    expect(panel.hash).toMatch(/^vidb:[0-9a-f]{16}$/);
  });

  it('should name itself in every score made with it', async () => {
    const panel = await loadSeedVidb();
    const text = 'I phoned my aunt every day while she was ill.';
    const judge = createSimulatedJudge({ panel, utilities: new Map([[text, 5]]), seed: 1 });
    const score = await createEvaluator({ panel, judge }).score({ text, value: 'benevolence' });
    expect(score.panel).toBe(panel.hash);
    expect(score.intensity).toBeGreaterThan(0);
  });
});

describe('computeSeedQuality', () => {
  it('should meet the quality bar for every value: Spearman ≥ 0.85 with the intended levels, every bin ≥ 8, both directions', async () => {
    const quality = computeSeedQuality({ panel: await loadSeedVidb() });
    expect(quality).toHaveLength(32);
    for (const entry of quality) {
      expect(entry.spearman, entry.value).toBeGreaterThanOrEqual(0.85);
      expect(Math.min(...entry.bins), `${entry.value} bins ${entry.bins.join('/')}`).toBeGreaterThanOrEqual(8);
      expect(entry.directions.balance, entry.value).toBeGreaterThanOrEqual(0.5);
      expect(entry.agreement, entry.value).toBeGreaterThanOrEqual(0.85);
    }
  });
});
