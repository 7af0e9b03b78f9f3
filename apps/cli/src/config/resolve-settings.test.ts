import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { resolveSettings } from './resolve-settings';

function ioFor(cwd: string, env: Record<string, string | undefined> = {}): CliIo {
  return { stdout: { write: () => true }, stderr: { write: () => true }, env, cwd };
}

function folderWithConfig(config: unknown, name = 'valueflow.config.json') {
  const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
  writeFileSync(join(folder, name), typeof config === 'string' ? config : JSON.stringify(config));
  return folder;
}

describe('resolveSettings', () => {
  it('should prefer flags over environment over the config file over defaults', () => {
    const folder = folderWithConfig({ model: 'from-file', k: 4, windows: 5, sampler: 'random', judge: 'local' });
    const io = ioFor(folder, { VALUEFLOW_K: '7', VALUEFLOW_WINDOWS: '6', OPENAI_MODEL: 'from-openai-env' });
    const { settings, sources } = resolveSettings(io, { k: '9' });
    expect(settings).toMatchObject({ k: 9, windows: 6, model: 'from-openai-env', sampler: 'random', judge: 'local' });
    expect(settings.seed).toBeUndefined();
    expect(sources.k).toEqual({ kind: 'flag', name: '--k' });
    expect(sources.windows).toEqual({ kind: 'env', name: 'VALUEFLOW_WINDOWS' });
    expect(sources.sampler).toEqual({ kind: 'config', file: join(folder, 'valueflow.config.json') });
    expect(sources.seed).toEqual({ kind: 'default' });
  });

  it('should let VALUEFLOW_* win over OPENAI_* and treat empty variables as unset', () => {
    const folder = folderWithConfig({ baseUrl: 'http://127.0.0.1:1/v1' });
    const io = ioFor(folder, {
      VALUEFLOW_MODEL: 'valueflow-model',
      OPENAI_MODEL: 'openai-model',
      VALUEFLOW_BASE_URL: '',
    });
    const { settings, sources } = resolveSettings(io);
    expect(settings.model).toBe('valueflow-model');
    expect(settings.baseUrl).toBe('http://127.0.0.1:1/v1');
    expect(sources.baseUrl.kind).toBe('config');
  });

  it.each([
    [{}, 'local'],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }, 'openai'],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1', VALUEFLOW_JUDGE: 'local' }, 'local'],
  ])('should derive the judge from the endpoint when none is set (%o)', (env, judge) => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    expect(resolveSettings(ioFor(folder, env)).settings.judge).toBe(judge);
  });

  it('should find the config file in a parent folder and resolve its panel path against it', () => {
    const folder = folderWithConfig({ panel: 'panels/vidb.jsonl' }, '.valueflowrc.json');
    const nested = join(folder, 'a', 'b');
    mkdirSync(nested, { recursive: true });
    const { settings, file } = resolveSettings(ioFor(nested));
    expect(file).toBe(join(folder, '.valueflowrc.json'));
    expect(settings.panel).toBe(join(folder, 'panels', 'vidb.jsonl'));
  });

  it('should read the file VALUEFLOW_CONFIG names', () => {
    const folder = folderWithConfig({ windows: 2 }, 'custom.json');
    const elsewhere = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    const io = ioFor(elsewhere, { VALUEFLOW_CONFIG: join(folder, 'custom.json') });
    expect(resolveSettings(io).settings.windows).toBe(2);
  });

  it.each([
    ['{"judge": "openai",', /valueflow\.config\.json: not a valid JSON config file/],
    ['[1, 2]', /valueflow\.config\.json: expected a JSON object/],
    [{ modle: 'x' }, /valueflow\.config\.json: unknown key "modle" \(did you mean "model"\?\)/],
    [{ k: '6' }, /valueflow\.config\.json: key "k" must be an integer ≥ 2, got "6"/],
    [{ windows: 0 }, /key "windows" must be an integer ≥ 1, got 0 \(number\)/],
    [{ baseUrl: 'localhost:11434' }, /key "baseUrl" must be an http\(s\) URL/],
    [{ judge: 'gpt' }, /unknown judge "gpt" \(.*key "judge"\); expected one of local, openai/],
  ])('should reject a bad config file naming the file and key (%#)', (config, message) => {
    const folder = folderWithConfig(config);
    expect(() => resolveSettings(ioFor(folder))).toThrow(message);
    try {
      resolveSettings(ioFor(folder));
    } catch (error) {
      expect((error as { exitCode: number }).exitCode).toBe(2);
    }
  });

  it.each([
    [{ VALUEFLOW_K: 'six' }, /VALUEFLOW_K must be an integer ≥ 2, got "six"/],
    [{ VALUEFLOW_SAMPLER: 'magic' }, /unknown sampler "magic" \(VALUEFLOW_SAMPLER\)/],
    [{ VALUEFLOW_CONFIG: 'missing.json' }, /VALUEFLOW_CONFIG points to .*missing\.json, which does not exist/],
  ])('should reject a bad environment variable by name (%o)', (env, message) => {
    const folder = mkdtempSync(join(tmpdir(), 'valueflow-config-'));
    expect(() => resolveSettings(ioFor(folder, env))).toThrow(message);
  });
});
