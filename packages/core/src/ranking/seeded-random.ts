import { InvalidArgumentError } from '../errors';

/** A small deterministic random source for simulations, samplers and tests. */
export interface SeededRandom {
  /** Uniform double in [0, 1) with 53 random bits. */
  next(): number;
  /** Uniform integer in [0, n); `n` must be a positive safe integer. */
  int(n: number): number;
  /** Standard Gumbel draw; adding it to utilities and sorting simulates Plackett–Luce. */
  gumbel(): number;
  /** Standard normal draw (Box–Muller). */
  normal(): number;
  /** A shuffled copy of `items` (Fisher–Yates); the input is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

const twoTo32 = 2 ** 32;
const twoTo53 = 2 ** 53;

/**
 * Creates a seeded generator: a 32-bit Weyl sequence passed through a murmur-style avalanche mix.
 *
 * Not cryptographic; chosen because it is tiny, fast and gives identical sequences in every runtime,
 * which reproducible sampling and simulated judges need.
 *
 * @param seed - any safe integer; equal seeds give equal sequences.
 * @returns a {@link SeededRandom}.
 * @throws InvalidArgumentError when `seed` is not a safe integer.
 */
export function createSeededRandom(seed: number): SeededRandom {
  if (!Number.isSafeInteger(seed)) {
    throw new InvalidArgumentError({ argument: 'seed', message: `expected a safe integer, got ${String(seed)}.` });
  }
  // Fold the high bits in so seeds that differ only above 2^32 still differ.
  let state = (seed ^ Math.floor(seed / twoTo32)) >>> 0;
  const next32 = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 16), 0x85ebca6b);
    mixed = Math.imul(mixed ^ (mixed >>> 13), 0xc2b2ae35);
    return (mixed ^ (mixed >>> 16)) >>> 0;
  };
  const next = (): number => ((next32() >>> 5) * 2 ** 26 + (next32() >>> 6)) / twoTo53;
  const positive = (): number => {
    let value = next();
    while (value === 0) value = next();
    return value;
  };
  const int = (n: number): number => {
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new InvalidArgumentError({ argument: 'n', message: `expected a positive safe integer, got ${String(n)}.` });
    }
    return Math.floor(next() * n);
  };
  return {
    next,
    int,
    gumbel: () => -Math.log(-Math.log(positive())),
    normal: () => Math.sqrt(-2 * Math.log(positive())) * Math.cos(2 * Math.PI * next()),
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let index = copy.length - 1; index > 0; index -= 1) {
        const other = int(index + 1);
        [copy[index], copy[other]] = [copy[other], copy[index]];
      }
      return copy;
    },
  };
}
