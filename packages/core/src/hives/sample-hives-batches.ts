import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { SeededRandom } from '../ranking/seeded-random';
import type { HivesLabel } from './hives-label';

/** Draws `count` distinct items of `pool` (partial Fisher–Yates on a copy); all of them if fewer. */
function drawDistinct(pool: readonly number[], count: number, random: SeededRandom): number[] {
  if (pool.length <= count) return [...pool];
  const copy = [...pool];
  for (let slot = 0; slot < count; slot += 1) {
    const pick = slot + random.int(copy.length - slot);
    [copy[slot], copy[pick]] = [copy[pick], copy[slot]];
  }
  return copy.slice(0, count);
}

const groupKey = (label: HivesLabel) => JSON.stringify([label.theory, ...label.levels, label.direction]);

/**
 * One epoch of the HiVES Stage-1 batch sampler (method.md §3.3): every text, in shuffled order,
 * serves once as the anchor of its own batch. Texts are grouped by (theory, levels, direction); a
 * batch holds the anchor, up to `positives` other members of its group, and negatives drawn from
 * the *other* groups of the same theory until the batch is full, so every batch is single-theory.
 * Anchors whose group has no other member are skipped.
 *
 * @param options.labels - One label per text.
 * @param options.batchSize - Texts per batch, at least 2 (the reference uses 32).
 * @param options.positives - Positives per anchor (the reference uses 4).
 * @param options.random - Seeded source; the same state gives the same batches.
 * @returns Batches of text indices, anchor first, then its positives, then the negatives.
 * @throws InvalidArgumentError when `batchSize` < 2 or `positives` is not a positive integer below it.
 */
export function sampleHivesBatches(options: {
  labels: readonly HivesLabel[];
  batchSize: number;
  positives: number;
  random: SeededRandom;
}): number[][] {
  const { labels, batchSize, positives, random } = options;
  if (!Number.isInteger(batchSize) || batchSize < 2) {
    throw new InvalidArgumentError({ argument: 'batchSize', message: `expected an integer ≥ 2, got ${batchSize}.` });
  }
  if (!Number.isInteger(positives) || positives < 1 || positives >= batchSize) {
    throw new InvalidArgumentError({
      argument: 'positives',
      message: `expected an integer from 1 to ${batchSize - 1} (batch size − 1), got ${positives}.`,
    });
  }
  const keys = labels.map(groupKey);
  const groups = new Map<string, number[]>();
  const theories = new Map<string, number[]>();
  labels.forEach((label, index) => {
    if (!groups.has(keys[index])) groups.set(keys[index], []);
    if (!theories.has(label.theory)) theories.set(label.theory, []);
    groups.get(keys[index])!.push(index);
    theories.get(label.theory)!.push(index);
  });
  // Negative pools depend only on the group, so they are built once per group.
  const negativePools = new Map<string, number[]>();
  for (const [key, members] of groups) {
    const theory = labels[members[0]].theory;
    negativePools.set(
      key,
      theories.get(theory)!.filter((index) => keys[index] !== key),
    );
  }
  const batches: number[][] = [];
  for (const anchor of random.shuffle(labels.map((_, index) => index))) {
    const key = keys[anchor];
    const members = groups.get(key)!;
    if (members.length < 2) continue;
    const chosen = drawDistinct(
      members.filter((index) => index !== anchor),
      positives,
      random,
    );
    const negatives = drawDistinct(negativePools.get(key)!, batchSize - 1 - chosen.length, random);
    batches.push([anchor, ...chosen, ...negatives]);
  }
  return batches;
}
