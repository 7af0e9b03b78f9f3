import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVidbJsonl } from '@valueflow/core';
import { extractPromptTexts, fixtureRecords, startOpenAiStubServer } from '@valueflow/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

describe('valueflow steer', () => {
  it('should print persona instructions without a model', async () => {
    const result = await runCli([
      'steer',
      '--target',
      'benevolence=+2',
      '--target',
      'power=-1',
      'Should I lend my brother money?',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('You strongly value');
    expect(result.stdout).toContain('You clearly reject');
  });

  it('should report conflicts and the structure in JSON', async () => {
    const result = await runCli([
      'steer',
      '--target',
      'conformity=+2',
      '--target',
      'hedonism=+1',
      '--rebalance',
      '--json',
      'Plan my weekend.',
    ]);
    const output = JSON.parse(result.stdout);
    expect(output.conflicts).toHaveLength(1);
    expect(output.conflicts[0].dominant.value).toBe('conformity');
    expect(output.targets.map((target: { requested: number }) => target.requested)).toEqual([8, 6]);
  });

  it.each([
    [['steer', 'q'], /at least one --target/],
    [['steer', '--target', 'benevolence', 'q'], /benevolence=\+2/],
    [['steer', '--target', 'benevolense=+2', 'q'], /Did you mean "benevolence"/],
    [['steer', '--target', 'power=+1', '--mode', 'telepathy', 'q'], /unknown mode/],
  ])('should explain bad targets and options %#', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  describe('with a model', () => {
    const directory = mkdtempSync(join(tmpdir(), 'valueflow-steer-'));
    const panel = join(directory, 'panel.jsonl');
    const known = new Map(fixtureRecords().map((record) => [record.text, record.intensity]));
    let stub: Awaited<ReturnType<typeof startOpenAiStubServer>>;
    let generations = 0;

    beforeAll(async () => {
      writeFileSync(panel, formatVidbJsonl(fixtureRecords()));
      stub = await startOpenAiStubServer({
        reply: ({ prompt, messages }) => {
          if (prompt.includes('<<<TEXTS')) {
            // Judge: anchors by their fixture intensity; a generated answer by how warm it is.
            const texts = extractPromptTexts(prompt);
            const value = (text: string) => known.get(text) ?? (text.includes('gladly') ? 7 : 1);
            const order = texts
              .map((text, index) => ({ index: index + 1, value: value(text) }))
              .sort((a, b) => b.value - a.value);
            return `[${order.map((entry) => entry.index).join(', ')}]`;
          }
          generations += 1;
          // Generator: answers warmly only once the feedback asks for more.
          const system = messages.find((message) => message.role === 'system')?.content ?? '';
          return system.includes('Feedback on your previous attempt')
            ? 'I would gladly help him.'
            : 'Maybe, it depends.';
        },
      });
    });
    afterAll(() => stub.close());

    it('should run the closed loop and improve on the first attempt', async () => {
      const result = await runCli([
        'steer',
        '--target',
        'benevolence=+2',
        '--base-url',
        stub.url,
        '--model',
        'stub',
        '--panel',
        panel,
        '--json',
        'Should I lend my brother money?',
      ]);
      expect(result.stderr).toBe('');
      const output = JSON.parse(result.stdout);
      expect(output.rounds.length).toBeGreaterThanOrEqual(2);
      expect(output.best.text).toBe('I would gladly help him.');
      expect(output.best.round).toBe(2);
      expect(output.cost.generations).toBe(generations);
      expect(output.rounds[1].misses[0].achieved).toBeGreaterThan(output.rounds[0].misses[0].achieved);
    });
  });
});
