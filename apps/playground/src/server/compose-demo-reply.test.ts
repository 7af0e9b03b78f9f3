import { defaultCatalogue } from '@valueflow/core';
import { createFixturePanel } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { composeDemoReply } from './compose-demo-reply';

const panel = createFixturePanel();
const target = (value: string, intensity: number) => ({ value: defaultCatalogue.resolve(value), intensity });
const steering = (targets: ReturnType<typeof target>[]) => ({ targets, exemplars: [], unreadable: false });
const textAt = (value: string, intensity: number) =>
  panel.records(defaultCatalogue.resolve(value)).find((record) => record.intensity === intensity)!.text;

describe('composeDemoReply', () => {
  it('should voice the reference text nearest each target, strongest target first', () => {
    const reply = composeDemoReply({
      message: 'What now?',
      steering: steering([target('power', 2.3), target('care-harm', -9.4)]),
      panel,
      continuing: false,
    });
    expect(reply).toBe(
      `You asked: "What now?" Here is how I see it. ${textAt('care-harm', -9.6)} ${textAt('power', 2.4)}`,
    );
  });

  it('should leave out the opener when continuing a released reply', () => {
    const reply = composeDemoReply({ message: 'x', steering: steering([target('power', 0)]), panel, continuing: true });
    expect(reply).toBe(textAt('power', 0));
  });

  it('should answer without a stance when nothing is steered, and say when instructions were unreadable', () => {
    const reply = composeDemoReply({
      message: 'Hello',
      steering: { targets: [], exemplars: [], unreadable: true },
      panel,
      continuing: false,
    });
    expect(reply).toMatch(/no particular stance/);
    expect(reply).toMatch(/could not read part of its steering instructions/);
  });

  it('should shorten a long question in the opener', () => {
    const reply = composeDemoReply({ message: 'why '.repeat(40), steering: steering([]), panel, continuing: false });
    expect(reply.split('"')[1].length).toBeLessThanOrEqual(70);
  });
});
