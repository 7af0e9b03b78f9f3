import { ValueflowError } from '../errors/valueflow-error';
import type { Usage, ValueScore } from '../evaluator/types';
import { defaultCatalogue } from '../theories/default-catalogue';
import type { ValueRef } from '../theories/types';
import type { ReferencePanel } from '../vidb/types';
import { buildSteeringInstructions, type SteeringInstructions, type SteeringMode } from './build-steering-instructions';
import { type ResolvedTarget, resolveTargets, type SteeringTarget, type ValueResolver } from './steering-target';

/** Anything that scores one text on one value; the evaluator is one. */
export interface ValueScorer {
  score(input: { text: string; value: string; theory?: string; signal?: AbortSignal }): Promise<ValueScore>;
}

/** Produces a response for the query under the given instructions (an LLM call in practice). */
export type SteeringGenerator = (input: {
  instructions: SteeringInstructions;
  query: string;
  round: number;
  signal?: AbortSignal;
}) => Promise<string | { text: string; usage?: Usage }>;

/** How far one target's measured intensity is from where it should be. */
export interface TargetMiss {
  ref: ValueRef;
  target: number;
  requested: number;
  /** Measured intensity; `null` when the evaluator could not score it. */
  achieved: number | null;
  /** achieved − target; `null` when unscored. */
  miss: number | null;
}

export interface SteerRound {
  round: number;
  instructions: SteeringInstructions;
  text: string;
  scores: ValueScore[];
  misses: TargetMiss[];
  /** Mean |achieved − target| over the scored targets; `Infinity` when none was scored. */
  error: number;
  withinTolerance: boolean;
}

export interface SteerResult {
  best: SteerRound;
  rounds: SteerRound[];
  stoppedBy: 'tolerance' | 'max-rounds' | 'budget';
  cost: { generations: number; judgeCalls: number; usage: Usage };
}

/** Options of {@link steer}. */
export interface SteerOptions {
  query: string;
  targets: SteeringTarget[];
  generate: SteeringGenerator;
  evaluator: ValueScorer;
  /** Resolves value names; the built-in catalogue by default. */
  catalogue?: ValueResolver;
  panel?: ReferencePanel;
  mode?: SteeringMode;
  rebalance?: boolean;
  /** Every target within ± this many points counts as a hit (default 1.5). */
  tolerance?: number;
  /** Generations at most (default 3). */
  maxRounds?: number;
  /** Stops before a round that would exceed these. */
  budget?: { judgeCalls?: number; generations?: number };
  signal?: AbortSignal;
  onRound?: (round: SteerRound) => void;
}

const key = (ref: ValueRef) => `${ref.theory}/${ref.value}`;
// Requests may go past ±10: the text then says "even more strongly", which pushes a model that under-shoots.
const REQUEST_LIMIT = 15;

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted)
    throw new ValueflowError({ code: 'aborted', message: 'Steering was aborted', cause: signal.reason });
}

// Models move only part of the way they are asked (the paper's weak and moderate steerers), so before any
// evidence the loop assumes half the requested move lands; later rounds measure the response instead.
const PRIOR_RESPONSE = 0.6;

/**
 * The next request for one target: a secant step on the model's measured response (requested → achieved)
 * from the last two rounds, or the prior response slope after the first round. The slope is kept within
 * [0.15, 1.5] so one noisy measurement cannot send the request flying or reverse its direction.
 */
function nextRequest(miss: TargetMiss, rounds: SteerRound[]): number {
  if (miss.miss === null) return miss.requested;
  let slope = PRIOR_RESPONSE;
  const previous = rounds.at(-2)?.misses.find((candidate) => key(candidate.ref) === key(miss.ref));
  if (previous && previous.achieved !== null && Math.abs(miss.requested - previous.requested) > 0.5) {
    slope = (miss.achieved! - previous.achieved) / (miss.requested - previous.requested);
  }
  slope = Math.max(0.15, Math.min(1.5, slope));
  return Math.max(-REQUEST_LIMIT, Math.min(REQUEST_LIMIT, miss.requested - miss.miss / slope));
}

function feedbackLines(options: {
  misses: TargetMiss[];
  targets: ResolvedTarget[];
  tolerance: number;
  panel?: ReferencePanel;
}): string[] {
  const lines: string[] = [];
  for (const miss of options.misses) {
    if (miss.miss === null || Math.abs(miss.miss) <= options.tolerance) continue;
    const target = options.targets.find(
      (candidate) => key({ theory: candidate.value.theory, value: candidate.value.value }) === key(miss.ref),
    )!;
    const name = target.value.name;
    const size = Math.abs(miss.miss) > 4 ? 'much' : 'somewhat';
    const direction = miss.miss < 0 ? `more supportive of ${name}` : `more opposed to ${name}`;
    lines.push(
      `Your previous answer measured ${miss.achieved!.toFixed(1)} on ${name}, but it should be about ${miss.target.toFixed(1)}: make it ${size} ${direction}.`,
    );
    const anchor = options.panel
      ?.records(miss.ref)
      .reduce<{ text: string; intensity: number } | undefined>(
        (best, record) =>
          !best || Math.abs(record.intensity - miss.target) < Math.abs(best.intensity - miss.target) ? record : best,
        undefined,
      );
    if (anchor) lines.push(`  A statement at about the right strength reads like: "${anchor.text}"`);
  }
  if (lines.length > 0) lines.unshift('Feedback on your previous attempt:');
  return lines;
}

/**
 * Closed-loop steering: generate → measure the targeted values → when off target, revise the instructions with
 * feedback (the measured intensity, the size and direction of the miss, a reference text at the right strength)
 * → repeat, up to `maxRounds`. The request for each value moves by the miss divided by the model's measured
 * responsiveness (a secant step), so a model that under-reacts is asked for correspondingly more.
 *
 * @returns the best round (smallest mean error), every round's scores, why it stopped, and the cost
 * @throws ValueflowError with code `aborted` when `signal` aborts
 */
export async function steer(options: SteerOptions): Promise<SteerResult> {
  const tolerance = options.tolerance ?? 1.5;
  const maxRounds = options.maxRounds ?? 3;
  const targets = resolveTargets(options.targets, options.catalogue ?? defaultCatalogue);
  const rounds: SteerRound[] = [];
  const cost = { generations: 0, judgeCalls: 0, usage: { inputTokens: 0, outputTokens: 0 } };
  let requested: Map<string, number> | undefined;
  let feedback: string[] = [];
  let stoppedBy: SteerResult['stoppedBy'] = 'max-rounds';

  for (let round = 1; round <= maxRounds; round += 1) {
    throwIfAborted(options.signal);
    const lastCalls = rounds.at(-1)?.scores.reduce((sum, score) => sum + score.judgeCalls, 0) ?? 0;
    const overGenerations = options.budget?.generations !== undefined && cost.generations >= options.budget.generations;
    const overCalls =
      options.budget?.judgeCalls !== undefined && round > 1 && cost.judgeCalls + lastCalls > options.budget.judgeCalls;
    if (overGenerations || overCalls) {
      stoppedBy = 'budget';
      break;
    }
    const instructions = buildSteeringInstructions({
      targets,
      mode: options.mode,
      panel: options.panel,
      rebalance: options.rebalance,
      requested,
      feedback,
    });
    const generated = await options.generate({ instructions, query: options.query, round, signal: options.signal });
    const text = typeof generated === 'string' ? generated : generated.text;
    cost.generations += 1;
    if (typeof generated !== 'string' && generated.usage) {
      cost.usage.inputTokens += generated.usage.inputTokens ?? 0;
      cost.usage.outputTokens += generated.usage.outputTokens ?? 0;
    }
    throwIfAborted(options.signal);
    const scores = await Promise.all(
      targets.map((target) =>
        options.evaluator.score({
          text,
          value: target.value.value,
          theory: target.value.theory,
          signal: options.signal,
        }),
      ),
    );
    for (const score of scores) {
      cost.judgeCalls += score.judgeCalls;
      cost.usage.inputTokens += score.usage?.inputTokens ?? 0;
      cost.usage.outputTokens += score.usage?.outputTokens ?? 0;
    }
    const misses: TargetMiss[] = instructions.targets.map((target, index) => {
      const achieved = scores[index].intensity;
      return {
        ref: target.ref,
        target: target.target,
        requested: target.requested,
        achieved,
        miss: achieved === null ? null : achieved - target.target,
      };
    });
    const scored = misses.filter((miss) => miss.miss !== null);
    const error =
      scored.length === 0 ? Infinity : scored.reduce((sum, miss) => sum + Math.abs(miss.miss!), 0) / scored.length;
    const withinTolerance =
      scored.length === misses.length && scored.every((miss) => Math.abs(miss.miss!) <= tolerance);
    const record: SteerRound = { round, instructions, text, scores, misses, error, withinTolerance };
    rounds.push(record);
    options.onRound?.(record);
    if (withinTolerance) {
      stoppedBy = 'tolerance';
      break;
    }
    requested = new Map(misses.map((miss) => [key(miss.ref), nextRequest(miss, rounds)]));
    feedback = feedbackLines({ misses, targets, tolerance, panel: options.panel });
  }
  if (rounds.length === 0)
    throw new ValueflowError({ code: 'budget-exceeded', message: 'The budget allowed no steering round' });
  const best = rounds.reduce((winner, round) => (round.error < winner.error ? round : winner));
  return { best, rounds, stoppedBy, cost };
}
