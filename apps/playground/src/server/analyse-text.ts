import { defaultCatalogue, type ValueScore } from '@valueflow/core';
import type { AnalyseResponse, ScoreView } from '../shared/api-types';
import type { PlaygroundContext } from './create-playground-context';
import { expectObject, requireText } from './request-fields';

function scoreView(score: ValueScore): ScoreView {
  return {
    theory: score.ref.theory,
    value: score.ref.value,
    name: defaultCatalogue.definition(score.ref).name,
    intensity: score.intensity,
    interval: score.interval,
    level: score.level,
    // An anchor met in several windows is listed once per side it ended up on.
    anchors: [...new Map(score.evidence.map((anchor) => [`${anchor.id}/${anchor.relation}`, anchor])).values()]
      .sort((left, right) => right.intensity - left.intensity)
      .map(({ id, text, intensity, relation }) => ({ id, text, intensity, relation })),
    windows: score.windows,
    dropped: score.dropped.length,
    notices: score.notices ?? [],
  };
}

/**
 * `POST /api/analyse`: the value profile of a text over every value of the reference panel (the 32 mid-level
 * values with the seed panel), each with its interval and the anchors it was ranked against.
 *
 * @param options.context - The playground's evaluator and status.
 * @param options.body - `{ text }`.
 * @param options.signal - Aborted when the page goes away; pending judge calls stop.
 * @returns The profile, in catalogue order, with the judge, panel and method that produced it.
 * @throws InvalidArgumentError for a missing or blank text; AbortedError on abort.
 */
export async function analyseText(options: {
  context: PlaygroundContext;
  body: unknown;
  signal?: AbortSignal;
}): Promise<AnalyseResponse> {
  const text = requireText(expectObject(options.body), 'text');
  const { evaluator, status } = options.context;
  const started = performance.now();
  const profile = await evaluator.profile({ text, signal: options.signal });
  return {
    judge: profile.scores[0]?.judge ?? status.judge.id,
    simulated: status.judge.kind === 'simulated',
    panel: profile.scores[0]?.panel ?? status.panel.hash,
    method: evaluator.method,
    judgeCalls: profile.judgeCalls,
    durationMs: Math.round(performance.now() - started),
    scores: profile.scores.map(scoreView),
    skipped: profile.skipped.map((entry) => ({ ...entry.ref, reason: entry.reason })),
  };
}
