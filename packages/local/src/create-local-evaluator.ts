import { createEvaluator, type Evaluator, type EvaluatorOptions } from '@valueflow/core';
import { loadSeedVidb } from '@valueflow/core/node';
import { createLocalJudge, type LocalJudge, type LocalJudgeOptions } from './create-local-judge';

/** Options of {@link createLocalEvaluator}: any evaluator option, plus the local judge's. */
export interface LocalEvaluatorOptions extends Partial<EvaluatorOptions> {
  /** Options for the local judge when `judge` is not given (its panel defaults to the evaluator's). */
  localJudge?: Omit<LocalJudgeOptions, 'panel'>;
}

/**
 * The evaluator that works with no model and no network: the seed panel (`loadSeedVidb()`), the
 * offline local judge, and the paper's protocol (bucket sampling, k = 6, m = 3). Because the local
 * judge predicts from a small head rather than reading like a model, its intervals use the noise
 * scale measured for that head on held-out panel texts, and it allows many calls in flight (each
 * costs microseconds once the text is embedded). The plugins call this when no judge is configured.
 *
 * @param options - Any `EvaluatorOptions` override (panel, judge, sampler, k, windows, seed, …),
 *   and `localJudge` for the judge's own options.
 * @returns The evaluator; its scores name the panel hash and a `local:` judge id.
 * @throws InvalidArgumentError for an option out of range (see `createEvaluator`).
 * @throws VidbReadError when the seed panel cannot be read.
 * @example
 * ```ts
 * const evaluator = await createLocalEvaluator();
 * const score = await evaluator.score({ text: 'I lied to my sister to cover my own mistake.', value: 'fidelity' });
 * ```
 */
export async function createLocalEvaluator(options: LocalEvaluatorOptions = {}): Promise<Evaluator> {
  const { localJudge, ...evaluatorOptions } = options;
  const panel = evaluatorOptions.panel ?? (await loadSeedVidb());
  const judge = evaluatorOptions.judge ?? (await createLocalJudge({ ...localJudge, panel }));
  // A custom judge keeps the paper's defaults; the local judge brings the settings it was measured with.
  const defaults = 'evaluatorDefaults' in judge ? (judge as LocalJudge).evaluatorDefaults : {};
  return createEvaluator({
    ...defaults,
    ...evaluatorOptions,
    panel,
    judge,
  });
}
