import { InvalidArgumentError } from '../errors/invalid-argument-error';
import { MissingDependencyError } from '../errors/missing-dependency-error';
import type { RankingJudge } from './types';
import type { ReferencePanel } from '../vidb/types';
import { createEvaluator } from './create-evaluator';
import type { Evaluator, EvaluatorOptions } from './evaluator-options';

/** The part of `@valueflow/local` the plugins use. */
export interface LocalEvaluatorModule {
  createLocalEvaluator(options?: Partial<EvaluatorOptions>): Promise<Evaluator>;
}

/**
 * Where a plugin's scores come from: an `evaluator`, or a `judge` (with an optional `panel`), or neither, in
 * which case the offline local judge and the seed panel of `@valueflow/local` are used.
 */
export interface EvaluatorSource {
  /** A ready evaluator (`createEvaluator`); excludes `judge` and `panel`. */
  evaluator?: Evaluator;
  /** A ranking judge, e.g. an LLM through a plugin's adapter; scored against `panel` or the seed panel. */
  judge?: RankingJudge;
  /** Reference texts for `judge`; without it the seed panel of `@valueflow/local` is used. */
  panel?: ReferencePanel;
  /**
   * Loads `@valueflow/local` when it is needed (default: the plugin's dynamic import). Override it to
   * bundle the package yourself or, in tests, to simulate it being absent.
   */
  loadLocal?: () => Promise<LocalEvaluatorModule>;
}

/** Creates the evaluator on first use and then reuses it. */
export type EvaluatorResolver = () => Promise<Evaluator>;

/**
 * The shared rule behind every plugin's `evaluator | judge | nothing` option. It checks the source at once (a
 * bad combination fails when the guard or scorer is created, not on the first text) and returns a getter that
 * creates the evaluator on first use. `@valueflow/local` is imported lazily, so apps that configure a judge
 * never load the offline model; a failed load is not cached, so installing the package and retrying works.
 *
 * The import itself belongs to the plugin (`options.importLocal`): it is the plugin that declares the
 * optional peer dependency, so only a specifier resolved from the plugin finds the package.
 *
 * @param source evaluator, or judge (+ panel), or nothing for the offline default
 * @param options.importLocal the plugin's dynamic import of `@valueflow/local`
 * @param options.subject how error messages name the caller, e.g. `The value guard`
 * @throws InvalidArgumentError when `evaluator` is combined with `judge` or `panel`
 * @throws MissingDependencyError (from the getter) when `@valueflow/local` is needed but cannot be imported
 */
export function createEvaluatorResolver(
  source: EvaluatorSource,
  options: { importLocal: () => Promise<LocalEvaluatorModule>; subject: string },
): EvaluatorResolver {
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
      local = await (source.loadLocal ?? options.importLocal)();
    } catch (error) {
      throw new MissingDependencyError({
        packageName: '@valueflow/local',
        message: source.judge
          ? `${options.subject} has a judge but no reference panel: install @valueflow/local (it ships the seed panel) or pass { panel } next to { judge }.`
          : `${options.subject} has no judge and the offline default is missing: install @valueflow/local or pass { evaluator } / { judge }.`,
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
