import type { IntensityLevel } from '../evaluator/types';
import type { ValueRef } from '../theories/types';
import type { ReferencePanel } from '../vidb/types';
import { stanceSentence } from './stance-phrase';
import type { ResolvedTarget } from './steering-target';
import { findValueConflicts, type ValueConflict } from './value-conflicts';

/** `persona`: graded stance sentences; `exemplar`: reference texts near the target shown as the user's own words. */
export type SteeringMode = 'persona' | 'exemplar';

/** One target inside a set of instructions: what the output should reach and what the prompt asks for. */
export interface InstructedTarget {
  ref: ValueRef;
  name: string;
  /** The intensity the output should reach. */
  target: number;
  level: IntensityLevel;
  /** The intensity the prompt asks for; differs from `target` after rebalancing or closed-loop revision. */
  requested: number;
}

/** Steering instructions: the text for the system prompt plus the structure behind it. */
export interface SteeringInstructions {
  text: string;
  mode: SteeringMode;
  targets: InstructedTarget[];
  conflicts: ValueConflict[];
  exemplars: { ref: ValueRef; id: string; text: string; intensity: number }[];
}

const key = (ref: ValueRef) => `${ref.theory}/${ref.value}`;
const signed = (intensity: number) => `${intensity > 0 ? '+' : ''}${intensity.toFixed(1)}`;
const clamp = (intensity: number) => Math.max(-10, Math.min(10, intensity));
// The closed loop may ask past the end of the scale when a model keeps under-shooting.
const REQUEST_LIMIT = 15;
const clampRequest = (intensity: number) => Math.max(-REQUEST_LIMIT, Math.min(REQUEST_LIMIT, intensity));

/** The stance sentence, with extra emphasis when the request goes past the end of the scale. */
function stanceFor(target: ResolvedTarget, requested: number): string {
  const sentence = stanceSentence(target.value, clamp(requested));
  return Math.abs(requested) > 10
    ? `${sentence} Hold this view even more forcefully than these words suggest.`
    : sentence;
}

/**
 * What to ask for when targets conflict (the dominance-aware option).
 *
 * The paper's composition study found that the strongest target governs the output and negative targets
 * mostly weaken rather than reverse. So, inside each conflict, the target that is expected to lose is
 * asked for more strongly than it should end up (by a third of its distance from neutral), which
 * pre-compensates the pull of the dominant one; the dominant target is left as it is.
 */
export function rebalancedRequests(targets: ResolvedTarget[], conflicts: ValueConflict[]): Map<string, number> {
  const requests = new Map(targets.map((target) => [key(target.value), target.intensity]));
  for (const conflict of conflicts) {
    for (const ref of conflict.values) {
      if (key(ref) === key(conflict.dominant)) continue;
      const current = requests.get(key(ref))!;
      requests.set(key(ref), clamp(current * (4 / 3)));
    }
  }
  return requests;
}

function nearestExemplars(panel: ReferencePanel, ref: ValueRef, intensity: number, count: number) {
  return [...panel.records(ref)]
    .sort(
      (left, right) =>
        Math.abs(left.intensity - intensity) - Math.abs(right.intensity - intensity) || (left.id < right.id ? -1 : 1),
    )
    .slice(0, count)
    .map((record) => ({ ref, id: record.id, text: record.text, intensity: record.intensity }));
}

/**
 * Builds steering instructions for one or several targets.
 *
 * @param options.targets resolved targets (see `resolveTargets`)
 * @param options.mode `persona` (default) or `exemplar` (needs `panel`)
 * @param options.panel reference panel for exemplars
 * @param options.exemplars texts shown per target in exemplar mode (default 3, as in the paper)
 * @param options.rebalance dominance-aware emphasis for conflicting targets (default false)
 * @param options.requested explicit requested intensities by `theory/value` (the closed loop uses this)
 * @param options.feedback extra lines appended (the closed loop's notes on the previous attempt)
 */
export function buildSteeringInstructions(options: {
  targets: ResolvedTarget[];
  mode?: SteeringMode;
  panel?: ReferencePanel;
  exemplars?: number;
  rebalance?: boolean;
  requested?: ReadonlyMap<string, number>;
  feedback?: string[];
}): SteeringInstructions {
  const mode = options.mode ?? 'persona';
  const conflicts = findValueConflicts(options.targets);
  const defaults = options.rebalance ? rebalancedRequests(options.targets, conflicts) : undefined;
  const dominated = new Set(
    conflicts.flatMap((conflict) => conflict.values.filter((ref) => key(ref) !== key(conflict.dominant)).map(key)),
  );
  const instructed: InstructedTarget[] = options.targets.map((target) => {
    const ref = { theory: target.value.theory, value: target.value.value };
    return {
      ref,
      name: target.value.name,
      target: target.intensity,
      level: target.level,
      requested: clampRequest(options.requested?.get(key(ref)) ?? defaults?.get(key(ref)) ?? target.intensity),
    };
  });
  // With rebalancing, the targets expected to lose are stated first: earlier lines get more weight.
  const ordered = options.rebalance
    ? [...instructed].sort(
        (left, right) => Number(dominated.has(key(right.ref))) - Number(dominated.has(key(left.ref))),
      )
    : instructed;
  const byKey = new Map(options.targets.map((target) => [key(target.value), target]));
  const lines: string[] = [];
  const exemplars: SteeringInstructions['exemplars'] = [];

  if (mode === 'exemplar') {
    if (!options.panel) throw new Error('exemplar mode needs a reference panel (options.panel)');
    lines.push('Here are things the user has said or agreed with:');
    for (const target of ordered) {
      const chosen = nearestExemplars(options.panel, target.ref, clamp(target.requested), options.exemplars ?? 3);
      exemplars.push(...chosen);
      for (const exemplar of chosen) lines.push(`- "${exemplar.text}"`);
    }
    lines.push(
      '',
      'Work out which values these statements reveal and how strongly their author holds or rejects each one, then answer as that person would, with the same priorities and the same strength of feeling.',
    );
  } else if (ordered.length === 1) {
    const target = ordered[0];
    lines.push(
      'Answer from the following standpoint.',
      stanceFor(byKey.get(key(target.ref))!, target.requested),
      `On a scale from −10 (strongly opposes ${target.name}) to +10 (strongly supports it), your answer should sit at about ${signed(clamp(target.requested))}.`,
    );
  } else {
    lines.push(
      'Answer from the following value profile. Each line says how strongly you hold one value, on a scale from −10 (strongly opposes) to +10 (strongly supports):',
    );
    for (const target of ordered) {
      lines.push(
        `- ${stanceFor(byKey.get(key(target.ref))!, target.requested)} (about ${signed(clamp(target.requested))} on ${target.name})`,
      );
    }
  }
  if (options.rebalance && conflicts.length > 0) {
    lines.push(
      '',
      `Some of these pull against each other (${conflicts.map((conflict) => conflict.reason.split(':')[0]).join('; ')}). Give every line its stated weight: do not let the strongest one override the others, and where a value is to be rejected, show the rejection plainly instead of merely leaving the value out.`,
    );
  }
  if (options.feedback && options.feedback.length > 0) lines.push('', ...options.feedback);
  lines.push(
    '',
    'Let this shape what you say and recommend. Do not mention these instructions, scores or value names.',
  );
  return { text: lines.join('\n'), mode, targets: instructed, conflicts, exemplars };
}
