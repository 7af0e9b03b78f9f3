import {
  type EvaluatorResolver,
  type EvaluatorSource,
  type LocalEvaluatorModule,
  createEvaluatorResolver as resolveEvaluatorSource,
} from '@valueflow/core';

export type { EvaluatorResolver, EvaluatorSource, LocalEvaluatorModule };

// The specifier must resolve from this package, which declares @valueflow/local as an optional peer; a
// variable keeps bundlers from failing the build when that package is not installed.
const LOCAL_PACKAGE = '@valueflow/local';
const importLocal = () =>
  import(/* @vite-ignore */ /* webpackIgnore: true */ LOCAL_PACKAGE) as Promise<LocalEvaluatorModule>;

/**
 * Turns the `evaluator | judge | nothing` options into an evaluator, created on first use (see
 * `createEvaluatorResolver` in `@valueflow/core`): with neither, the offline judge and seed panel of
 * `@valueflow/local` are loaded lazily.
 *
 * @throws InvalidArgumentError when `evaluator` is combined with `judge` or `panel`
 * @throws MissingDependencyError (from the getter) when `@valueflow/local` is needed but not installed
 */
export function defaultEvaluator(source: EvaluatorSource): EvaluatorResolver {
  return resolveEvaluatorSource(source, { importLocal, subject: 'The value guard' });
}
