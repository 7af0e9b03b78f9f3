import { defaultCatalogue, type Violation } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import type { CallOptions } from './ai-sdk-types';
import { steeredCallOptions } from './steered-call-options';

const params: CallOptions = {
  prompt: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
  ],
};
const violation = (intensity: number | null): Violation => ({
  ref: { theory: 'mft', value: 'care-harm' },
  band: [-3, 10],
  intensity,
  action: 'rewrite',
});

describe('steeredCallOptions', () => {
  it('should steer toward the band after the caller’s system message', () => {
    const steered = steeredCallOptions({
      params,
      violations: [violation(-8)],
      released: '',
      catalogue: defaultCatalogue,
    });
    expect(steered.prompt.map((message) => message.role)).toEqual(['system', 'system', 'user']);
    expect(steered.prompt[1].content).toMatch(/-1\.0/);
    expect(params.prompt).toHaveLength(2);
  });

  it('should ask to continue the released text as the last assistant message', () => {
    const steered = steeredCallOptions({
      params,
      violations: [violation(-8)],
      released: 'First part. ',
      catalogue: defaultCatalogue,
    });
    expect(steered.prompt[1].content).toMatch(/continue it from exactly where it stops/);
    expect(steered.prompt.at(-1)).toEqual({ role: 'assistant', content: [{ type: 'text', text: 'First part. ' }] });
  });

  it('should retry without steering when no violation was scored', () => {
    expect(
      steeredCallOptions({ params, violations: [violation(null)], released: '', catalogue: defaultCatalogue }),
    ).toBe(params);
  });
});
