import type { ValueScore } from '../evaluator/types';
import type { ValueRef } from '../theories/types';

/** What to do when a value leaves its band. */
export type ViolationAction = 'block' | 'rewrite' | 'flag';

/** One guarded value: an allowed intensity band (either end optional). */
export interface PolicyRule {
  /** Value id or alias (`care/harm`, `care_harm` …). */
  value: string;
  /** Theory id; only needed for non-mid-level or user-theory names. */
  theory?: string;
  min?: number;
  max?: number;
  action?: ViolationAction;
}

export interface Policy {
  rules: PolicyRule[];
}

export interface Violation {
  ref: ValueRef;
  band: [number, number];
  /** The measured intensity; `null` when the value could not be scored. */
  intensity: number | null;
  action: ViolationAction;
  /** `out-of-band`: scored outside the band; `unscored`: no usable judge answer (guards fail closed). */
  reason?: 'out-of-band' | 'unscored';
}

/** The outcome of checking a text against a policy; shared by every plugin. */
export interface Verdict {
  /** True when no rule is violated; a violated `flag` rule makes it false too, so read `violations[].action` to decide. */
  allowed: boolean;
  scores: ValueScore[];
  violations: Violation[];
}
