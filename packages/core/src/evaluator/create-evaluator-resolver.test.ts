import { describe, expect, it } from 'vitest';
import { MissingDependencyError } from '../errors/missing-dependency-error';
import { createFixturePanel } from '../test/create-fixture-panel';
import { createSimulatedJudge } from '../test/create-simulated-judge';
import { createEvaluator } from './create-evaluator';
import { createEvaluatorResolver } from './create-evaluator-resolver';

const subject = 'The test guard';

describe('createEvaluatorResolver', () => {
  it('should use a given evaluator, or build one from judge and panel, without loading the offline package', async () => {
    const importLocal = async () => {
      throw new Error('must not load');
    };
    const evaluator = createEvaluator({ judge: createSimulatedJudge(), panel: createFixturePanel() });
    expect(await createEvaluatorResolver({ evaluator }, { importLocal, subject })()).toBe(evaluator);
    const built = await createEvaluatorResolver(
      { judge: createSimulatedJudge(), panel: createFixturePanel() },
      { importLocal, subject },
    )();
    expect(built.method).toMatch(/^bucket\//);
  });

  it('should load the offline default once, passing the judge through', async () => {
    const calls: unknown[] = [];
    const evaluator = createEvaluator({ judge: createSimulatedJudge(), panel: createFixturePanel() });
    const judge = createSimulatedJudge();
    const resolve = createEvaluatorResolver(
      { judge },
      {
        subject,
        importLocal: async () => ({
          createLocalEvaluator: async (options) => {
            calls.push(options);
            return evaluator;
          },
        }),
      },
    );
    expect(await resolve()).toBe(evaluator);
    expect(await resolve()).toBe(evaluator);
    expect(calls).toEqual([{ judge }]);
  });

  it('should say what to install or pass when the offline package is missing, and retry later', async () => {
    let attempts = 0;
    const resolve = createEvaluatorResolver(
      {},
      {
        subject,
        importLocal: async () => {
          attempts += 1;
          throw new Error('Cannot find package');
        },
      },
    );
    const error = await resolve().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect((error as Error).message).toBe(
      'The test guard has no judge and the offline default is missing: install @valueflow/local or pass { evaluator } / { judge }.',
    );
    await resolve().catch(() => undefined);
    expect(attempts).toBe(2);
  });

  it('should reject an evaluator combined with a judge', () => {
    const evaluator = createEvaluator({ judge: createSimulatedJudge(), panel: createFixturePanel() });
    expect(() =>
      createEvaluatorResolver(
        { evaluator, judge: createSimulatedJudge() },
        { subject, importLocal: async () => ({}) as never },
      ),
    ).toThrow(/not both/);
  });
});
