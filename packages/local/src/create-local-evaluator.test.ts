import { loadSeedVidb } from '@valueflow/core/node';
import { describe, expect, it } from 'vitest';
import { createLocalEvaluator } from './create-local-evaluator';

describe('createLocalEvaluator', () => {
  it('should score offline with the seed panel, a local judge and 12 bucket windows', async () => {
    const evaluator = await createLocalEvaluator();
    const score = await evaluator.score({
      text: 'I kept my promise to help my brother move, even though a better offer came up.',
      value: 'fidelity',
    });
    expect(score.panel).toBe((await loadSeedVidb()).hash);
    expect(score.judge).toMatch(/^local:/);
    expect(score.method).toMatch(/^bucket\/k6\/m12\//);
    expect(score.windows).toBe(12);
    expect(score.intensity).not.toBeNull();
    expect(score.interval![0]).toBeLessThanOrEqual(score.intensity!);
    expect(score.evidence.length).toBeGreaterThan(0);
  });

  it('should let options override the defaults', async () => {
    const evaluator = await createLocalEvaluator({ windows: 2, k: 4, seed: 5 });
    const score = await evaluator.score({ text: 'Cheating on the exam was worth it.', value: 'fairness-cheating' });
    expect(score.method).toMatch(/^bucket\/k4\/m2\//);
    expect(score.seed).toBe(5);
  });
});
