import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVidbJsonl } from '@valueflow/core';
import { extractPromptTexts, fixtureRecords, startOpenAiStubServer } from '@valueflow/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test/run-cli';

// A stub judge that knows the fixture intensities and ranks texts by them; unknown texts (the ones
// under evaluation) get the intensity the test assigns through their wording.
const known = new Map(fixtureRecords().map((record) => [record.text, record.intensity]));
const utility = (text: string) => known.get(text) ?? (text.includes('cruel') ? -7 : text.includes('kind') ? 5 : 0);

describe('valueflow evaluate', () => {
  const directory = mkdtempSync(join(tmpdir(), 'valueflow-evaluate-'));
  const panel = join(directory, 'panel.jsonl');
  let stub: Awaited<ReturnType<typeof startOpenAiStubServer>>;

  beforeAll(async () => {
    writeFileSync(panel, formatVidbJsonl(fixtureRecords()));
    stub = await startOpenAiStubServer({
      reply: ({ prompt }) => {
        const texts = extractPromptTexts(prompt);
        const order = texts
          .map((text, index) => ({ index: index + 1, value: utility(text) }))
          .sort((a, b) => b.value - a.value);
        return `[${order.map((entry) => entry.index).join(', ')}]`;
      },
    });
  });
  afterAll(() => stub.close());

  const endpoint = () => ['--judge', 'openai', '--base-url', stub.url, '--model', 'stub', '--panel', panel];

  it('should score one text through a real OpenAI-compatible endpoint and cite anchors', async () => {
    const result = await runCli([
      'evaluate',
      '--value',
      'care/harm',
      '--text',
      'She was kind to the new student.',
      ...endpoint(),
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^mft\/care-harm: /);
    expect(result.stdout).toContain('ranked above');
    expect(stub.requests.length).toBeGreaterThanOrEqual(3);
  });

  it('should print the documented JSON fields', async () => {
    const result = await runCli([
      'evaluate',
      '--value',
      'care-harm',
      '--text',
      'A cruel prank on a child.',
      '--json',
      ...endpoint(),
    ]);
    const line = JSON.parse(result.stdout);
    expect(line).toMatchObject({ value: 'care-harm', theory: 'mft', windows: 3, judgeCalls: 3 });
    expect(line.intensity).toBeLessThan(-4);
    expect(line.interval[0]).toBeLessThanOrEqual(line.intensity);
    expect(line.panel).toMatch(/^vidb:/);
  });

  it('should score a JSONL batch, write the output file and report bad lines without losing the good ones', async () => {
    const input = join(directory, 'in.jsonl');
    const output = join(directory, 'out.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', text: 'A kind word for a stranger.', value: 'benevolence' }),
        'not json',
        JSON.stringify({ id: 'c', text: '', value: 'power' }),
        JSON.stringify({ id: 'd', text: 'A cruel boss who humiliates staff.', value: 'care_harm' }),
        JSON.stringify({ id: 'e', text: 'Some text', value: 'benevolense' }),
      ].join('\n'),
    );
    const result = await runCli(['evaluate', '--in', input, '--out', output, ...endpoint()]);
    expect(result.code).toBe(1);
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'd']);
    expect(lines[1].value).toBe('care-harm');
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 3: field "text" must be a non-empty string');
    expect(result.stderr).toMatch(/line 5 \(id e\): Unknown value "benevolense". Did you mean "benevolence"\?/);
    expect(result.stderr).toContain('3 input line(s) failed');
  });

  it.each([
    [['evaluate', '--value', 'power'], /exactly one of --text T or --in FILE/],
    [['evaluate', '--text', 'x'], /--value is required/],
    [['evaluate', '--value', 'power', '--text', 'x', '--judge', 'openai'], /needs an endpoint/],
    [['evaluate', '--value', 'power', '--text', 'x', '--sampler', 'magic'], /unknown sampler/],
  ])('should explain usage errors %#', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
