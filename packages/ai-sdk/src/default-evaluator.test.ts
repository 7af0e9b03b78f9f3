import { createEvaluator, type Evaluator, MissingDependencyError, ValueflowError } from '@valueflow/core';
import { createFixturePanel, createSimulatedJudge } from '@valueflow/core/test';
import { describe, expect, it, vi } from 'vitest';
import { defaultEvaluator } from './default-evaluator';

describe('defaultEvaluator', () => {
  it('should say what to install or pass when @valueflow/local cannot be loaded', async () => {
    const load = defaultEvaluator({
      loadLocal: async () => {
        throw new Error("Cannot find package '@valueflow/local'");
      },
    });
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(ValueflowError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/install @valueflow\/local or pass \{ evaluator \} \/ \{ judge \}/);
  });

  it('should load the local evaluator once, lazily, and pass a given judge on', async () => {
    const evaluator = { method: 'local' } as unknown as Evaluator;
    const createLocalEvaluator = vi.fn(async () => evaluator);
    const loadLocal = vi.fn(async () => ({ createLocalEvaluator }));
    const judge = createSimulatedJudge();
    const load = defaultEvaluator({ judge, loadLocal });
    expect(loadLocal).not.toHaveBeenCalled();
    expect(await Promise.all([load(), load()])).toEqual([evaluator, evaluator]);
    expect(loadLocal).toHaveBeenCalledTimes(1);
    expect(createLocalEvaluator).toHaveBeenCalledWith({ judge });
  });

  it('should retry a failed load on the next call', async () => {
    const loadLocal = vi
      .fn()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ createLocalEvaluator: async () => ({}) as Evaluator });
    const load = defaultEvaluator({ loadLocal });
    await expect(load()).rejects.toThrow(MissingDependencyError);
    await expect(load()).resolves.toEqual({});
  });

  it('should use a given evaluator, or a judge with a panel, without loading anything', async () => {
    const loadLocal = vi.fn();
    const evaluator = createEvaluator({ panel: createFixturePanel(), judge: createSimulatedJudge() });
    expect(await defaultEvaluator({ evaluator, loadLocal })()).toBe(evaluator);
    const built = await defaultEvaluator({ judge: createSimulatedJudge(), panel: createFixturePanel(), loadLocal })();
    expect(typeof built.score).toBe('function');
    expect(loadLocal).not.toHaveBeenCalled();
  });
});
