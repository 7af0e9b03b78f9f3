import { createSeededRandom } from '../ranking/seeded-random';
import type { ValueDefinition } from '../theories/types';
import type { VidbRecord } from '../vidb/types';
import { type CallBudget, type CallLedger, callJudge, type JudgeCallSettings } from './call-judge';
import type { AnchorSampler, IntensityBelief } from './anchor-sampler';
import { type AbortSignalLike, linkedController } from './abortable';
import { hashSeed } from './hash-seed';

/** A usable window: the anchors in the judge's order and where the text landed among them. */
export interface JudgedWindow {
  /** Anchors, most supportive first, the text removed. */
  anchors: VidbRecord[];
  /** Number of anchors the judge placed above the text. */
  position: number;
}

/** A window that could not be used, with the judge's raw answer when there was one. */
export interface DroppedWindow {
  reason: string;
  raw?: string;
}

/** What one window produced. */
export type WindowOutcome =
  | { window: JudgedWindow; anchors: readonly VidbRecord[] }
  | { dropped: DroppedWindow; anchors: readonly VidbRecord[] };

/**
 * Why `order` is not a permutation of 0..size-1, or undefined when it is.
 *
 * @param order - the judge's answer.
 * @param size - number of texts in the window.
 */
export function describeBadOrder(order: unknown, size: number): string | undefined {
  if (!Array.isArray(order)) return `expected an array of ${size} indices, got ${typeof order}`;
  if (order.length !== size)
    return `expected a permutation of ${size} indices, got ${order.length}: [${order.join(', ')}]`;
  const seen = new Set<number>();
  for (const index of order) {
    if (!Number.isInteger(index) || index < 0 || index >= size) {
      return `index ${String(index)} is outside 0..${size - 1}: [${order.join(', ')}]`;
    }
    if (seen.has(index)) return `index ${index} appears twice: [${order.join(', ')}]`;
    seen.add(index);
  }
  return undefined;
}

/**
 * Builds, judges and maps back one window: the sampler picks the anchors, the window's own seeded
 * generator shuffles the text in among them (so the text's position is random, never always first),
 * the judge orders the texts, and the answer is checked to be a permutation before it is mapped
 * back to anchors above and below the text.
 *
 * @param options.seed - the (text, value) seed; the window index is folded in.
 * @returns the judged window or the reason it was dropped, plus the anchors that were shown.
 * @throws AbortedError when the signal fires; whatever the sampler throws (configuration errors).
 */
export async function judgeWindow(options: {
  index: number;
  seed: number;
  text: string;
  value: ValueDefinition;
  records: readonly VidbRecord[];
  panel: string;
  k: number;
  sampler: AnchorSampler;
  belief: IntensityBelief;
  usedAnchorIds: ReadonlySet<string>;
  settings: JudgeCallSettings;
  ledger: CallLedger;
  budget?: CallBudget;
  signal?: AbortSignalLike;
}): Promise<WindowOutcome> {
  const random = createSeededRandom(hashSeed([options.seed, 'window', options.index]));
  // Samplers may call an embedder, which wants a real AbortSignal; it lives only while sampling.
  const sampling = options.signal ? linkedController(options.signal) : undefined;
  let anchors: readonly VidbRecord[];
  try {
    anchors = await options.sampler.sample({
      records: options.records,
      k: options.k,
      window: options.index,
      random,
      panel: options.panel,
      text: options.text,
      value: options.value,
      belief: options.belief,
      usedAnchorIds: options.usedAnchorIds,
      signal: sampling?.controller.signal,
    });
  } finally {
    sampling?.dispose();
  }
  if (anchors.length === 0) return { dropped: { reason: 'the sampler returned no anchors' }, anchors };
  // Slot -1 is the text under evaluation; the shuffle decides where it and each anchor appear.
  const slots = random.shuffle([-1, ...anchors.map((_, index) => index)]);
  const texts = slots.map((slot) => (slot === -1 ? options.text : anchors[slot].text));
  const outcome = await callJudge({
    settings: options.settings,
    request: { value: options.value, texts },
    random,
    ledger: options.ledger,
    budget: options.budget,
    signal: options.signal,
  });
  if ('failure' in outcome) return { dropped: { reason: outcome.failure, raw: outcome.raw }, anchors };
  const { order, raw } = outcome.result;
  const problem = describeBadOrder(order, texts.length);
  if (problem) return { dropped: { reason: `unusable order: ${problem}`, raw }, anchors };
  const ranked = order.map((index) => slots[index]);
  const position = ranked.indexOf(-1);
  return {
    window: { anchors: ranked.filter((slot) => slot !== -1).map((slot) => anchors[slot]), position },
    anchors,
  };
}
