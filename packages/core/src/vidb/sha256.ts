// A small SHA-256 (FIPS 180-4) so the platform-neutral entry can hash panels without node:crypto
// or the asynchronous Web Crypto API.

const roundConstants = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** An incremental SHA-256: feed bytes with `update`, read the digest once with `digestHex`. */
export interface Sha256 {
  update(bytes: Uint8Array): Sha256;
  digestHex(): string;
}

/**
 * Creates an incremental SHA-256 hasher, so large panels can be hashed in slices without
 * concatenating them into one buffer.
 *
 * @returns A hasher; `digestHex` finalises it and may be called once.
 */
export function createSha256(): Sha256 {
  const state = new Uint32Array([
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
  ]);
  const schedule = new Uint32Array(64);
  const block = new Uint8Array(64);
  let blockLength = 0;
  let totalBytes = 0;
  let finished = false;

  const compress = (bytes: Uint8Array, offset: number) => {
    for (let index = 0; index < 16; index++) {
      const at = offset + index * 4;
      schedule[index] = (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];
    }
    for (let index = 16; index < 64; index++) {
      const early = schedule[index - 15];
      const late = schedule[index - 2];
      const sigma0 = ((early >>> 7) | (early << 25)) ^ ((early >>> 18) | (early << 14)) ^ (early >>> 3);
      const sigma1 = ((late >>> 17) | (late << 15)) ^ ((late >>> 19) | (late << 13)) ^ (late >>> 10);
      schedule[index] = (schedule[index - 16] + sigma0 + schedule[index - 7] + sigma1) | 0;
    }
    let a = state[0];
    let b = state[1];
    let c = state[2];
    let d = state[3];
    let e = state[4];
    let f = state[5];
    let g = state[6];
    let h = state[7];
    for (let index = 0; index < 64; index++) {
      const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const choice = (e & f) ^ (~e & g);
      const first = (h + sum1 + choice + roundConstants[index] + schedule[index]) | 0;
      const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const majority = (a & b) ^ (a & c) ^ (b & c);
      const second = (sum0 + majority) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + first) | 0;
      d = c;
      c = b;
      b = a;
      a = (first + second) | 0;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  };

  const hasher: Sha256 = {
    update(bytes) {
      if (finished) throw new Error('sha256: update after digest');
      totalBytes += bytes.length;
      let offset = 0;
      if (blockLength > 0) {
        const take = Math.min(64 - blockLength, bytes.length);
        block.set(bytes.subarray(0, take), blockLength);
        blockLength += take;
        offset = take;
        if (blockLength < 64) return hasher;
        compress(block, 0);
        blockLength = 0;
      }
      for (; offset + 64 <= bytes.length; offset += 64) compress(bytes, offset);
      block.set(bytes.subarray(offset), 0);
      blockLength = bytes.length - offset;
      return hasher;
    },
    digestHex() {
      if (finished) throw new Error('sha256: digest called twice');
      finished = true;
      const bitLength = totalBytes * 8;
      block[blockLength++] = 0x80;
      if (blockLength > 56) {
        block.fill(0, blockLength);
        compress(block, 0);
        blockLength = 0;
      }
      block.fill(0, blockLength, 56);
      const high = Math.floor(bitLength / 0x100000000);
      const low = bitLength >>> 0;
      block[56] = high >>> 24;
      block[57] = high >>> 16;
      block[58] = high >>> 8;
      block[59] = high;
      block[60] = low >>> 24;
      block[61] = low >>> 16;
      block[62] = low >>> 8;
      block[63] = low;
      compress(block, 0);
      let hex = '';
      for (const word of state) hex += word.toString(16).padStart(8, '0');
      return hex;
    },
  };
  return hasher;
}

/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex characters.
 *
 * @param text - Any string; encoded as UTF-8 (lone surrogates become U+FFFD, as with `TextEncoder`).
 */
export function sha256Hex(text: string): string {
  return createSha256().update(new TextEncoder().encode(text)).digestHex();
}
