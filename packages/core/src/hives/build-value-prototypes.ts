import { InvalidArgumentError } from '../errors/invalid-argument-error';
import type { ValueRef } from '../theories/types';
import type { VidbRecord } from '../vidb/types';
import { fitLogistic, type LogisticSample } from './fit-logistic';
import type { ValuePrototype } from './value-space-types';
import { addScaled, dot, normalised } from './vector-math';

interface ValueGroup {
  ref: ValueRef;
  records: readonly VidbRecord[];
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

/**
 * Builds the prototype, polarity axis and relevance model of every value group.
 *
 * @param options.groups - The panel's values with their records.
 * @param options.unitOf - Unit embedding of a text.
 * @param options.neutral - Unit embeddings of neutral texts (negatives for every value).
 * @param options.minimumPositiveIntensity - |intensity| from which an own record is a positive.
 * @throws InvalidArgumentError when no value has negatives (one value and no neutral texts).
 */
export function buildValuePrototypes(options: {
  groups: readonly ValueGroup[];
  unitOf: (text: string) => Float32Array;
  neutral: readonly Float32Array[];
  minimumPositiveIntensity: number;
  dimensions: number;
}): ValuePrototype[] {
  const { dimensions } = options;
  const unitsByGroup = options.groups.map((group) => group.records.map((record) => options.unitOf(record.text)));
  if (options.groups.length < 2 && options.neutral.length === 0) {
    throw new InvalidArgumentError({
      argument: 'panel',
      message: 'a value space needs records of at least two values, or neutral texts, to fit relevance models.',
    });
  }
  return options.groups.map((group, groupIndex) => {
    const units = unitsByGroup[groupIndex];
    const sums = prototypeSums(group.records, units, dimensions);
    const prototype = normalised(Float32Array.from(sums.sum));
    const supporting = units.filter((_, index) => group.records[index].intensity > 0);
    const opposing = units.filter((_, index) => group.records[index].intensity < 0);
    const axis = new Float32Array(dimensions);
    if (supporting.length > 0 && opposing.length > 0) {
      const plus = meanOf(supporting, dimensions);
      const minus = meanOf(opposing, dimensions);
      for (let index = 0; index < dimensions; index += 1) axis[index] = plus[index] - minus[index];
    }
    const ownSimilarities = leaveOneOutSimilarities(sums, units);
    let positiveIndices = group.records.flatMap((record, index) =>
      Math.abs(record.intensity) >= options.minimumPositiveIntensity ? [index] : [],
    );
    if (positiveIndices.length === 0) positiveIndices = group.records.map((_, index) => index);
    const negatives = [...unitsByGroup.filter((_, index) => index !== groupIndex).flat(), ...options.neutral];
    // Class-balanced weights: relevance 0.5 means "as likely this value's text as not" under equal
    // priors, which keeps the evaluator's default gate (0.5) meaningful for small and large panels.
    const samples: LogisticSample[] = [
      ...positiveIndices.map((index) => ({
        x: ownSimilarities[index],
        y: 1 as const,
        weight: 1 / positiveIndices.length,
      })),
      ...negatives.map((unit) => ({ x: dot(prototype, unit), y: 0 as const, weight: 1 / negatives.length })),
    ];
    return {
      ref: { ...group.ref },
      prototype,
      axis,
      axisStrength: Math.sqrt(dot(axis, axis)),
      relevanceModel: fitLogistic({ samples }),
      records: group.records.length,
      positives: positiveIndices.length,
    };
  });
}
