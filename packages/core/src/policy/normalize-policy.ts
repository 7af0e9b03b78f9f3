import { InvalidPolicyError } from '../errors/invalid-policy-error';
import { defaultCatalogue } from '../theories/default-catalogue';
import type { ValueDefinition } from '../theories/types';
import type { ValueCatalogue } from '../theories/value-catalogue';
import type { Policy, ViolationAction } from './types';

/** A policy rule with its value resolved and its band complete. */
export interface NormalizedRule {
  value: ValueDefinition;
  band: [number, number];
  action: ViolationAction;
}

export interface NormalizedPolicy {
  rules: NormalizedRule[];
}

const ACTIONS: ViolationAction[] = ['block', 'rewrite', 'flag'];

function bound(options: {
  raw: unknown;
  fallback: number;
  index: number;
  value: string;
  field: 'min' | 'max';
}): number {
  if (options.raw === undefined) return options.fallback;
  if (typeof options.raw !== 'number' || !Number.isFinite(options.raw) || options.raw < -10 || options.raw > 10) {
    throw new InvalidPolicyError({
      ruleIndex: options.index,
      value: options.value,
      field: options.field,
      message: `${options.field} must be a number in [-10, 10], got ${JSON.stringify(options.raw)}`,
    });
  }
  return options.raw;
}

/**
 * Validates a policy once and resolves every rule: value aliases to catalogue values, missing ends of a band to
 * −10 / +10, a missing action to `block`. Guards call this at construction so a bad policy fails fast.
 *
 * @throws InvalidPolicyError naming the rule index, its value and the offending field
 */
export function normalizePolicy(policy: Policy, catalogue: ValueCatalogue = defaultCatalogue): NormalizedPolicy {
  if (!policy || !Array.isArray(policy.rules) || policy.rules.length === 0) {
    throw new InvalidPolicyError({
      ruleIndex: -1,
      value: '',
      field: 'rules',
      message: 'expected { rules: [{ value, min?, max? }, …] } with at least one rule',
    });
  }
  const seen = new Map<string, number>();
  const rules = policy.rules.map((rule, index): NormalizedRule => {
    const name = typeof rule?.value === 'string' ? rule.value : '';
    if (name.trim() === '') {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'value',
        message: 'expected a value id or alias, e.g. "care-harm"',
      });
    }
    let value: ValueDefinition;
    try {
      value = catalogue.resolve(name, { theory: rule.theory });
    } catch (error) {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'value',
        message: (error as Error).message,
        cause: error,
      });
    }
    const min = bound({ raw: rule.min, fallback: -10, index, value: name, field: 'min' });
    const max = bound({ raw: rule.max, fallback: 10, index, value: name, field: 'max' });
    if (rule.min === undefined && rule.max === undefined) {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'min',
        message: 'give min, max or both; a rule without a band allows everything',
      });
    }
    if (min > max) {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'min',
        message: `min (${min}) is above max (${max})`,
      });
    }
    const action = rule.action ?? 'block';
    if (!ACTIONS.includes(action)) {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'action',
        message: `expected block, rewrite or flag, got ${JSON.stringify(action)}`,
      });
    }
    const key = `${value.theory}/${value.value}`;
    if (seen.has(key)) {
      throw new InvalidPolicyError({
        ruleIndex: index,
        value: name,
        field: 'value',
        message: `"${value.value}" already has rule ${seen.get(key)}; merge the bands into one rule`,
      });
    }
    seen.set(key, index);
    return { value, band: [min, max], action };
  });
  return { rules };
}
