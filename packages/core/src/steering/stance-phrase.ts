import type { ValueDefinition } from '../theories/types';

const PERSONA_OPENING = 'You value ';

/** Graded openings that replace the persona's "You value", strongest support first. */
const GRADES: { from: number; opening: string }[] = [
  { from: 8.5, opening: 'Above almost everything else, you value' },
  { from: 6, opening: 'You strongly value' },
  { from: 3, opening: 'You clearly value' },
  { from: 1, opening: 'You mildly value' },
  { from: -1, opening: '' },
  { from: -3, opening: 'You are mildly wary of' },
  { from: -6, opening: 'You clearly reject' },
  { from: -8.5, opening: 'You strongly reject' },
  { from: -Infinity, opening: 'You utterly reject and work against' },
];

/** What the persona says the value is about, without its opening ("looking after …"). */
export function valueDescription(value: ValueDefinition): string {
  const persona =
    value.persona ?? `${PERSONA_OPENING}${value.definition.charAt(0).toLowerCase()}${value.definition.slice(1)}`;
  const body = persona.startsWith(PERSONA_OPENING) ? persona.slice(PERSONA_OPENING.length) : persona;
  return body.replace(/[.\s]+$/, '');
}

/**
 * One second-person sentence stating how strongly the reader holds a value, for any intensity in [-10, 10].
 *
 * Near zero the sentence is explicitly neutral rather than the plain persona, which would endorse the value
 * (the reference code's level 0 has that flaw; see method.md §6.2).
 */
export function stanceSentence(value: ValueDefinition, intensity: number): string {
  const description = valueDescription(value);
  const grade = GRADES.find((entry) => intensity >= entry.from)!;
  if (grade.opening === '') {
    return `You are neutral about ${description}: let it neither guide nor colour your answer.`;
  }
  return `${grade.opening} ${description}.`;
}
