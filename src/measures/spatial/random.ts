/**
 * The seeded random generator behind every permutation test of the spatial measures (internal).
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna 2018, https://prng.di.unimi.it/xoshiro128starstar.c,
 * public domain), 128-bit state, period 2^128 − 1, seeded by expanding the 32-bit seed with
 * SplitMix32 (the seeding recommended by the authors). Integers in [0, m) are drawn without
 * bias by Lemire's multiply-and-reject method. Permutations are Fisher–Yates shuffles (from the
 * last position down, swapping position i with a uniform j in [0, i]).
 * Same seed → same stream on every platform (pure 32-bit integer arithmetic), so permutation
 * p-values repeat exactly. numpy's generators (which esda uses) are not reproduced: simulated
 * p-values agree with esda's only up to Monte-Carlo error.
 *
 * Checked: `Math.random` (not seedable) and simple-statistics (no seeded generator) do not serve.
 * @module
 */

/** A seeded stream of uniform integers (xoshiro128** seeded by SplitMix32). */
export class Rng {
  /** State words as signed 32-bit integers in a typed array (no boxed doubles in the hot loop). */
  private readonly s = new Int32Array(4);

  constructor(seed: number) {
    let x = seed >>> 0;
    const split = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) | 0;
    };
    for (let i = 0; i < 4; i++) this.s[i] = split();
    if ((this.s[0]! | this.s[1]! | this.s[2]! | this.s[3]!) === 0) this.s[0] = 1;
  }

  /** Next raw unsigned 32-bit integer. */
  nextUint32(): number {
    const s = this.s;
    const s0 = s[0]!, s1 = s[1]!;
    let s2 = s[2]!, s3 = s[3]!;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s[1] = s1 ^ s2;
    s[0] = s0 ^ s3;
    s2 ^= t;
    s[2] = s2;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return result >>> 0;
  }

  /**
   * Uniform integer in [0, m), 1 ≤ m ≤ 2^32, unbiased: Lemire's multiply-and-reject method
   * (x·m split into high and low 32-bit words, exact in doubles since x·m < 2^53; the low word is
   * rejected below (2^32 − m) mod m). Lemire, D. (2019) Fast random integer generation in an
   * interval, ACM TOMACS 29(1). Larger m (up to 2^32) falls back to plain rejection sampling.
   */
  int(m: number): number {
    if (m > 2097152) {
      const limit = 4294967296 - (4294967296 % m);
      let r = this.nextUint32();
      while (r >= limit) r = this.nextUint32();
      return r % m;
    }
    let prod = this.nextUint32() * m;
    let hi = Math.floor(prod / 4294967296);
    let lo = prod - hi * 4294967296;
    if (lo < m) {
      const threshold = (4294967296 - m) % m;
      while (lo < threshold) {
        prod = this.nextUint32() * m;
        hi = Math.floor(prod / 4294967296);
        lo = prod - hi * 4294967296;
      }
    }
    return hi;
  }
}

/** Create a generator from an unsigned 32-bit seed. */
export function createRng(seed: number): Rng {
  return new Rng(seed);
}

/** Check a `seed` option: an integer in [0, 2^32). */
export function checkSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed < 4294967296;
}
