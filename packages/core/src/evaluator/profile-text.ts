import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueDefinition, ValueRef } from '../theories/types';
import type { ValueCatalogue } from '../theories/value-catalogue';
import { createCancellation, raceAbort, throwIfAborted } from './abortable';
import type { CallBudget } from './call-judge';
import type { ProfileRequest, SkippedValue, ValueProfile } from './evaluator-options';
import { type EvaluatorContext, scoreValue } from './score-value';
import type { Usage } from './types';

function resolveValues(options: {
  context: EvaluatorContext;
  catalogue: ValueCatalogue;
  values?: Array<string | ValueRef>;
}): ValueDefinition[] {
  const { context, catalogue, values } = options;
  const resolved = values
    ? values.map((entry) => (typeof entry === 'string' ? catalogue.resolve(entry) : catalogue.definition(entry)))
    : catalogue.values({ midLevelOnly: true }).filter((value) => context.panel.records(value).length > 0);
  const seen = new Set<string>();
  return resolved.filter((value) => {
    const key = `${value.theory}/${value.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function relevanceOf(scores: Record<string, number>, value: ValueDefinition): number {
  const found = scores[value.value] ?? scores[`${value.theory}/${value.value}`];
  if (found === undefined) return 0;
  if (typeof found !== 'number' || !Number.isFinite(found)) {
    throw new InvalidArgumentError({
      argument: 'relevance',
      message: `the relevance gate returned ${String(found)} for "${value.value}"; expected a number in [0, 1].`,
    });
  }
  return found;
}

/**
 * Scores one text on several values (method.md §7 profiles). A relevance gate, when given, skips
 * values below the threshold before any judge call; a budget keeps the most relevant values whose
 * planned windows fit and caps the attempts actually made (retries included). Every value that is
 * not scored is listed in `skipped` with its reason.
 *
 * @param options.context - the evaluator's shared state.
 * @param options.catalogue - resolves value names.
 * @param options.request - text, values, gate, threshold, budget, signal.
 * @throws InvalidArgumentError for a bad threshold, budget or relevance answer; UnknownValueError
 *   for a value name that does not resolve; AbortedError on abort.
 */
export async function profileText(options: {
  context: EvaluatorContext;
  catalogue: ValueCatalogue;
  request: ProfileRequest;
}): Promise<ValueProfile> {
  const { context, catalogue, request } = options;
  const { signal } = request;
  throwIfAborted(signal, 'profile');
  const threshold = request.relevanceThreshold ?? 0.5;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new InvalidArgumentError({ argument: 'relevanceThreshold', message: `expected [0, 1], got ${threshold}.` });
  }
  if (request.budget !== undefined && !(Number.isInteger(request.budget) && request.budget >= 0)) {
    throw new InvalidArgumentError({ argument: 'budget', message: `expected an integer ≥ 0, got ${request.budget}.` });
  }
  const values = resolveValues({ context, catalogue, values: request.values });
  const relevance = request.relevance
    ? await raceAbort(request.relevance(request.text), { signal, operation: 'profile' })
    : undefined;

  const skipped: SkippedValue[] = [];
  let candidates = values.map((value) => ({ value, relevance: relevance ? relevanceOf(relevance, value) : undefined }));
  if (relevance) {
    for (const candidate of candidates) {
      if ((candidate.relevance as number) < threshold) {
        skipped.push({ ref: refOf(candidate.value), reason: 'irrelevant', relevance: candidate.relevance });
      }
    }
    candidates = candidates.filter((candidate) => (candidate.relevance as number) >= threshold);
  }
  let budget: CallBudget | undefined;
  if (request.budget !== undefined) {
    budget = { remaining: request.budget };
    const byRelevance = [...candidates].sort((left, right) => (right.relevance ?? 0) - (left.relevance ?? 0));
    let planned = 0;
    const kept = new Set<(typeof candidates)[number]>();
    for (const candidate of byRelevance) {
      if (planned + context.windows <= request.budget) {
        planned += context.windows;
        kept.add(candidate);
      } else {
        skipped.push({ ref: refOf(candidate.value), reason: 'budget', relevance: candidate.relevance });
      }
    }
    candidates = candidates.filter((candidate) => kept.has(candidate));
  }

  const cancellation = createCancellation(signal);
  const scoring = signal ? cancellation.signal : undefined;
  const scores = await Promise.all(
    candidates.map(async ({ value, relevance: valueRelevance }) => {
      const score = await scoreValue({ context, value, text: request.text, budget, signal: scoring });
      return valueRelevance === undefined ? score : { ...score, relevance: valueRelevance };
    }),
  ).finally(() => cancellation.dispose());
  const usage: Usage = {};
  let judgeCalls = 0;
  for (const score of scores) {
    if (score.cached) continue;
    judgeCalls += score.judgeCalls;
    if (score.usage.inputTokens !== undefined) usage.inputTokens = (usage.inputTokens ?? 0) + score.usage.inputTokens;
    if (score.usage.outputTokens !== undefined) {
      usage.outputTokens = (usage.outputTokens ?? 0) + score.usage.outputTokens;
    }
  }
  return { scores, skipped, judgeCalls, usage };
}

function refOf(value: ValueDefinition): ValueRef {
  return { theory: value.theory, value: value.value };
}
