import {
  createEvaluator,
  type Evaluator,
  type EvaluatorOptions,
  InvalidArgumentError,
  MissingDependencyError,
  type RankingJudge,
  type ReferencePanel,
} from '@valueflow/core';

/** The part of `@valueflow/local` this package uses. */
export interface LocalEvaluatorModule {
  createLocalEvaluator(options?: Partial<EvaluatorOptions>): Promise<Evaluator>;
}

/**
 * Where the scorers' value scores come from: an `evaluator`, or a `judge` (with an optional
 * `panel`), or neither, in which case the offline local judge and the seed panel of
 * `@valueflow/local` are used.
 */
export interface EvaluatorSource {
  /** A ready evaluator (`createEvaluator` from `@valueflow/core`); excludes `judge` and `panel`. */
  evaluator?: Evaluator;
  /** A ranking judge, e.g. `mastraJudge(model)`; scored against `panel` or the seed panel. */
  judge?: RankingJudge;
  /** Reference texts for `judge`; without it the seed panel of `@valueflow/local` is used. */
  panel?: ReferencePanel;
  /**
   * Loads `@valueflow/local` when it is needed (default: a dynamic import). Override it to bundle
   * the package yourself or, in tests, to simulate it being absent.
   */
  loadLocal?: () => Promise<LocalEvaluatorModule>;
}

const LOCAL_PACKAGE = '@valueflow/local';

// A variable specifier keeps bundlers from resolving the optional package at build time.
const importLocal = async (): Promise<LocalEvaluatorModule> =>
  (await import(/* @vite-ignore */ /* webpackIgnore: true */ LOCAL_PACKAGE)) as LocalEvaluatorModule;

/**
 * Checks an {@link EvaluatorSource} at once, so a bad combination fails when the scorer is created
 * rather than on the first agent run, and returns a getter that creates the evaluator on first use
 * and reuses it. The offline package is imported lazily so that apps which pass a judge never load
 * its model; a failed load is not cached, so installing the package and retrying works.
 *
 * @param source - evaluator, or judge and panel, or nothing for the offline default.
 * @returns A memoised async getter of the evaluator.
 * @throws InvalidArgumentError when `evaluator` is combined with `judge` or `panel`.
 * @throws MissingDependencyError (from the getter) when `@valueflow/local` is needed but cannot be imported.
 */
export function createEvaluatorResolver(source: EvaluatorSource): () => Promise<Evaluator> {
  if (source.evaluator && (source.judge || source.panel)) {
    throw new InvalidArgumentError({
      argument: 'evaluator',
      message:
        'pass either { evaluator } or { judge, panel? }, not both; an evaluator already has its judge and panel.',
    });
  }
  if (source.evaluator) {
    const evaluator = source.evaluator;
    return async () => evaluator;
  }
  if (source.judge && source.panel) {
    const evaluator = createEvaluator({ judge: source.judge, panel: source.panel });
    return async () => evaluator;
  }
  let pending: Promise<Evaluator> | undefined;
  const load = async (): Promise<Evaluator> => {
    let local: LocalEvaluatorModule;
    try {
      local = await (source.loadLocal ?? importLocal)();
    } catch (error) {
      throw new MissingDependencyError({
        packageName: LOCAL_PACKAGE,
        message: source.judge
          ? 'The value scorer has a judge but no reference panel: install @valueflow/local (it ships the seed panel) or pass { panel } next to { judge }.'
          : 'The value scorer has no judge and the offline default is missing: install @valueflow/local or pass { evaluator } / { judge }.',
        cause: error,
      });
    }
    const overrides: Partial<EvaluatorOptions> = {};
    if (source.judge) overrides.judge = source.judge;
    if (source.panel) overrides.panel = source.panel;
    return local.createLocalEvaluator(overrides);
  };
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
