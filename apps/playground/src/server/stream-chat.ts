import { type GuardReport, valueGuardMiddleware, valueSteeringMiddleware } from '@valueflow/ai-sdk';
import {
  buildSteeringInstructions,
  defaultCatalogue,
  type PolicyRule,
  ValueflowError,
  type ValueGuardError,
  type Violation,
} from '@valueflow/core';
import { type LanguageModelMiddleware, streamText, wrapLanguageModel } from 'ai';
import type { ChatEvent, ViolationView } from '../shared/api-types';
import type { PlaygroundContext } from './create-playground-context';
import { observeEvaluator } from './observe-evaluator';
import type { ChatPlan } from './read-chat-request';

type Gauge = Extract<ChatEvent, { type: 'start' }>['gauges'][number];

const nameOf = (ref: { theory: string; value: string }) => defaultCatalogue.definition(ref).name;

function violationView(violation: Violation): ViolationView {
  return {
    value: violation.ref.value,
    name: nameOf(violation.ref),
    intensity: violation.intensity,
    band: violation.band,
    action: violation.action,
  };
}

/**
 * The guard's rules: the page's own, plus a watch-only rule (full band, `flag`) for every steered value that has
 * none, so the gauges also show whether the steering lands.
 */
function guardRules(plan: ChatPlan): { rules: PolicyRule[]; gauges: Gauge[] } {
  const rules: PolicyRule[] = [];
  const gauges: Gauge[] = [];
  for (const rule of plan.policy?.rules ?? []) {
    rules.push({
      value: rule.value.value,
      theory: rule.value.theory,
      min: rule.band[0],
      max: rule.band[1],
      action: rule.action,
    });
    gauges.push({ value: rule.value.value, name: rule.value.name, band: rule.band, watchOnly: false });
  }
  for (const target of plan.targets) {
    if (gauges.some((gauge) => gauge.value === target.value.value)) continue;
    rules.push({ value: target.value.value, theory: target.value.theory, min: -10, max: 10, action: 'flag' });
    gauges.push({ value: target.value.value, name: target.value.name, band: [-10, 10], watchOnly: true });
  }
  return { rules, gauges };
}

/**
 * `POST /api/chat`: streams a reply through `streamText` with valueflow's steering middleware (the sliders'
 * targets) and guard middleware (the page's rules), reporting tokens, every score the guard makes (for the
 * live gauges), guard events (block, rewrite, flag) and the finish as `ChatEvent`s.
 *
 * @param options.context - The chat model and evaluator.
 * @param options.plan - The validated request (see `readChatRequest`).
 * @param options.send - Receives each event, in order.
 * @param options.signal - Aborts the model and every pending judge call (the page went away).
 * @returns When the reply has finished, been blocked, or failed; failures are sent as `error` events.
 */
export async function streamChat(options: {
  context: PlaygroundContext;
  plan: ChatPlan;
  send: (event: ChatEvent) => void;
  signal?: AbortSignal;
}): Promise<void> {
  const { context, plan, send } = options;
  const { rules, gauges } = guardRules(plan);
  const instructions =
    plan.targets.length > 0
      ? buildSteeringInstructions({ targets: plan.targets, mode: plan.steeringMode, panel: context.panel }).text
      : null;
  const middleware: LanguageModelMiddleware[] = [];
  if (plan.targets.length > 0) {
    const targets = plan.targets.map((target) => ({
      value: target.value.value,
      theory: target.value.theory,
      intensity: target.intensity,
    }));
    middleware.push(valueSteeringMiddleware({ targets, mode: plan.steeringMode, panel: context.panel }));
  }
  // Rewrites replace text the page never saw; the out-of-band scores that caused them are kept to report.
  const outOfBand: ViolationView[] = [];
  if (rules.length > 0) {
    const evaluator = observeEvaluator(context.evaluator, (request, score) => {
      const gauge = gauges.find((entry) => entry.value === score.ref.value);
      send({
        type: 'score',
        value: score.ref.value,
        name: nameOf(score.ref),
        intensity: score.intensity,
        interval: score.interval,
        checked: request.text,
      });
      const rule = rules.find((entry) => entry.value === score.ref.value);
      if (
        gauge &&
        rule &&
        score.intensity !== null &&
        (score.intensity < gauge.band[0] || score.intensity > gauge.band[1])
      ) {
        outOfBand.push({
          value: gauge.value,
          name: gauge.name,
          intensity: score.intensity,
          band: gauge.band,
          action: rule.action ?? 'block',
        });
      }
    });
    middleware.push(valueGuardMiddleware({ policy: { rules }, mode: plan.guardMode, evaluator }));
  }
  send({ type: 'start', demo: context.status.demo, model: context.status.model, instructions, gauges });

  const model = middleware.length > 0 ? wrapLanguageModel({ model: context.model, middleware }) : context.model;
  const result = streamText({
    model,
    messages: plan.messages,
    abortSignal: options.signal,
    // Errors arrive as error parts below and go to the page; the SDK's own console logging would only repeat them.
    onError: () => {},
  });
  let report: GuardReport | undefined;
  let blocked = false;
  for await (const part of result.fullStream) {
    if (part.type === 'text-delta') send({ type: 'text', text: part.text });
    else if (part.type === 'finish-step') report = part.providerMetadata?.valueflow as GuardReport | undefined;
    else if (part.type === 'error') {
      if (ValueflowError.isInstance(part.error) && part.error.code === 'value-guard') {
        blocked = true;
        const { verdict } = part.error as ValueGuardError;
        send({
          type: 'guard',
          action: 'block',
          message: part.error.message,
          violations: verdict.violations.map(violationView),
        });
      } else {
        send({ type: 'error', message: part.error instanceof Error ? part.error.message : String(part.error) });
      }
    } else if (part.type === 'finish') {
      if (report && report.rewrites > 0) {
        send({
          type: 'guard',
          action: 'rewrite',
          message: `The guard had the reply rewritten ${report.rewrites} time${report.rewrites === 1 ? '' : 's'} to stay inside the policy.`,
          violations: outOfBand.filter((violation) => violation.action === 'rewrite'),
        });
      }
      const flagged = (report?.verdict.violations ?? []).filter((violation) => violation.action === 'flag');
      if (flagged.length > 0) {
        send({
          type: 'guard',
          action: 'flag',
          message: 'The guard flagged the reply (it was not changed).',
          violations: flagged.map(violationView),
        });
      }
      for (const message of report?.errors ?? []) send({ type: 'error', message: `A guard check failed: ${message}` });
      send({
        type: 'finish',
        finishReason: part.finishReason,
        allowed: blocked ? false : (report?.verdict.allowed ?? null),
        rewrites: report?.rewrites ?? 0,
      });
    }
  }
}
