import {
  AbortedError,
  type Embedder,
  InvalidArgumentError,
  type RankingJudge,
  type RankingRequest,
  type ReferencePanel,
} from '@valueflow/core';
import { loadSeedVidb } from '@valueflow/core/node';
import { createUseEmbedder } from './create-use-embedder';
import { builtInHead } from './local-judge/built-in-head';
import { headFeatures, type IntensityHead, predictIntensity } from './local-judge/intensity-head';
import { createTextSignalCache } from './local-judge/text-signal-cache';

/** Options of {@link createLocalJudge}. */
export interface LocalJudgeOptions {
  /**
   * Reference texts whose intensities the judge already knows (default: the seed panel from
   * `loadSeedVidb()`). A window text that is one of the value's records is placed at its known
   * intensity, so only the text under evaluation is predicted.
   */
  panel?: ReferencePanel;
  /** Embedder with the head's id (default: a new `createUseEmbedder()`). */
  embedder?: Embedder;
  /** Intensity head (default: the one trained on the seed panel, `head-v2`). */
  head?: IntensityHead;
  /** Texts whose embeddings are remembered (default 10,000, about 20 MB). */
  cacheSize?: number;
}

/** The offline judge, which can also say what intensity it predicts for each text. */
export interface LocalJudge extends RankingJudge {
  /**
   * The intensity in [−10, 10] the judge assigns each text on the value: the known intensity for a
   * record of the panel, the head's prediction otherwise.
   */
  predict(request: RankingRequest, options?: { signal?: AbortSignal }): Promise<number[]>;
  /** The head's measured noise scale, the evaluator's `noiseScale` that gives honest intervals. */
  readonly noiseScale: number;
  /**
   * The evaluator settings this judge is meant to run with (`createLocalEvaluator` and the CLI apply them):
   * its noise scale, and, since a call costs microseconds, 12 windows instead of the paper's 3 (1–3 points
   * better on every DEV figure, README), many calls in flight and no retries.
   */
  readonly evaluatorDefaults: { noiseScale: number; windows: number; concurrency: number; retries: number };
  /** Loads the embedding model now rather than on the first window. */
  load(): Promise<void>;
}

const keyOf = (theory: string, value: string) => `${theory}/${value}`;

function anchorIndex(panel: ReferencePanel | undefined): Map<string, Map<string, number>> {
  const index = new Map<string, Map<string, number>>();
  for (const ref of panel?.values() ?? []) {
    const texts = new Map<string, number>();
    for (const record of panel!.records(ref)) texts.set(record.text.trim(), record.intensity);
    index.set(keyOf(ref.theory, ref.value), texts);
  }
  return index;
}

function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new AbortedError({ operation: 'local judge', cause: signal.reason }));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new AbortedError({ operation: 'local judge', cause: signal.reason }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (result) => {
        signal.removeEventListener('abort', onAbort);
        resolve(result);
      },
      (error) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * Creates the offline ranking judge: no network, no API key, deterministic. It orders a window by
 * intensity, taking the known intensity of every panel record in it and predicting the others with
 * a linear head over the Universal Sentence Encoder lite embedding, VADER sentiment polarity and the
 * project's moral lexicon (per value family, with negation scope), trained on the seed panel (see the package README for how the
 * design was chosen and what it scores on the benchmarks). Texts are embedded once, in batches.
 *
 * @param options - Panel, embedder, head and cache size; see {@link LocalJudgeOptions}.
 * @returns A judge with id `local:<embedder>+<head>`, e.g. `local:use-lite-512+head-v2`.
 * @throws InvalidArgumentError when the embedder's id or dimensions differ from the head's.
 * @throws VidbReadError when the default seed panel cannot be read.
 * @example
 * ```ts
 * const judge = await createLocalJudge();
 * const evaluator = createEvaluator({ panel: await loadSeedVidb(), judge, noiseScale: judge.noiseScale });
 * ```
 */
export async function createLocalJudge(options: LocalJudgeOptions = {}): Promise<LocalJudge> {
  const head = options.head ?? builtInHead();
  const useEmbedder = options.embedder ? undefined : createUseEmbedder({ cache: false });
  const embedder = options.embedder ?? useEmbedder!;
  if (embedder.id !== head.embedder || embedder.dimensions !== head.dimensions) {
    throw new InvalidArgumentError({
      argument: 'embedder',
      message: `the head ${head.id} was trained on ${head.embedder} (${head.dimensions} dimensions), got ${embedder.id} (${embedder.dimensions}); pass no embedder, or a head trained on yours.`,
    });
  }
  const anchors = anchorIndex(options.panel ?? (await loadSeedVidb()));
  const cache = createTextSignalCache({ embedder, capacity: options.cacheSize ?? 10_000 });

  const predict: LocalJudge['predict'] = async ({ value, texts }, callOptions) => {
    const signal = callOptions?.signal;
    if (signal?.aborted) throw new AbortedError({ operation: 'local judge', cause: signal.reason });
    const valueKey = keyOf(value.theory, value.value);
    const known = anchors.get(valueKey);
    const intensities: Array<number | undefined> = texts.map((text) => known?.get(text.trim()));
    const unknown = texts.filter((_, index) => intensities[index] === undefined);
    const signals = await abortable(cache.signals(unknown), signal);
    let next = 0;
    return intensities.map(
      (intensity) =>
        intensity ?? predictIntensity(head, headFeatures(head, { ...signals[next++], valueKey }), valueKey),
    );
  };

  return {
    id: `local:${head.embedder}+${head.id}`,
    noiseScale: head.noiseScale,
    evaluatorDefaults: { noiseScale: head.noiseScale, windows: 12, concurrency: 64, retries: 0 },
    predict,
    async rank(request, callOptions) {
      const intensities = await predict(request, callOptions);
      // Ties keep the window's order, so the answer is a pure function of the window.
      const order = intensities
        .map((_, index) => index)
        .sort((left, right) => intensities[right] - intensities[left] || left - right);
      return { order, raw: JSON.stringify(intensities.map((intensity) => Math.round(intensity * 100) / 100)) };
    },
    load: async () => {
      await useEmbedder?.load();
    },
  };
}
