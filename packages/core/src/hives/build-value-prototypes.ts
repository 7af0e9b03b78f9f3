import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueRef } from '../theories/types';
import type { VidbRecord } from '../vidb/types';
import { fitLogistic, type LogisticSample } from './fit-logistic';
import { relativeSimilarities } from './relative-similarities';
import type { ValuePrototype } from './value-space-types';
import { addScaled, dot, normalised } from './vector-math';

interface ValueGroup {
  ref: ValueRef;
  records: readonly VidbRecord[];
  /** Unit embeddings of the catalogue's texts about the value (may be empty). */
  evidence: readonly Float32Array[];
}

interface Sums {
  sum: Float64Array;
  weights: number[];
}

function weightedSum(options: { units: Float32Array[]; weights: number[]; dimensions: number }): Float64Array {
  const sum = new Float64Array(options.dimensions);
  options.units.forEach((vector, index) => {
    addScaled({ target: sum, vector, weight: options.weights[index] });
  });
  return sum;
}

function meanOf(units: Float32Array[], dimensions: number): Float64Array {
  const sum = weightedSum({ units, weights: units.map(() => 1), dimensions });
  if (units.length > 0) for (let index = 0; index < dimensions; index += 1) sum[index] /= units.length;
  return sum;
}

// Weighted by |intensity| so strongly graded texts shape the prototype more than near-neutral ones;
// a value whose records are all graded 0 falls back to equal weights.
function prototypeSums(records: readonly VidbRecord[], units: Float32Array[], dimensions: number): Sums {
  let weights = records.map((record) => Math.abs(record.intensity));
  if (weights.every((weight) => weight === 0)) weights = records.map(() => 1);
  return { sum: weightedSum({ units, weights, dimensions }), weights };
}

/**
 * Similarity of each own record to the prototype built without it, so the relevance model is not
 * fitted on similarities that each positive inflated itself.
 */
function leaveOneOutSimilarities(sums: Sums, units: Float32Array[]): number[] {
  const sum = Float32Array.from(sums.sum);
  const squaredLength = dot(sum, sum);
  return units.map((unit, index) => {
    if (units.length === 1) return 1;
    const weight = sums.weights[index];
    const projection = dot(sum, unit);
    const rest = squaredLength - 2 * weight * projection + weight * weight;
    return rest > 1e-12 ? (projection - weight) / Math.sqrt(rest) : 0;
  });
}

interface Built {
  ref: ValueRef;
  prototype: Float32Array;
  axis: Float32Array;
  ownSimilarities: number[];
  positiveIndices: number[];
  records: number;
}

/**
 * Adds the catalogue evidence to the records' weighted sum: the evidence's mean direction, scaled
 * to `evidenceWeight` × the length of the sum, so the weight means the same for a value with 20
 * records and one with 200. Records stay what leave-one-out removes.
 */
function withEvidence(options: { sums: Sums; evidence: readonly Float32Array[]; evidenceWeight: number }): Sums {
  const { sums, evidence, evidenceWeight } = options;
  if (evidence.length === 0 || evidenceWeight === 0) return sums;
  const direction = normalised(Float32Array.from(meanOf([...evidence], sums.sum.length)));
  const length = Math.sqrt(dot(Float32Array.from(sums.sum), Float32Array.from(sums.sum)));
  const sum = Float64Array.from(sums.sum);
  addScaled({ target: sum, vector: direction, weight: evidenceWeight * length });
  return { sum, weights: sums.weights };
}

function buildPrototype(options: {
  group: ValueGroup;
  units: Float32Array[];
  minimumPositiveIntensity: number;
  evidenceWeight: number;
  dimensions: number;
}): Built {
  const { group, units, dimensions } = options;
  const sums = withEvidence({
    sums: prototypeSums(group.records, units, dimensions),
    evidence: group.evidence,
    evidenceWeight: options.evidenceWeight,
  });
  const supporting = units.filter((_, index) => group.records[index].intensity > 0);
  const opposing = units.filter((_, index) => group.records[index].intensity < 0);
  const axis = new Float32Array(dimensions);
  if (supporting.length > 0 && opposing.length > 0) {
    const plus = meanOf(supporting, dimensions);
    const minus = meanOf(opposing, dimensions);
    for (let index = 0; index < dimensions; index += 1) axis[index] = plus[index] - minus[index];
  }
  let positiveIndices = group.records.flatMap((record, index) =>
    Math.abs(record.intensity) >= options.minimumPositiveIntensity ? [index] : [],
  );
  if (positiveIndices.length === 0) positiveIndices = group.records.map((_, index) => index);
  return {
    ref: { ...group.ref },
    prototype: normalised(Float32Array.from(sums.sum)),
    axis,
    ownSimilarities: leaveOneOutSimilarities(sums, units),
    positiveIndices,
    records: group.records.length,
  };
}

/**
 * Builds the prototype, polarity axis and relevance model of every value group. The relevance
 * models read relative similarities ({@link relativeSimilarities}): every panel text is compared
 * with all prototypes at once, its own value's prototype built without it (leave-one-out), so the
 * training scores look like the scores of a text the space has never seen.
 *
 * @param options.groups - The panel's values with their records.
 * @param options.unitOf - Unit embedding of a text.
 * @param options.neutral - Unit embeddings of neutral texts (negatives for every value).
 * @param options.minimumPositiveIntensity - |intensity| from which an own record is a positive.
 * @param options.evidenceWeight - Weight of the catalogue evidence against the records (0: none).
 * @throws InvalidArgumentError when no value has negatives (one value and no neutral texts).
 */
export function buildValuePrototypes(options: {
  groups: readonly ValueGroup[];
  unitOf: (text: string) => Float32Array;
  neutral: readonly Float32Array[];
  minimumPositiveIntensity: number;
  evidenceWeight: number;
  dimensions: number;
}): ValuePrototype[] {
  const unitsByGroup = options.groups.map((group) => group.records.map((record) => options.unitOf(record.text)));
  if (options.groups.length < 2 && options.neutral.length === 0) {
    throw new InvalidArgumentError({
      argument: 'panel',
      message: 'a value space needs records of at least two values, or neutral texts, to fit relevance models.',
    });
  }
  const built = options.groups.map((group, groupIndex) =>
    buildPrototype({
      group,
      units: unitsByGroup[groupIndex],
      minimumPositiveIntensity: options.minimumPositiveIntensity,
      evidenceWeight: options.evidenceWeight,
      dimensions: options.dimensions,
    }),
  );
  // Relative similarities of every record (own value leave-one-out) and every neutral text.
  const relativeOf = (unit: Float32Array, own?: { group: number; record: number }) =>
    relativeSimilarities(
      built.map((entry, index) =>
        index === own?.group ? entry.ownSimilarities[own.record] : dot(entry.prototype, unit),
      ),
    );
  const scored = [
    ...unitsByGroup.flatMap((units, group) =>
      units.map((unit, record) => ({ group, record, scores: relativeOf(unit, { group, record }) })),
    ),
    ...options.neutral.map((unit) => ({ group: -1, record: -1, scores: relativeOf(unit) })),
  ];
  return built.map((entry, groupIndex) => {
    const positives = new Set(entry.positiveIndices);
    const negatives = scored.filter((item) => item.group !== groupIndex);
    // Class-balanced weights: relevance 0.5 means "as likely this value's text as not" under equal
    // priors, which keeps the evaluator's default gate (0.5) meaningful for small and large panels.
    const samples: LogisticSample[] = [
      ...scored
        .filter((item) => item.group === groupIndex && positives.has(item.record))
        .map((item) => ({ x: item.scores[groupIndex], y: 1 as const, weight: 1 / positives.size })),
      ...negatives.map((item) => ({ x: item.scores[groupIndex], y: 0 as const, weight: 1 / negatives.length })),
    ];
    return {
      ref: entry.ref,
      prototype: entry.prototype,
      axis: entry.axis,
      axisStrength: Math.sqrt(dot(entry.axis, entry.axis)),
      relevanceModel: fitLogistic({ samples }),
      records: entry.records,
      positives: positives.size,
    };
  });
}
