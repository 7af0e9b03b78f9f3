import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSha256, sha256Hex } from './sha256';

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
  ])('should match the FIPS 180-4 test vector for %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected);
  });

  it.each([55, 56, 63, 64, 65, 127, 128, 1000])('should agree with node:crypto for %i bytes', (length) => {
    const text = 'é'.repeat(length).slice(0, length);
    expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });
});

describe('createSha256', () => {
  it('should give the same digest when fed in uneven slices', () => {
    const bytes = new TextEncoder().encode('valueflow '.repeat(300));
    const hasher = createSha256();
    for (let offset = 0; offset < bytes.length; offset += 37) hasher.update(bytes.subarray(offset, offset + 37));
    expect(hasher.digestHex()).toBe(createHash('sha256').update(bytes).digest('hex'));
  });
});
