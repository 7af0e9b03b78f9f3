import {
  buildSteeringInstructions,
  defaultCatalogue,
  InvalidArgumentError,
  resolveTargets,
  type SteeringTarget,
} from '@valueflow/core';
import type { InstructionsResponse } from '../shared/api-types';
import type { PlaygroundContext } from './create-playground-context';
import { expectObject, optionalArray, optionalChoice, type RequestBody } from './request-fields';

/** The steering modes the page offers. */
export const STEERING_MODES = ['persona', 'exemplar'] as const;

/**
 * Reads `targets` (`[{ value, intensity }]`) from a request body; resolving names and checking ranges is left
 * to `resolveTargets`, which reports the offending target.
 *
 * @param body - The request body.
 * @returns The targets, possibly empty.
 * @throws InvalidArgumentError for an entry that is not `{ value: string, intensity: number }`.
 */
export function readTargets(body: RequestBody): SteeringTarget[] {
  return optionalArray(body, 'targets').map((entry, index) => {
    const target = entry as { value?: unknown; intensity?: unknown };
    if (typeof target?.value !== 'string' || typeof target.intensity !== 'number') {
      throw new InvalidArgumentError({
        argument: `targets[${index}]`,
        message: `expected { value: string, intensity: number }, got ${JSON.stringify(entry)}`,
      });
    }
    return { value: target.value, intensity: target.intensity };
  });
}

/**
 * `POST /api/instructions`: the steering instructions valueflow writes for the sliders' targets, exactly as
 * `valueSteeringMiddleware` adds them to the model's prompt.
 *
 * @param options.context - Supplies the reference panel for exemplar mode.
 * @param options.body - `{ targets: [{ value, intensity }], mode?: 'persona' | 'exemplar' }`.
 * @returns The instructions; `text: null` when there is no target (the model is not steered).
 * @throws InvalidArgumentError for a malformed, duplicate or out-of-range target or mode; UnknownValueError for
 *   a value name the catalogue does not know.
 */
export function steeringInstructions(options: { context: PlaygroundContext; body: unknown }): InstructionsResponse {
  const body = expectObject(options.body);
  const targets = readTargets(body);
  const mode = optionalChoice({ body, field: 'mode', allowed: STEERING_MODES });
  if (targets.length === 0) return { text: null, targets: [], conflicts: [] };
  const instructions = buildSteeringInstructions({
    targets: resolveTargets(targets, defaultCatalogue),
    mode,
    panel: options.context.panel,
  });
  return {
    text: instructions.text,
    targets: instructions.targets.map((target) => ({
      ...target.ref,
      name: target.name,
      target: target.target,
      requested: target.requested,
      level: target.level,
    })),
    conflicts: instructions.conflicts.map((conflict) => ({
      values: conflict.values.map((ref) => ref.value),
      reason: conflict.reason,
    })),
  };
}
