import { defaultCatalogue, type ValueProfile, type ValueRef } from '@valueflow/core';

const rounded = (value: number) => Math.round(value * 100) / 100;

/** Who scored a profile against what; the same for every text of a run. */
export interface ProfileMeta {
  judge: string;
  panel: string;
  method: string;
}

/** One value of a profile as the charts draw it, in catalogue order. */
export interface ProfileRow extends ValueRef {
  intensity: number | null;
  interval: [number, number] | null;
  /** `unscored`: every window was dropped; `irrelevant` / `budget`: skipped before any judge call. */
  status: 'scored' | 'unscored' | 'irrelevant' | 'budget';
  relevance?: number;
  /** Why a value is unscored, when known. */
  reason?: string;
}

const catalogueOrder = new Map(
  defaultCatalogue.values().map((value, index) => [`${value.theory}/${value.value}`, index]),
);
const orderOf = (ref: ValueRef) => catalogueOrder.get(`${ref.theory}/${ref.value}`) ?? Number.MAX_SAFE_INTEGER;

/**
 * The rows of a profile, scored and skipped alike, in catalogue order (theory by theory).
 *
 * @param profile - What `evaluator.profile` returned.
 */
export function profileRows(profile: ValueProfile): ProfileRow[] {
  const rows: ProfileRow[] = [
    ...profile.scores.map((score) => ({
      theory: score.ref.theory,
      value: score.ref.value,
      intensity: score.intensity,
      interval: score.interval,
      status: score.intensity === null ? ('unscored' as const) : ('scored' as const),
      relevance: score.relevance,
      reason: score.intensity === null ? (score.dropped[0]?.reason ?? 'no usable answer') : undefined,
    })),
    ...profile.skipped.map((skipped) => ({
      theory: skipped.ref.theory,
      value: skipped.ref.value,
      intensity: null,
      interval: null,
      status: skipped.reason,
      relevance: skipped.relevance,
    })),
  ];
  return rows.sort((left, right) => orderOf(left) - orderOf(right));
}

/**
 * The documented JSON of one profile (one line per text for `--in`):
 * `{id?, scores:[{theory,value,intensity,interval,level,windows,judgeCalls,relevance?,dropped?,notices?}],
 * skipped:[{theory,value,reason,relevance?}], missing:[{theory,value}], judgeCalls, usage, judge, panel, method}`.
 *
 * @param options.profile - The profile.
 * @param options.meta - Judge, panel and method of the run.
 * @param options.missing - Values in scope the panel has no texts for.
 * @param options.id - The input line's id, for batches.
 */
export function profileJson(options: {
  profile: ValueProfile;
  meta: ProfileMeta;
  missing: readonly ValueRef[];
  id?: string | number;
}) {
  const { profile, meta } = options;
  return {
    ...(options.id === undefined ? {} : { id: options.id }),
    scores: profile.scores.map((score) => ({
      theory: score.ref.theory,
      value: score.ref.value,
      intensity: score.intensity === null ? null : rounded(score.intensity),
      interval: score.interval ? score.interval.map(rounded) : null,
      level: score.level,
      windows: score.windows,
      judgeCalls: score.judgeCalls,
      ...(score.relevance === undefined ? {} : { relevance: rounded(score.relevance) }),
      ...(score.dropped.length > 0 ? { dropped: score.dropped.map((entry) => entry.reason) } : {}),
      ...(score.notices && score.notices.length > 0 ? { notices: score.notices } : {}),
    })),
    skipped: profile.skipped.map((skipped) => ({
      theory: skipped.ref.theory,
      value: skipped.ref.value,
      reason: skipped.reason,
      ...(skipped.relevance === undefined ? {} : { relevance: rounded(skipped.relevance) }),
    })),
    missing: options.missing.map((ref) => ({ theory: ref.theory, value: ref.value })),
    judgeCalls: profile.judgeCalls,
    usage: profile.usage,
    ...meta,
  };
}
