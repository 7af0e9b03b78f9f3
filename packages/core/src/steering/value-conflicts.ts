import type { ValueRef } from '../theories/types';
import type { ResolvedTarget } from './steering-target';

/** Two targets that pull against each other. */
export interface ValueConflict {
  values: [ValueRef, ValueRef];
  /** `opposed`: values that compete, both pushed the same way; `compatible`: values that go together, pushed apart. */
  relation: 'opposed' | 'compatible';
  reason: string;
  /** The target expected to win: the paper found the strongest (and the positive) target dominates. */
  dominant: ValueRef;
}

// The twelve mid-level Schwartz values in their order around the refined motivational circle.
const SCHWARTZ_CIRCLE = [
  'self-direction',
  'stimulation',
  'hedonism',
  'achievement',
  'power',
  'face',
  'security',
  'tradition',
  'conformity',
  'humility',
  'benevolence',
  'universalism',
];

// Tensions outside the circle's geometry, across theories; each is documented in the values' definitions.
const KNOWN_OPPOSED: [string, string][] = [
  ['conformity', 'hedonism'],
  ['self-direction', 'conformity'],
  ['achievement', 'universalism'],
  ['liberty-oppression', 'authority-subversion'],
  ['self-direction', 'authority-subversion'],
  ['power', 'care-harm'],
  ['power', 'fairness-cheating'],
  ['power', 'justice'],
  ['power', 'non-maleficence'],
  ['hedonism', 'sanctity-degradation'],
  ['hedonism', 'self-improvement'],
  ['stimulation', 'security'],
];

const KNOWN_COMPATIBLE: [string, string][] = [
  ['benevolence', 'care-harm'],
  ['benevolence', 'beneficence'],
  ['universalism', 'social-group-solidarity-rights'],
  ['care-harm', 'non-maleficence'],
  ['fairness-cheating', 'justice'],
  ['loyalty-betrayal', 'fidelity'],
  ['authority-subversion', 'conformity'],
  ['authority-subversion', 'tradition'],
  ['sanctity-degradation', 'tradition'],
  ['liberty-oppression', 'self-direction'],
  ['liberty-oppression', 'political-rights'],
];

function circleDistance(left: string, right: string): number | undefined {
  const a = SCHWARTZ_CIRCLE.indexOf(left);
  const b = SCHWARTZ_CIRCLE.indexOf(right);
  if (a < 0 || b < 0) return undefined;
  const distance = Math.abs(a - b);
  return Math.min(distance, SCHWARTZ_CIRCLE.length - distance);
}

const listed = (pairs: [string, string][], left: string, right: string) =>
  pairs.some(([a, b]) => (a === left && b === right) || (a === right && b === left));

function relationOf(left: string, right: string): { relation: 'opposed' | 'compatible'; reason: string } | undefined {
  const distance = circleDistance(left, right);
  if (distance !== undefined && distance >= 5)
    return { relation: 'opposed', reason: 'opposite sides of the Schwartz circle' };
  if (listed(KNOWN_OPPOSED, left, right)) return { relation: 'opposed', reason: 'a known value conflict' };
  if (distance !== undefined && distance <= 1)
    return { relation: 'compatible', reason: 'neighbours on the Schwartz circle' };
  if (listed(KNOWN_COMPATIBLE, left, right))
    return { relation: 'compatible', reason: 'values that usually go together' };
  return undefined;
}

function dominantOf(left: ResolvedTarget, right: ResolvedTarget): ResolvedTarget {
  const strength = (target: ResolvedTarget) => Math.abs(target.intensity) + (target.intensity > 0 ? 0.5 : 0);
  return strength(left) >= strength(right) ? left : right;
}

/**
 * Finds targets that pull against each other: competing values pushed the same way (both up, or both down),
 * and companion values pushed apart. Weak targets (|I| < 3, "don't care") never conflict.
 */
export function findValueConflicts(targets: ResolvedTarget[]): ValueConflict[] {
  const conflicts: ValueConflict[] = [];
  for (let first = 0; first < targets.length; first += 1) {
    for (let second = first + 1; second < targets.length; second += 1) {
      const left = targets[first];
      const right = targets[second];
      if (Math.abs(left.intensity) < 3 || Math.abs(right.intensity) < 3) continue;
      const relation = relationOf(left.value.value, right.value.value);
      if (!relation) continue;
      const sameSide = Math.sign(left.intensity) === Math.sign(right.intensity);
      if ((relation.relation === 'opposed') !== sameSide) continue;
      const dominant = dominantOf(left, right);
      conflicts.push({
        values: [
          { theory: left.value.theory, value: left.value.value },
          { theory: right.value.theory, value: right.value.value },
        ],
        relation: relation.relation,
        reason: `${left.value.name} and ${right.value.name}: ${relation.reason}, targeted ${sameSide ? 'the same way' : 'in opposite directions'}`,
        dominant: { theory: dominant.value.theory, value: dominant.value.value },
      });
    }
  }
  return conflicts;
}
