import { describe, expect, it } from 'vitest';
import { colourEnabled, createColours } from './colours';

const ioWith = (isTTY: boolean, env: Record<string, string | undefined>) => ({
  stdout: { write: () => true, isTTY },
  stderr: { write: () => true, isTTY: false },
  env,
  cwd: '.',
});

describe('colourEnabled', () => {
  it.each([
    [true, {}, true],
    [false, {}, false],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
  ])('should paint a terminal=%s with env %o: %s', (isTTY, env, expected) => {
    expect(colourEnabled(ioWith(isTTY, env))).toBe(expected);
  });

  it('should give plain text from createColours when colour is off', () => {
    expect(createColours(ioWith(false, {})).red('x')).toBe('x');
    expect(createColours(ioWith(true, {})).red('x')).not.toBe('x');
  });
});
