import { AIMessage } from '@langchain/core/messages';
import {
  buildSteeringInstructions,
  defaultCatalogue,
  resolveTargets,
  type SteeringTarget,
  ValueflowError,
  type ValueGuardError,
  type Verdict,
  type Violation,
  violationTargets,
} from '@valueflow/core';
import { createMiddleware } from 'langchain';
import { createPolicyChecker, type PolicyCheckerOptions } from './create-policy-checker';

/** Options of {@link valueGuardMiddleware}. */
export interface ValueGuardMiddlewareOptions extends PolicyCheckerOptions {
  /** Steering targets added to the system message of every model call, e.g. `[{ value: 'care-harm', level: 1 }]`. */
  targets?: SteeringTarget[];
  /**
   * The safe message the agent ends with when a reply is blocked; without it the middleware throws
   * `ValueGuardError` (with the verdict) and the run fails.
   */
  fallback?: string | ((verdict: Verdict) => string);
  /**
   * Let the model's raw tokens reach `streamMode: 'messages'` consumers (default false). Tokens are
   * streamed before the reply can be checked, so turning this on lets a violating reply reach the
   * client token by token before it is replaced. Off, every guarded model call is tagged `nostream`
   * and the client receives each checked reply as one message.
   */
  streamTokens?: boolean;
}

const steeringLines = (targets: SteeringTarget[]) =>
  targets.length > 0 ? buildSteeringInstructions({ targets: resolveTargets(targets, defaultCatalogue) }).text : '';

/** The user's targets, with each violated value's target replaced by one just inside its band. */
function mergeTargets(targets: readonly SteeringTarget[], violations: readonly Violation[]): SteeringTarget[] {
  const fixes = violationTargets(violations);
  const key = (target: SteeringTarget) => {
    const value = defaultCatalogue.resolve(target.value, { theory: target.theory });
    return `${value.theory}/${value.value}`;
  };
  const fixed = new Set(fixes.map(key));
  return [...fixes, ...targets.filter((target) => !fixed.has(key(target)))];
}

/**
 * Value guardrail for `createAgent`: steers every model call toward `targets` and checks every reply
 * against `policy` before the agent acts on it.
 *
 * The check runs inside the model step (`wrapModelCall`), right after the model answers, not in a
 * separate after-model node: that way the state update the agent emits already holds the checked reply,
 * so `streamMode: 'updates'` and `'values'` never carry a violating one, and a `rewrite` can call the
 * model again with corrective steering. On `block` the agent ends with `fallback` (a reply without tool
 * calls ends the run) or, without a fallback, throws `ValueGuardError`.
 *
 * **`streamMode: 'messages'` leaks** raw tokens: LangGraph forwards them as the model produces them,
 * before any middleware sees the reply. Unless `streamTokens` is true, the middleware therefore tags
 * its model calls `nostream`, so messages-mode clients receive only checked replies, each as a whole
 * message (the fallback gets a fresh id so it is not mistaken for the blocked one).
 *
 * @param options - The policy, steering targets, fallback, and where scores come from (default: the
 *   offline `@valueflow/local`). Replies with tool calls and no text pass unchecked.
 * @returns The middleware, for `createAgent({ middleware: [...] })`.
 * @throws InvalidPolicyError / UnknownValueError at construction for a bad policy or target.
 * @throws ValueGuardError during the run when a reply is blocked and there is no `fallback`.
 * @example
 * const agent = createAgent({
 *   model, tools,
 *   middleware: [valueGuardMiddleware({ policy: { rules: [{ value: 'care-harm', min: -2 }] }, fallback: 'I cannot help with that.' })],
 * });
 */
export function valueGuardMiddleware(options: ValueGuardMiddlewareOptions) {
  const targets = options.targets ?? [];
  const baseSteering = steeringLines(targets);
  const checker = createPolicyChecker({ ...options, targets, canRegenerate: true });
  const fallbackText = (verdict: Verdict) =>
    typeof options.fallback === 'function' ? options.fallback(verdict) : (options.fallback as string);

  return createMiddleware({
    name: 'ValueGuardMiddleware',
    wrapModelCall: async (request, handler) => {
      // `withConfig` exists on every runnable model; the agent's model type just does not declare it.
      const configurable = request.model as { withConfig?: (config: { tags: string[] }) => unknown };
      const model =
        options.streamTokens || typeof configurable.withConfig !== 'function'
          ? request.model
          : (configurable.withConfig({ tags: ['nostream'] }) as typeof request.model);
      const call = (steering: string) =>
        handler({
          ...request,
          model,
          systemMessage: steering
            ? request.systemMessage.concat(request.systemMessage.text ? `\n\n${steering}` : steering)
            : request.systemMessage,
        });
      let response = await call(baseSteering);
      if (!AIMessage.isInstance(response)) return response;
      try {
        const checked = await checker.enforce({
          text: response.text,
          signal: request.runtime.signal,
          regenerate: options.rewriter
            ? undefined
            : async (violations) => {
                response = await call(steeringLines(mergeTargets(targets, violations)));
                return response.text;
              },
        });
        if (checked.rewritten && options.rewriter) {
          return new AIMessage({
            content: checked.text,
            id: response.id,
            response_metadata: response.response_metadata,
          });
        }
        return response;
      } catch (error) {
        const blocked = ValueflowError.isInstance(error) && error.code === 'value-guard';
        if (!blocked || options.fallback === undefined) throw error;
        const { verdict } = error as ValueGuardError;
        return new AIMessage({
          content: fallbackText(verdict),
          response_metadata: { valueflow: { blocked: true, violations: verdict.violations } },
        });
      }
    },
  });
}
