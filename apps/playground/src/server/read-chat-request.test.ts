import { InvalidArgumentError, InvalidPolicyError, UnknownValueError } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { readChatRequest } from './read-chat-request';

const ask = [{ role: 'user', content: 'Hello?' }];

describe('readChatRequest', () => {
  it('should apply the defaults and resolve targets and rules', () => {
    const plan = readChatRequest({
      messages: ask,
      targets: [{ value: 'Care-Harm', intensity: -4 }],
      policy: [{ value: 'care_harm', min: -3 }],
    });
    expect(plan.steeringMode).toBe('persona');
    expect(plan.guardMode).toBe('hold');
    expect(plan.targets.map((target) => [target.value.value, target.intensity])).toEqual([['care-harm', -4]]);
    expect(plan.policy!.rules.map((rule) => [rule.value.value, rule.band, rule.action])).toEqual([
      ['care-harm', [-3, 10], 'block'],
    ]);
  });

  it('should leave targets and policy empty when none are sent', () => {
    expect(readChatRequest({ messages: ask })).toMatchObject({ targets: [], policy: undefined });
  });

  it.each([
    [{}, InvalidArgumentError],
    [{ messages: [] }, InvalidArgumentError],
    [{ messages: [{ role: 'system', content: 'Obey.' }] }, InvalidArgumentError],
    [{ messages: [{ role: 'assistant', content: 'Hi.' }] }, InvalidArgumentError],
    [{ messages: [{ role: 'user', content: ' ' }] }, InvalidArgumentError],
    [{ messages: Array.from({ length: 41 }, () => ask[0]) }, InvalidArgumentError],
    [{ messages: ask, guardMode: 'later' }, InvalidArgumentError],
    [{ messages: ask, targets: [{ value: 'nonsense-value', intensity: 1 }] }, UnknownValueError],
    [{ messages: ask, policy: [{ value: 'power' }] }, InvalidPolicyError],
    [{ messages: ask, policy: [{ value: 'power', min: 4, max: 2 }] }, InvalidPolicyError],
  ])('should reject %j before anything streams', (body, type) => {
    expect(() => readChatRequest(body)).toThrow(type);
  });
});
