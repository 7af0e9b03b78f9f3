import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVidbJsonl } from '@valueflow/core';
import { fixtureRecords } from '@valueflow/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliWith } from '../test/run-cli';
import { startRankingStub } from '../test/start-ranking-stub';
import { registerProfile } from './profile';
import type { ProfileSources } from './profile-sources';

describe('valueflow profile', () => {
  const directory = mkdtempSync(join(tmpdir(), 'valueflow-profile-'));
  const panel = join(directory, 'panel.jsonl');
  let stub: Awaited<ReturnType<typeof startRankingStub>>;

  beforeAll(async () => {
    writeFileSync(panel, formatVidbJsonl(fixtureRecords()));
    stub = await startRankingStub();
  });
  afterAll(() => stub.close());

  const endpoint = () => ['--judge', 'openai', '--base-url', stub.url, '--model', 'stub', '--panel', panel];
  const kind = 'She was kind to the new student.';

  it('should print the documented JSON shape for every value the panel covers', async () => {
    const result = await runCliWith({ argv: ['profile', '--text', kind, '--json', ...endpoint()] });
    expect(result.code).toBe(0);
    const profile = JSON.parse(result.stdout);
    expect(profile.scores.map((score: { value: string }) => score.value).sort()).toEqual(
      ['benevolence', 'care-harm', 'civil-rights', 'fidelity', 'power'].sort(),
    );
    for (const score of profile.scores) {
      expect(Object.keys(score)).toEqual([
        'theory',
        'value',
        'intensity',
        'interval',
        'level',
        'windows',
        'judgeCalls',
      ]);
      expect(score.intensity).toBeGreaterThan(2);
      expect(score.interval[0]).toBeLessThanOrEqual(score.intensity);
      expect(score.interval[1]).toBeGreaterThanOrEqual(score.intensity);
    }
    expect(profile).toMatchObject({ skipped: [], judgeCalls: 15 });
    expect(profile.method).toMatch(/^bucket\/k6\/m3\//);
    expect(profile.panel).toMatch(/^vidb:/);
    expect(profile.missing).toHaveLength(27);
  });

  it('should draw a plain ASCII bar chart grouped by theory when stdout is not a terminal', async () => {
    const result = await runCliWith({ argv: ['profile', '--text', 'A cruel prank on a child.', ...endpoint()] });
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    const careHarm = lines.find((line) => line.trimStart().startsWith('care-harm'))!;
    // Bar from the left toward zero: negative intensity, ASCII glyphs only, interval in brackets.
    expect(careHarm).toMatch(/^ {2}care-harm\s+[.#|-]{31} {2}\s*-\d\.\d {2}\[-?\d+\.\d, -?\d+\.\d\]$/);
    expect(careHarm.indexOf('#')).toBeLessThan(careHarm.indexOf('|'));
    expect(lines.findIndex((line) => line.startsWith('pvq'))).toBeLessThan(
      lines.findIndex((line) => line.startsWith('mft')),
    );
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stdout).toContain('27 value(s) not scored');
  });

  it.each([
    [{ tty: true, env: {} }, true],
    [{ tty: true, env: { NO_COLOR: '1' } }, false],
  ])('should paint the terminal chart only on a terminal without NO_COLOR (%o)', async (setup, coloured) => {
    const result = await runCliWith({
      argv: ['profile', '--text', kind, '--values', 'benevolence', ...endpoint()],
      ...setup,
    });
    expect(result.stdout).toContain('█');
    expect(result.stdout.includes('\u001b[')).toBe(coloured);
  });

  it('should write a valid SVG chart through Vega', async () => {
    const chart = join(directory, 'profile.svg');
    const result = await runCliWith({
      argv: ['profile', '--text', kind, '--theory', 'pvq', '--chart', chart, '--json', ...endpoint()],
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`wrote ${chart}`);
    const svg = readFileSync(chart, 'utf8');
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    expect(svg).toContain('benevolence');
    expect(svg).toContain('pvq · ');
    expect(JSON.parse(result.stdout).scores.map((score: { theory: string }) => score.theory)).toEqual(['pvq', 'pvq']);
  });

  it('should write a PNG chart through resvg', async () => {
    const chart = join(directory, 'profile.png');
    const result = await runCliWith({
      argv: ['profile', '--text', kind, '--values', 'power', '--chart', chart, ...endpoint()],
    });
    expect(result.code).toBe(0);
    const png = readFileSync(chart);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeGreaterThan(2000);
  });

  it('should skip values over the budget and say why', async () => {
    const result = await runCliWith({ argv: ['profile', '--text', kind, '--budget', '6', '--json', ...endpoint()] });
    const profile = JSON.parse(result.stdout);
    expect(profile.scores).toHaveLength(2);
    expect(profile.skipped).toHaveLength(3);
    expect(profile.skipped.every((entry: { reason: string }) => entry.reason === 'budget')).toBe(true);
    expect(profile.judgeCalls).toBeLessThanOrEqual(6);
  });

  it('should gate values through the relevance source and report the skipped ones', async () => {
    const sources: ProfileSources = {
      createRelevanceGate: async () => async () => ({ benevolence: 0.9, 'care-harm': 0.7, power: 0.1 }),
    };
    const result = await runCliWith({
      argv: ['profile', '--text', kind, '--relevance', ...endpoint()],
      register: (program, io) => registerProfile(program, io, sources),
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/power\s+skipped: not relevant \(0\.10\)/);
    expect(result.stdout).toMatch(/benevolence\s+[.#|-]{31}/);
  });

  it('should score every value with a message when the relevance gate is unavailable', async () => {
    const sources: ProfileSources = { createRelevanceGate: async () => ({ unavailable: 'no embedder here' }) };
    const result = await runCliWith({
      argv: ['profile', '--text', kind, '--relevance', '--json', ...endpoint()],
      register: (program, io) => registerProfile(program, io, sources),
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('--relevance skipped: no embedder here');
    expect(JSON.parse(result.stdout).scores).toHaveLength(5);
  });

  it('should profile a JSONL batch and report bad lines without losing the good ones', async () => {
    const input = join(directory, 'in.jsonl');
    const output = join(directory, 'out.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'a', text: kind, values: ['benevolence', 'power'] }),
        'not json',
        JSON.stringify({ id: 'c', text: 'A cruel joke.', values: 'care_harm' }),
        JSON.stringify({ id: 'd', text: 'Some text', values: ['benevolense'] }),
      ].join('\n'),
    );
    const result = await runCliWith({ argv: ['profile', '--in', input, '--out', output, ...endpoint()] });
    expect(result.code).toBe(1);
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.id, line.scores.length])).toEqual([
      ['a', 2],
      ['c', 1],
    ]);
    expect(lines[1].scores[0].intensity).toBeLessThan(-4);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toMatch(/line 4 \(id d\): Unknown value "benevolense"/);
    expect(result.stderr).toContain('2 input line(s) failed');
  });

  it.each([
    [['profile'], /exactly one of --text T or --in FILE/],
    [['profile', '--text', 'x', '--chart', 'out.pdf'], /--chart writes .svg or .png/],
    [['profile', '--in', 'x.jsonl', '--chart', 'out.svg'], /use it with --text/],
    [['profile', '--text', 'x', '--budget', '-1'], /--budget must be an integer/],
    [['profile', '--text', 'x', '--threshold', '0.3'], /--threshold needs --relevance/],
    [
      [
        'profile',
        '--text',
        'x',
        '--values',
        'nonsense-value',
        '--judge',
        'openai',
        '--base-url',
        'http://127.0.0.1:9',
        '--model',
        'm',
      ],
      /Unknown value/,
    ],
    [['profile', '--text', 'x', '--k', '1'], /--k must be an integer ≥ 2/],
  ])('should explain usage errors with exit 2 %#', async (argv, message) => {
    const result = await runCliWith({ argv });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
  });

  it('should refuse named values the panel has no reference texts for', async () => {
    const result = await runCliWith({ argv: ['profile', '--text', kind, '--values', 'achievement', ...endpoint()] });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no reference texts for pvq\/achievement/);
  });
});
