import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createReferenceDb, type PanelEmbeddingCache, type PanelEmbeddingCacheEntry } from '@valueflow/core';
import { createFixturePanel, createMockEmbedder, fixtureRecords } from '@valueflow/core/test';
import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { CliError } from '../io';
import { registerExtract } from './extract';
import { defaultExtractSources, type ExtractSources } from './extract-sources';

function memoryCache(): PanelEmbeddingCache {
  const entries = new Map<string, PanelEmbeddingCacheEntry>();
  return {
    read: async (request) => entries.get(request.key) ?? { status: 'missing' },
    write: async (request) => {
      entries.set(request.key, {
        status: 'found',
        vectors: new Map(request.hashes.map((hash, index) => [hash, request.vectors[index]])),
      });
    },
  };
}

const mockSources = (): ExtractSources & { embedder: ReturnType<typeof createMockEmbedder> } => {
  const embedder = createMockEmbedder();
  const cache = memoryCache();
  return {
    embedder,
    createEmbedder: () => embedder,
    createCache: () => cache,
    loadPanel: async () => ({ panel: createFixturePanel(), neutralTexts: ['The bus leaves at nine.', 'Add salt.'] }),
  };
};

// Mirrors main(): runs only `extract`, with injected sources, and maps errors to exit codes.
async function runExtract(argv: string[], sources: ExtractSources, cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    env: {},
    cwd,
  };
  const program = new Command('valueflow')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.stdout.write(text), writeErr: (text) => io.stderr.write(text) });
  registerExtract(program, io, sources);
  let code = 0;
  try {
    await program.parseAsync(['extract', ...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CliError) {
      stderr += `valueflow: ${error.message}\n`;
      code = error.exitCode;
    } else if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2;
    else throw error;
  }
  return { code, stdout, stderr };
}

describe('valueflow extract', () => {
  it('should print a table per theory for one text', async () => {
    const result = await runExtract(['--text', 'I lent my friend my bike for the weekend.'], mockSources());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^pvq {2}Schwartz/m);
    expect(result.stdout).toMatch(/^ {2}benevolence /m);
    expect(result.stdout).toMatch(/^right /m);
    // 127 panel and neutral texts plus the catalogue's 24 texts about the fixture's five values.
    expect(result.stderr).toBe('extract: embedding 151 reference texts (cached for next time)\n');
  });

  it('should print the documented JSON for one text, top N per theory', async () => {
    const result = await runExtract(['--text', 'I lent my friend my bike.', '--json', '--top', '1'], mockSources());
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed.theories)).toEqual(['pvq', 'mft', 'duty', 'right']);
    expect(parsed.theories.pvq).toEqual([
      { value: 'benevolence', similarity: expect.any(Number), relevance: expect.any(Number) },
    ]);
  });

  it('should write one line per input line, sorted by relevance, and report bad lines', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'valueflow-extract-'));
    writeFileSync(
      join(directory, 'in.jsonl'),
      [
        '{"id":"a","text":"I kept the promise I made to my neighbour."}',
        'not json',
        '{"id":7,"text":"They jailed the journalist without a trial."}',
        '{"id":"c"}',
        '',
      ].join('\n'),
    );
    const sources = mockSources();
    const result = await runExtract(['--in', 'in.jsonl', '--out', 'out.jsonl', '--top', '2'], sources, directory);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('line 2: not valid JSON');
    expect(result.stderr).toContain('line 4: field "text" must be a non-empty string');
    expect(result.stderr).toContain('extract: 2 texts, 2 failed');
    const lines = readFileSync(join(directory, 'out.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 7]);
    for (const line of lines) {
      expect(Object.keys(line)).toEqual(['id', 'theories']);
      for (const matches of Object.values(line.theories) as Array<Array<{ relevance: number }>>) {
        expect(matches.length).toBeLessThanOrEqual(2);
        expect(matches[0].relevance).toBeGreaterThanOrEqual(matches.at(-1)!.relevance);
      }
    }
  });

  it('should reuse the cached panel embeddings on the next run', async () => {
    const sources = mockSources();
    await runExtract(['--text', 'first run'], sources);
    const calls = sources.embedder.calls;
    const result = await runExtract(['--text', 'second run'], sources);
    expect(result.stderr).toBe('');
    expect(sources.embedder.calls).toBe(calls + 1);
  });

  it.each([
    [[], /exactly one of --text T or --in FILE/],
    [['--text', 'a', '--in', 'b.jsonl'], /exactly one of/],
    [['--text', 'a', '--top', '0'], /--top must be a positive integer/],
    [['--text', '  '], /--text must not be empty/],
  ])('should reject %j as a usage error', async (argv, message) => {
    const result = await runExtract(argv, mockSources());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('valueflow extract with the offline embedder', () => {
  it('should find benevolence and care in a caring text with USE-lite', async () => {
    const sources: ExtractSources = {
      ...defaultExtractSources,
      createCache: () => undefined,
      // The clearly graded half of the fixture keeps the model's work (and the test) to a few seconds.
      loadPanel: async () => ({
        panel: createReferenceDb(fixtureRecords().filter((record) => Math.abs(record.intensity) >= 5)),
        neutralTexts: [],
      }),
    };
    const directory = mkdtempSync(join(tmpdir(), 'valueflow-extract-use-'));
    writeFileSync(
      join(directory, 'in.jsonl'),
      '{"id":1,"text":"I sat with my grandmother every night while she was ill."}\n{"id":2,"text":"Police may now read private messages without a warrant."}\n',
    );
    const result = await runExtract(['--in', 'in.jsonl', '--top', '1'], sources, directory);
    expect(result.code).toBe(0);
    const [first, second] = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(first.theories.pvq[0].value).toBe('benevolence');
    expect(first.theories.mft[0].value).toBe('care-harm');
    expect(second.theories.right[0].value).toBe('civil-rights');
  }, 30_000);
});
