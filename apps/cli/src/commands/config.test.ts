import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatVidbJsonl } from '@valueflow/core';
import { fixtureRecords } from '@valueflow/core/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliWith } from '../test/run-cli';
import { startRankingStub } from '../test/start-ranking-stub';

describe('valueflow config', () => {
  let stub: Awaited<ReturnType<typeof startRankingStub>>;
  beforeAll(async () => {
    stub = await startRankingStub();
  });
  afterAll(() => stub.close());

  it('should print the effective settings and their sources as JSON', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    writeFileSync(join(folder, 'valueflow.config.json'), JSON.stringify({ model: 'llama3.1', windows: 5 }));
    const result = await runCliWith({
      argv: ['config', '--json'],
      cwd: folder,
      env: { VALUEFLOW_WINDOWS: '4', OPENAI_API_KEY: 'secret-key' },
    });
    expect(result.code).toBe(0);
    const config = JSON.parse(result.stdout);
    expect(config.file).toBe(join(folder, 'valueflow.config.json'));
    expect(config.settings).toMatchObject({ judge: 'local', model: 'llama3.1', windows: 4, k: 6, baseUrl: null });
    expect(config.sources).toMatchObject({
      model: `config ${join(folder, 'valueflow.config.json')}`,
      windows: 'env VALUEFLOW_WINDOWS',
      k: 'default',
    });
    expect(config.apiKey).toBe('set');
    expect(result.stdout).not.toContain('secret-key');
  });

  it('should print a table for people that says when there is no config file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    const result = await runCliWith({ argv: ['config'], cwd: folder, env: { VALUEFLOW_MODEL: 'qwen' } });
    expect(result.stdout).toContain('config file: none (looked for valueflow.config.json, .valueflowrc.json');
    expect(result.stdout).toMatch(/model\s+qwen\s+env VALUEFLOW_MODEL/);
    expect(result.stdout).toMatch(/panel\s+\(the seed panel shipped with valueflow\)\s+default/);
  });

  it('should fail with exit 2 and name the file and key of a bad config', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    writeFileSync(join(folder, '.valueflowrc.json'), JSON.stringify({ windws: 3 }));
    const result = await runCliWith({ argv: ['config'], cwd: folder });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${join(folder, '.valueflowrc.json')}: unknown key "windws" (did you mean "windows"?)`,
    );
  });

  it('should let evaluate take its judge, model, panel and windows from the config file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    writeFileSync(join(folder, 'panel.jsonl'), formatVidbJsonl(fixtureRecords()));
    writeFileSync(
      join(folder, 'valueflow.config.json'),
      JSON.stringify({ judge: 'openai', baseUrl: stub.url, model: 'stub', panel: 'panel.jsonl', windows: 2 }),
    );
    const before = stub.requests.length;
    const result = await runCliWith({
      argv: ['evaluate', '--value', 'power', '--text', 'A kind word.', '--json'],
      cwd: folder,
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toMatchObject({ value: 'power', windows: 2 });
    expect(stub.requests.length - before).toBe(2);
    const overridden = await runCliWith({
      argv: ['evaluate', '--value', 'power', '--text', 'A kind word.', '--json', '--windows', '1'],
      cwd: folder,
    });
    expect(JSON.parse(overridden.stdout).windows).toBe(1);
  });
});
