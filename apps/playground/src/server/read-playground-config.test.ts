import { InvalidArgumentError } from '@valueflow/core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, readPlaygroundConfig } from './read-playground-config';

describe('readPlaygroundConfig', () => {
  it('should bind to 127.0.0.1 on the default port in demo mode when nothing is set', () => {
    expect(readPlaygroundConfig({})).toEqual({
      host: '127.0.0.1',
      port: DEFAULT_PORT,
      endpoint: undefined,
      judge: 'auto',
    });
  });

  it('should read the endpoint, port and judge', () => {
    const config = readPlaygroundConfig({
      PORT: '0',
      OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
      OPENAI_MODEL: 'llama3.2',
      OPENAI_API_KEY: 'secret',
      PLAYGROUND_JUDGE: 'endpoint',
    });
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 0,
      endpoint: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.2', apiKey: 'secret' },
      judge: 'endpoint',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' }, 'OPENAI_MODEL'],
    [{ OPENAI_MODEL: 'gpt' }, 'OPENAI_BASE_URL'],
    [{ PLAYGROUND_JUDGE: 'oracle' }, 'PLAYGROUND_JUDGE'],
    [{ PLAYGROUND_JUDGE: 'endpoint' }, 'PLAYGROUND_JUDGE'],
  ])('should reject %j naming %s', (env, argument) => {
    const error = (() => {
      try {
        readPlaygroundConfig(env);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).argument).toBe(argument);
  });
});
