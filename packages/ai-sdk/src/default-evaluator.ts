import {
  createEvaluator,
  type Evaluator,
  type EvaluatorOptions,
  type RankingJudge,
  MissingDependencyError,
  type ReferencePanel,
} from '@valueflow/core';

/** The part of `@valueflow/local` the plugin uses. */
export interface LocalModule {
  createLocalEvaluator(options?: Partial<EvaluatorOptions>): Promise<Evaluator>;
}

/** Where the guard's evaluator comes from. */
export interface EvaluatorSource {
  /** A ready evaluator; used as is. */
  evaluator?: Evaluator;
  /** A ranking judge; paired with `panel`, or with the seed panel of `@valueflow/local`. */
  judge?: RankingJudge;
  /** Reference panel for `judge` (default: the seed panel of `@valueflow/local`). */
  panel?: ReferencePanel;
  /** Loads `@valueflow/local`; replaceable for tests and bundlers (default: a dynamic import). */
  loadLocal?: () => Promise<LocalModule>;
}

// A non-literal specifier: bundlers must not fail the build when the optional peer is not installed.
const LOCAL_PACKAGE = '@valueflow/local';
const importLocal = () => import(/* @vite-ignore */ /* webpackIgnore: true */ LOCAL_PACKAGE) as Promise<LocalModule>;

/**
 * Returns a function that creates the guard's evaluator on first use and then reuses it.
 *
 * With neither `evaluator` nor `judge` the offline evaluator of `@valueflow/local` (local judge, seed
 * panel) is loaded lazily, so the plugin works without configuration yet never pulls the offline model
 * into bundles that configure a judge. Creation is deferred to the first check so that building the
 * middleware stays synchronous and cheap.
 *
 * @param source - See {@link EvaluatorSource}.
 * @returns A memoised loader; a failed load is retried on the next call.
 * @throws MissingDependencyError (from the loader) when `@valueflow/local` is needed but cannot be imported.
 */
export function defaultEvaluator(source: EvaluatorSource): () => Promise<Evaluator> {
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
    let local: LocalModule;
    try {
      local = await (source.loadLocal ?? importLocal)();
    } catch (error) {
      throw new MissingDependencyError({
        packageName: LOCAL_PACKAGE,
        message:
          'The value guard has no evaluator: install @valueflow/local or pass { evaluator } / { judge } (with { panel }) to the middleware. @valueflow/local provides the offline judge and seed panel used by default.',
        cause: error,
      });
    }
    const options: Partial<EvaluatorOptions> = {};
    if (source.judge) options.judge = source.judge;
    if (source.panel) options.panel = source.panel;
    return local.createLocalEvaluator(options);
  };
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
