import { defaultCatalogue } from '@valueflow/core';
import type { StatusResponse } from '../shared/api-types';
import type { PlaygroundContext } from './create-playground-context';

/** The guard rule the page starts with: no reply may oppose care for others by more than a little. */
export const DEFAULT_POLICY: StatusResponse['defaultPolicy'] = [{ value: 'care-harm', min: -3, action: 'block' }];

/**
 * `GET /api/status`: what the page runs on (demo or endpoint, which judge, which panel) and the value catalogue
 * it builds its sliders and chart from.
 *
 * @param context - The playground context.
 * @returns The status.
 */
export function statusResponse(context: PlaygroundContext): StatusResponse {
  return {
    ...context.status,
    theories: defaultCatalogue.theories().map((theory) => ({
      id: theory.id,
      name: theory.name,
      valueLabel: theory.valueLabel,
      values: defaultCatalogue
        .values({ theory: theory.id, midLevelOnly: true })
        .map((value) => ({ value: value.value, name: value.name, definition: value.definition })),
    })),
    defaultPolicy: DEFAULT_POLICY,
  };
}
