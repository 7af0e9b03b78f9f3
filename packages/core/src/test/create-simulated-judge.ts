import { AbortedError } from '../errors/aborted-error';
import { JudgeOutputError } from '../errors/judge-output-error';
import { sleep } from '../evaluator/abortable';
import { hashSeed } from '../evaluator/hash-seed';
import type { RankingJudge, RankingRequest, RankingResult } from '../evaluator/types';
import { createSeededRandom } from '../ranking/seeded-random';
import type { ValueDefinition } from '../theories/types';
import type { ReferencePanel } from '../vidb/types';

/** Fault probabilities per call; they are checked in this order and should sum to at most 1. */
export interface SimulatedJudgeFaults {
  /** Throws `JudgeOutputError` (an unparseable answer). */
  garbage?: number;
  /** Returns an order that leaves out one text (not a permutation). */
  partial?: number;
  /** Never answers; settles only when the call's signal aborts (evaluator timeout or caller abort). */
  timeout?: number;
  /** Throws a plain `Error`, like a network failure. */
  throws?: number;
}

/** Options of {@link createSimulatedJudge}. */
export interface SimulatedJudgeOptions {
  /**
   * True utilities of texts that are not reference records of `panel` (those are worth their
   * intensity): a function of the text and value, or a map from text to utility.
   */
  utilities?: ((text: string, value: ValueDefinition) => number | undefined) | ReadonlyMap<string, number>;
  /** Reference records are worth their intensity on their own value. */
  panel?: ReferencePanel;
  /** Gumbel scale of the ranking noise (default 1: exactly the Plackett–Luce model the evaluator assumes). */
  noise?: number;
  /** Utility added to whatever text is shown first, to simulate position bias (default 0). */
  positionBias?: number;
  faults?: SimulatedJudgeFaults;
  /** Seed of the noise and faults (default 7). */
  seed?: number;
  /** Delay of every answer in ms (default 0); honours the signal. */
  latencyMs?: number;
  /** Judge id (default `sim:noise-<noise>`). */
  id?: string;
  /** Keep a log of calls in `calls` (default true; turn off for very long benchmarks). */
  recordCalls?: boolean;
}

/** One logged call of the simulated judge. */
export interface SimulatedJudgeCall {
  value: string;
  texts: string[];
  /** The order returned, when one was. */
  order?: number[];
  fault?: keyof SimulatedJudgeFaults;
}

/** A ranking judge with known truth, for tests and benchmarks. */
export interface SimulatedJudge extends RankingJudge {
  /** Every call, in arrival order (empty when `recordCalls` is false). */
  readonly calls: SimulatedJudgeCall[];
  /** Calls started so far. */
  readonly callCount: number;
  /** Calls started but not yet settled. */
  readonly inFlight: number;
  /** Highest `inFlight` seen. */
  readonly maxInFlight: number;
}

function waitForAbort(signal?: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (!signal) return;
    const onAbort = () => reject(new AbortedError({ operation: 'judge call', cause: signal.reason }));
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A judge that orders texts by known utilities plus Gumbel noise, which is exactly Plackett–Luce
 * sampling with worths exp(utility / noise). Noise and faults are seeded by the call's content
 * (value, texts, and how often that exact window was asked), so results do not depend on how
 * concurrent calls interleave. It logs calls and tracks how many are in flight, and honours the
 * signal while waiting.
 *
 * @param options - truth, noise, bias, faults, latency; see {@link SimulatedJudgeOptions}.
 * @returns the judge.
 * @throws Error from `rank` when a text has no known utility (neither `utilities` nor `panel` knows it).
 */
export function createSimulatedJudge(options: SimulatedJudgeOptions = {}): SimulatedJudge {
  const noise = options.noise ?? 1;
  const positionBias = options.positionBias ?? 0;
  const seed = options.seed ?? 7;
  const faults = options.faults ?? {};
  const recordCalls = options.recordCalls ?? true;
  const calls: SimulatedJudgeCall[] = [];
  const repeats = new Map<number, number>();
  const panelIndex = new Map<string, Map<string, number>>();
  let callCount = 0;
  let inFlight = 0;
  let maxInFlight = 0;

  const panelUtility = (value: ValueDefinition, text: string): number | undefined => {
    if (!options.panel) return undefined;
    const key = `${value.theory}/${value.value}`;
    let index = panelIndex.get(key);
    if (!index) {
      index = new Map(options.panel.records(value).map((record) => [record.text, record.intensity]));
      panelIndex.set(key, index);
    }
    return index.get(text);
  };
  // Reference records are worth their panel intensity; everything else asks the caller.
  const utilityOf = (value: ValueDefinition, text: string): number => {
    const { utilities } = options;
    const utility =
      panelUtility(value, text) ??
      (typeof utilities === 'function'
        ? utilities(text, value)
        : utilities instanceof Map
          ? utilities.get(text)
          : undefined);
    if (utility === undefined) {
      throw new Error(`simulated judge: no utility for "${text.slice(0, 60)}" on ${value.theory}/${value.value}`);
    }
    return utility;
  };

  const answer = async (request: RankingRequest, signal?: AbortSignal): Promise<RankingResult> => {
    const contentSeed = hashSeed([seed, request.value.theory, request.value.value, ...request.texts]);
    const repeat = repeats.get(contentSeed) ?? 0;
    repeats.set(contentSeed, repeat + 1);
    const random = createSeededRandom(hashSeed([contentSeed, repeat]));
    const call: SimulatedJudgeCall = { value: request.value.value, texts: [...request.texts] };
    if (recordCalls) calls.push(call);
    if (options.latencyMs) await sleep(options.latencyMs, signal);
    let draw = random.next();
    for (const fault of ['garbage', 'partial', 'timeout', 'throws'] as const) {
      const probability = faults[fault] ?? 0;
      if (draw < probability) {
        call.fault = fault;
        break;
      }
      draw -= probability;
    }
    if (call.fault === 'garbage')
      throw new JudgeOutputError({ raw: 'I would rather not rank these.', reason: 'no ranking found in the answer' });
    if (call.fault === 'throws') throw new Error('simulated judge: connection reset');
    if (call.fault === 'timeout') return waitForAbort(signal);
    const noisy = request.texts.map((text, index) => ({
      index,
      utility: utilityOf(request.value, text) + (index === 0 ? positionBias : 0) + noise * random.gumbel(),
    }));
    const order = noisy.sort((left, right) => right.utility - left.utility).map((item) => item.index);
    if (call.fault === 'partial') order.pop();
    call.order = order;
    const characters = request.texts.reduce((sum, text) => sum + text.length, 0);
    return {
      order,
      raw: `[${order.map((index) => index + 1).join(', ')}]`,
      usage: { inputTokens: 60 + Math.ceil(characters / 4), outputTokens: 2 * order.length + 1 },
    };
  };

  return {
    id: options.id ?? `sim:noise-${noise}`,
    async rank(request, rankOptions = {}) {
      callCount += 1;
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        if (rankOptions.signal?.aborted)
          throw new AbortedError({ operation: 'judge call', cause: rankOptions.signal.reason });
        return await answer(request, rankOptions.signal);
      } finally {
        inFlight -= 1;
      }
    },
    get calls() {
      return calls;
    },
    get callCount() {
      return callCount;
    },
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
  };
}
