import { createSentenceBuffer, ValueGuardError, type Verdict, type ViolationAction } from '@valueflow/core';
import { createAbortFanout } from './abort-fanout';
import type { GenerateResult } from './ai-sdk-types';
import type { CheckText, GuardMode } from './guard-types';
import { mergeVerdicts, withGuardReport } from './verdict-metadata';

/** Options of {@link guardGenerate}. */
export interface GuardGenerateOptions {
  result: GenerateResult;
  mode: GuardMode;
  enforce: boolean;
  contextSentences: number;
  check: CheckText;
  decide: (verdict: Verdict) => ViolationAction;
  maxRewrites: number;
  /** Runs a steered regeneration of the whole response. */
  regenerate: (request: { verdict: Verdict; attempt: number }) => PromiseLike<GenerateResult>;
  signal?: AbortSignal;
}

/** Each sentence with the sentences before it, as the stream guard scores them. */
function sentenceWindows(text: string, contextSentences: number): string[] {
  const buffer = createSentenceBuffer();
  const sentences = buffer.push(text);
  const rest = buffer.flush();
  if (rest.trim() !== '') sentences.push(rest);
  return sentences.map((_, index) => sentences.slice(Math.max(0, index - contextSentences), index + 1).join(''));
}

const textOf = (result: GenerateResult) =>
  result.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('');

/**
 * The guard for `generateText`: the whole response is there, so every mode scores it at once (`final`:
 * as one text; `hold` and `monitor`: sentence by sentence with context, like a stream, so both paths
 * reach the same verdict on the same text). A blocked response throws; a rewrite regenerates the whole
 * response with steering. Non-text content (tool calls, reasoning, sources) is returned unchanged.
 *
 * @param options - See {@link GuardGenerateOptions}.
 * @returns The accepted result with `providerMetadata.valueflow` set to the guard's report.
 * @throws ValueGuardError carrying the verdict when the response is blocked (or still violates after
 *   `maxRewrites` regenerations); the evaluator's error when a check fails and the guard enforces.
 */
export async function guardGenerate(options: GuardGenerateOptions): Promise<GenerateResult> {
  const abort = new AbortController();
  const onAbort = () => abort.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const signals = createAbortFanout(abort.signal);
  const checkOne = async (text: string) => {
    const { signal, release } = signals.child();
    try {
      return await options.check(text, signal);
    } finally {
      release();
    }
  };
  const checkAll = async (text: string): Promise<Verdict> => {
    if (text.trim() === '') return { allowed: true, scores: [], violations: [] };
    const texts = options.mode === 'final' ? [text] : sentenceWindows(text, options.contextSentences);
    return mergeVerdicts(await Promise.all(texts.map(checkOne)));
  };
  try {
    let result = options.result;
    for (let attempt = 0; ; attempt += 1) {
      let verdict: Verdict;
      try {
        verdict = await checkAll(textOf(result));
      } catch (error) {
        if (options.enforce) throw error;
        const message = error instanceof Error ? error.message : String(error);
        const unchecked = { allowed: true, scores: [], violations: [] };
        return {
          ...result,
          providerMetadata: withGuardReport(result.providerMetadata, {
            verdict: unchecked,
            rewrites: attempt,
            errors: [message],
          }),
        };
      }
      const action = verdict.allowed || !options.enforce ? 'flag' : options.decide(verdict);
      if (action === 'flag') {
        return {
          ...result,
          providerMetadata: withGuardReport(result.providerMetadata, { verdict, rewrites: attempt }),
        };
      }
      if (action === 'block' || attempt >= options.maxRewrites) throw new ValueGuardError({ verdict });
      result = await options.regenerate({ verdict, attempt: attempt + 1 });
    }
  } finally {
    // Stops checks still running after another one failed.
    abort.abort();
    options.signal?.removeEventListener('abort', onAbort);
  }
}
