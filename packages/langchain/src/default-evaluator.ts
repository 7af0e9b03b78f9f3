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
 * Where scores come from. Give an `evaluator`, or a `judge` (with an optional `panel`), or neither:
 * then the offline local judge and the seed panel of `@valueflow/local` are used.
 */
export interface EvaluatorSource {
  /** A ready evaluator (`createEvaluator` from `@valueflow/core`); excludes `judge` and `panel`. */
  evaluator?: Evaluator;
  /** A ranking judge, e.g. `langChainJudge(chatModel)`; scored against `panel` or the seed panel. */
  judge?: RankingJudge;
  /** Reference texts; without it the seed panel of `@valueflow/local` is used. */
  panel?: ReferencePanel;
  /**
   * Loads `@valueflow/local` when it is needed (default: a dynamic import). Override it to bundle the
   * package yourself or, in tests, to simulate it being absent.
   */
  loadLocal?: () => Promise<LocalEvaluatorModule>;
}

const importLocal = async (): Promise<LocalEvaluatorModule> => {
  // A variable specifier keeps bundlers from resolving the optional package at build time.
  const specifier = '@valueflow/local';
  return (await import(specifier)) as LocalEvaluatorModule;
};

/** Turns an {@link EvaluatorSource} into an evaluator; see {@link createEvaluatorResolver}. */
export type EvaluatorResolver = () => Promise<Evaluator>;

/**
 * Checks an {@link EvaluatorSource} at once (so a bad combination fails at setup, not on the first
 * text) and returns a function that creates the evaluator on first use and then reuses it. A failed
 * load is not cached, so installing the package later and retrying works.
 *
 * @param source - evaluator, judge and panel, or nothing for the offline default.
 * @returns a memoised async getter of the evaluator.
 * @throws InvalidArgumentError when `evaluator` is combined with `judge` or `panel`.
 * @throws MissingDependencyError (from the getter) when `@valueflow/local` is needed but not installed.
 */
export function createEvaluatorResolver(source: EvaluatorSource): EvaluatorResolver {
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
        packageName: '@valueflow/local',
        message: source.judge
          ? 'The judge needs a reference panel: install @valueflow/local (it ships the seed panel) or pass { panel } next to { judge }.'
          : 'No judge configured and the offline default is missing: install @valueflow/local or pass { evaluator } / { judge }.',
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
