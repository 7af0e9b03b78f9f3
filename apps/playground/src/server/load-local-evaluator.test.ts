import { createEvaluator, MissingDependencyError } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { loadLocalEvaluator } from './load-local-evaluator';

const panel = createFixturePanel();
const judge = { ...createSimulatedJudge({ panel }), id: 'local:test' };

describe('loadLocalEvaluator', () => {
  it('should prefer the package’s own evaluator over the given panel, with its judge’s id', async () => {
    const received: unknown[] = [];
    const evaluator = createEvaluator({ panel, judge });
    const loaded = await loadLocalEvaluator({
      panel,
      load: async () => ({
        createLocalJudge: async (options) => {
          received.push(options);
          return judge;
        },
        createLocalEvaluator: async (options) => {
          received.push(options);
          return evaluator;
        },
      }),
    });
    expect(loaded).toEqual({ evaluator, judgeId: 'local:test' });
    expect(received).toEqual([{ panel }, { panel, judge }]);
  });

  it('should use the package’s evaluator alone when it has no separate judge', async () => {
    const evaluator = createEvaluator({ panel, judge });
    const loaded = await loadLocalEvaluator({
      panel,
      load: async () => ({ createLocalEvaluator: async () => evaluator }),
    });
    expect(loaded).toEqual({ evaluator, judgeId: 'local' });
  });

  it('should fall back to the local judge under a standard evaluator', async () => {
    const loaded = await loadLocalEvaluator({ panel, load: async () => ({ createLocalJudge: async () => judge }) });
    expect(loaded?.judgeId).toBe('local:test');
    const score = await loaded!.evaluator.score({
      text: panel.records({ theory: 'pvq', value: 'power' })[3].text,
      value: 'power',
    });
    expect(score.judge).toBe('local:test');
  });

  it.each([
    ['has no judge yet', async () => ({})],
    ['is not installed', async () => Promise.reject(new Error('Cannot find package'))],
  ])('should return undefined when the package %s', async (_, load) => {
    await expect(loadLocalEvaluator({ panel, load })).resolves.toBeUndefined();
  });

  it('should say what is missing when the local judge is required', async () => {
    await expect(loadLocalEvaluator({ panel, required: true, load: async () => ({}) })).rejects.toBeInstanceOf(
      MissingDependencyError,
    );
  });
});
