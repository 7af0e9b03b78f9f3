import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import {
  checkPolicy,
  InvalidArgumentError,
  normalizePolicy,
  type Policy,
  type SteeringTarget,
  ValueGuardError,
  type Verdict,
} from '@valueflow/core';
import { createEvaluatorResolver, type EvaluatorSource } from './default-evaluator';
import { guardDecision } from './guard-decision';
import { rewriteWithSteering } from './rewrite-with-steering';

const PASSING: Verdict = Object.freeze({ allowed: true, scores: [], violations: [] }) as Verdict;

/** Options shared by the guard runnable and the agent middleware. */
export interface PolicyCheckerOptions extends EvaluatorSource {
  /** Allowed bands per value and what to do on a violation (`block`, `rewrite` or `flag`). */
  policy: Policy;
  /** Rewrites a violating text through steering; required when a rule's action is `rewrite`. */
  rewriter?: BaseChatModel;
  /** Rewrite attempts before giving up and blocking (default 1). */
  maxRewrites?: number;
  /** Called with every verdict, including passing and flagged ones (logging, metrics). */
  onVerdict?: (verdict: Verdict) => void;
}

/** The outcome of checking (and, if needed, rewriting) one text. */
export interface CheckedText {
  text: string;
  verdict: Verdict;
  rewritten: boolean;
}

/** Checks texts against a policy and applies its actions; see {@link createPolicyChecker}. */
export interface PolicyChecker {
  /** Whether any rule rewrites (the middleware can rewrite without a `rewriter`). */
  readonly rewrites: boolean;
  check(text: string, signal?: AbortSignal): Promise<Verdict>;
  /**
   * Checks a text; rewrites it when the verdict asks for it and a rewriter is configured.
   * @throws ValueGuardError when the text (or its last rewrite) is blocked.
   */
  enforce(request: {
    /** The text to check; with `shown`, only the part not yet released. */
    text: string;
    signal?: AbortSignal;
    /** Text already released; it is checked together with `text` but never rewritten. */
    shown?: string;
    /** Produces a new text instead of the rewriter (the agent middleware calls the model again). */
    regenerate?: (violations: Verdict['violations']) => Promise<string>;
  }): Promise<CheckedText>;
}

/**
 * The framework-neutral half of the guard: validates the policy at once, creates the evaluator on
 * first use, checks texts and runs the rewrite loop. The runnable and the middleware only translate
 * LangChain messages to and from it.
 *
 * @throws InvalidPolicyError for a bad policy; InvalidArgumentError for a bad `maxRewrites` or a
 *   `rewrite` rule without a way to rewrite.
 */
export function createPolicyChecker(
  options: PolicyCheckerOptions & { targets?: readonly SteeringTarget[]; canRegenerate?: boolean },
): PolicyChecker {
  normalizePolicy(options.policy);
  const maxRewrites = options.maxRewrites ?? 1;
  if (!Number.isInteger(maxRewrites) || maxRewrites < 0) {
    throw new InvalidArgumentError({
      argument: 'maxRewrites',
      message: `expected an integer ≥ 0, got ${maxRewrites}.`,
    });
  }
  const rewrites = options.policy.rules.some((rule) => rule.action === 'rewrite');
  if (rewrites && !options.rewriter && !options.canRegenerate) {
    throw new InvalidArgumentError({
      argument: 'rewriter',
      message: 'the policy has a rule with action "rewrite"; pass { rewriter: chatModel } to rewrite violating text.',
    });
  }
  const getEvaluator = createEvaluatorResolver(options);
  const check = async (text: string, signal?: AbortSignal): Promise<Verdict> => {
    const verdict = await checkPolicy({ text, policy: options.policy, evaluator: await getEvaluator(), signal });
    options.onVerdict?.(verdict);
    return verdict;
  };
  return {
    rewrites,
    check,
    async enforce(request) {
      const shown = request.shown ?? '';
      let text = request.text;
      // Whitespace (or a message with only tool calls) says nothing about any value.
      if ((shown + text).trim() === '') return { text, verdict: PASSING, rewritten: false };
      let verdict = await check(shown + text, request.signal);
      for (let attempt = 0; guardDecision(verdict) === 'rewrite' && attempt < maxRewrites; attempt += 1) {
        text = request.regenerate
          ? await request.regenerate(verdict.violations)
          : await rewriteWithSteering({
              model: options.rewriter as BaseChatModel,
              draft: text,
              violations: verdict.violations,
              targets: options.targets,
              shown: request.shown,
              signal: request.signal,
            });
        verdict = await check(shown + text, request.signal);
        if (guardDecision(verdict) === 'pass') return { text, verdict, rewritten: true };
      }
      if (guardDecision(verdict) !== 'pass') throw new ValueGuardError({ verdict });
      return { text, verdict, rewritten: false };
    },
  };
}
