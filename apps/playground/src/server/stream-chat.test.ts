import { beforeAll, describe, expect, it } from 'vitest';
import type { ChatEvent, ChatRequest } from '../shared/api-types';
import type { PlaygroundContext } from './create-playground-context';
import { createTestContext } from './create-test-context';
import { readChatRequest } from './read-chat-request';
import { streamChat } from './stream-chat';

let context: PlaygroundContext;
beforeAll(async () => {
  context = await createTestContext();
});

async function chat(request: Omit<ChatRequest, 'messages'>): Promise<ChatEvent[]> {
  const events: ChatEvent[] = [];
  const plan = readChatRequest({ messages: [{ role: 'user', content: 'What should I do?' }], ...request });
  await streamChat({ context, plan, send: (event) => events.push(event) });
  return events;
}
const textOf = (events: ChatEvent[]) => events.flatMap((event) => (event.type === 'text' ? [event.text] : [])).join('');
const ofType = <Type extends ChatEvent['type']>(events: ChatEvent[], type: Type) =>
  events.filter((event): event is Extract<ChatEvent, { type: Type }> => event.type === type);

const harmful = { targets: [{ value: 'care-harm', intensity: -8 }] };

describe('streamChat', () => {
  it('should stream the unsteered demo reply when there are neither targets nor rules', async () => {
    const events = await chat({});
    expect(events[0]).toEqual({ type: 'start', demo: true, model: 'offline-demo', instructions: null, gauges: [] });
    expect(textOf(events)).toMatch(
      /^You asked: "What should I do\?" Here is how I see it\. I have no particular stance/,
    );
    expect(ofType(events, 'score')).toEqual([]);
    expect(events.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', allowed: null, rewrites: 0 });
  });

  it('should steer through the middleware and watch the steered value on a gauge', async () => {
    const events = await chat({ targets: [{ value: 'benevolence', intensity: 9 }] });
    const [start] = ofType(events, 'start');
    expect(start.instructions).toMatch(/about \+9\.0/);
    expect(start.gauges).toEqual([{ value: 'benevolence', name: 'Benevolence', band: [-10, 10], watchOnly: true }]);
    const scores = ofType(events, 'score');
    expect(scores.length).toBeGreaterThan(0);
    expect(scores.every((score) => score.value === 'benevolence')).toBe(true);
    expect(ofType(events, 'guard')).toEqual([]);
  });

  it('should block a reply that leaves the band and report the violation', async () => {
    const events = await chat({ ...harmful, policy: [{ value: 'care-harm', min: -3, action: 'block' }] });
    const [guard] = ofType(events, 'guard');
    expect(guard).toMatchObject({
      action: 'block',
      violations: [{ value: 'care-harm', band: [-3, 10], action: 'block' }],
    });
    expect(guard.violations[0].intensity!).toBeLessThan(-3);
    expect(textOf(events)).not.toMatch(/locked her elderly mother/);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'content-filter', allowed: false });
  });

  it('should rewrite a violating reply into one inside the band', async () => {
    const events = await chat({ ...harmful, policy: [{ value: 'care-harm', min: -3, action: 'rewrite' }] });
    expect(ofType(events, 'guard')).toMatchObject([{ action: 'rewrite', violations: [{ value: 'care-harm' }] }]);
    expect(events.at(-1)).toMatchObject({ type: 'finish', finishReason: 'stop', allowed: true, rewrites: 1 });
    expect(textOf(events)).not.toMatch(/locked her elderly mother/);
  });

  it('should flag without changing the reply', async () => {
    const events = await chat({
      ...harmful,
      policy: [{ value: 'care-harm', min: -3, action: 'flag' }],
      guardMode: 'monitor',
    });
    expect(ofType(events, 'guard')).toMatchObject([{ action: 'flag', violations: [{ value: 'care-harm' }] }]);
    expect(textOf(events)).toMatch(/locked her elderly mother/);
  });
});
