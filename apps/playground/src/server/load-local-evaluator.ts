import {
  createEvaluator,
  type Evaluator,
  type EvaluatorOptions,
  MissingDependencyError,
  type RankingJudge,
  type ReferencePanel,
} from '@valueflow/core';

/** The parts of `@valueflow/local` the playground can use; older builds may have neither. */
interface LocalModule {
  createLocalEvaluator?: (options?: Partial<EvaluatorOptions>) => Promise<Evaluator>;
  createLocalJudge?: (options?: { panel?: ReferencePanel }) => Promise<RankingJudge>;
}

// A variable specifier: a missing or half-built optional package must not break loading this file.
const LOCAL_PACKAGE = '@valueflow/local';

/**
 * Loads the offline evaluator of `@valueflow/local` over the given panel: its `createLocalEvaluator` (with the
 * judge from its `createLocalJudge`, whose id the page shows) when it has one, else its `createLocalJudge` under
 * a standard evaluator.
 *
 * @param options.panel - The reference panel to rank against.
 * @param options.required - Throw instead of returning `undefined` when the local judge is not available.
 * @param options.load - Replaces the dynamic import (tests).
 * @returns The evaluator and the judge's id, or `undefined` when the package or its judge is missing.
 * @throws MissingDependencyError when `required` and the local judge is not available.
 */
export async function loadLocalEvaluator(options: {
  panel: ReferencePanel;
  required?: boolean;
  load?: () => Promise<LocalModule>;
}): Promise<{ evaluator: Evaluator; judgeId: string } | undefined> {
  const local = await (options.load ?? (() => import(LOCAL_PACKAGE) as Promise<LocalModule>))().catch(() => undefined);
  if (local?.createLocalEvaluator && local.createLocalJudge) {
    // Creating the judge here only to learn its id; the package's evaluator keeps its own tuned settings.
    const judge = await local.createLocalJudge({ panel: options.panel });
    return { evaluator: await local.createLocalEvaluator({ panel: options.panel, judge }), judgeId: judge.id };
  }
  if (local?.createLocalEvaluator) {
    return { evaluator: await local.createLocalEvaluator({ panel: options.panel }), judgeId: 'local' };
  }
  if (local?.createLocalJudge) {
    const judge = await local.createLocalJudge({ panel: options.panel });
    return { evaluator: createEvaluator({ panel: options.panel, judge }), judgeId: judge.id };
  }
  if (options.required) {
    throw new MissingDependencyError({
      packageName: LOCAL_PACKAGE,
      message:
        'PLAYGROUND_JUDGE=local needs the offline judge of @valueflow/local (createLocalEvaluator or createLocalJudge), which this build does not have. Use PLAYGROUND_JUDGE=auto or simulated, or configure OPENAI_BASE_URL and OPENAI_MODEL.',
    });
  }
  return undefined;
}
