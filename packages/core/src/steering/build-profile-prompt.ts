import type { ValueDefinition } from '../theories/types';
import { valueDescription } from './stance-phrase';

/** One value of a profile with a score normalised to [-1, 1]. */
export interface ProfileEntry {
  value: ValueDefinition;
  score: number;
}

/** The five priority bins of method.md §7.2, lowest first. */
const BINS: { below: number; phrase: string; label: 'very low' | 'low' | 'medium' | 'high' | 'very high' }[] = [
  { below: -0.6, phrase: 'You give very little weight to', label: 'very low' },
  { below: -0.2, phrase: 'You give little weight to', label: 'low' },
  { below: 0.2, phrase: 'You give moderate weight to', label: 'medium' },
  { below: 0.6, phrase: 'You give high priority to', label: 'high' },
  { below: Infinity, phrase: 'You give the highest priority to', label: 'very high' },
];

/** The bin of a normalised score: very low [−1, −0.6), low, medium [−0.2, 0.2), high, very high [0.6, 1]. */
export function profileBin(score: number): (typeof BINS)[number]['label'] {
  return BINS.find((bin) => score < bin.below)!.label;
}

/**
 * Turns a value profile into prompt lines, one per value, introduced by a graded priority phrase.
 *
 * With `count`, keeps the ⌈count/2⌉ highest and ⌊count/2⌋ lowest scores, as the paper's profile prompts do.
 *
 * @param options.entries values with scores in [-1, 1] (divide intensities by 10)
 * @param options.count how many lines to keep (default: all)
 * @param options.opening a first line, e.g. the group the profile belongs to
 */
export function buildProfilePrompt(options: { entries: ProfileEntry[]; count?: number; opening?: string }): string {
  const sorted = [...options.entries].sort((left, right) => right.score - left.score);
  const count = Math.min(options.count ?? sorted.length, sorted.length);
  const kept =
    count >= sorted.length
      ? sorted
      : [...sorted.slice(0, Math.ceil(count / 2)), ...sorted.slice(sorted.length - Math.floor(count / 2))];
  const lines = kept.map((entry) => {
    const clamped = Math.max(-1, Math.min(1, entry.score));
    const bin = BINS.find((candidate) => clamped < candidate.below)!;
    return `- ${bin.phrase} ${valueDescription(entry.value)}.`;
  });
  return [
    options.opening ?? 'Your values, by priority:',
    ...lines,
    'Answer in a way that is consistent with these priorities.',
  ].join('\n');
}
