import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVidbJsonl } from '@valueflow/core';
import { fixtureRecords } from '@valueflow/core/test';
import { describe, expect, it } from 'vitest';
import { runCli } from './test/run-cli';

describe('valueflow', () => {
  it('should print help and exit 0', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: valueflow');
  });

  it('should exit 2 on an unknown command', async () => {
    const result = await runCli(['no-such-command']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command');
  });
});

describe('runProgram', () => {
  it('should turn a missing input file into a readable error with exit 1', async () => {
    const result = await runCli([
      'vidb',
      'build',
      '--texts',
      '/no/such/texts.jsonl',
      '--windows',
      '/no/such/w.jsonl',
      '--out',
      '/tmp/x.jsonl',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^valueflow: .*\/no\/such\/texts\.jsonl/);
    expect(result.stderr).not.toContain('    at ');
  });

  it('should map a missing file in evaluate --in to a message that says what to check', async () => {
    const panel = join(mkdtempSync(join(tmpdir(), 'valueflow-main-')), 'panel.jsonl');
    writeFileSync(panel, formatVidbJsonl(fixtureRecords()));
    const result = await runCli([
      'evaluate',
      '--in',
      '/no/such/in.jsonl',
      '--judge',
      'openai',
      '--base-url',
      'http://127.0.0.1:9/v1',
      '--model',
      'm',
      '--panel',
      panel,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('valueflow: /no/such/in.jsonl: no such file or folder; check the path and try again\n');
  });

  it.each([['profile'], ['config'], ['bench'], ['evaluate'], ['extract'], ['steer'], ['values'], ['vidb', 'build']])(
    'should print help with examples for %s',
    async (...command) => {
      const result = await runCli([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Examples?:\n {2}\$ valueflow /);
    },
  );
});
