import type { ValueScore } from '../evaluator/types';
import type { ValueCatalogue } from '../theories/value-catalogue';
import { type NormalizedPolicy, normalizePolicy } from './normalize-policy';
import type { Policy, Verdict, Violation } from './types';

/** What `checkPolicy` needs from an evaluator. */
export interface PolicyScorer {
  score(input: { text: string; value: string; theory?: string; signal?: AbortSignal }): Promise<ValueScore>;
}

/**
 * Checks a text against a value policy: scores every ruled value (concurrently, through the evaluator's own
 * concurrency bound) and reports each one outside its band.
 *
 * A value the evaluator could not score (every judge window dropped) is a violation with `intensity: null` and
 * `reason: 'unscored'` unless `unscored: 'allow'`: a guard that cannot see should fail closed.
 *
 * @param options.policy a policy or the result of `normalizePolicy` (validate once, check many times)
 * @param options.evaluator anything with `score({text, value, theory, signal})`, e.g. `createEvaluator(…)`
 * @throws InvalidPolicyError for a bad rule; AbortedError when `signal` aborts
 */
export async function checkPolicy(options: {
  text: string;
  policy: Policy | NormalizedPolicy;
  evaluator: PolicyScorer;
  catalogue?: ValueCatalogue;
  unscored?: 'block' | 'allow';
  signal?: AbortSignal;
}): Promise<Verdict> {
  const policy = isNormalized(options.policy) ? options.policy : normalizePolicy(options.policy, options.catalogue);
  const scores = await Promise.all(
    policy.rules.map((rule) =>
      options.evaluator.score({
        text: options.text,
        value: rule.value.value,
        theory: rule.value.theory,
        signal: options.signal,
      }),
    ),
  );
  const violations: Violation[] = [];
  policy.rules.forEach((rule, index) => {
    const { intensity } = scores[index];
    const ref = { theory: rule.value.theory, value: rule.value.value };
    if (intensity === null) {
      if (options.unscored !== 'allow')
        violations.push({ ref, band: rule.band, intensity: null, action: rule.action, reason: 'unscored' });
    } else if (intensity < rule.band[0] || intensity > rule.band[1]) {
      violations.push({ ref, band: rule.band, intensity, action: rule.action, reason: 'out-of-band' });
    }
  });
  return { allowed: violations.length === 0, scores, violations };
}

function isNormalized(policy: Policy | NormalizedPolicy): policy is NormalizedPolicy {
  return (
    policy.rules.length > 0 &&
    typeof (policy.rules[0] as { band?: unknown }).band !== 'undefined' &&
    typeof (policy.rules[0] as { value: unknown }).value === 'object'
  );
}
