/**
 * The seeded random generator behind every permutation test of the spatial measures (internal).
 *
 * Generator: xoshiro128** 1.1 (Blackman & Vigna 2018, https://prng.di.unimi.it/xoshiro128starstar.c,
 * public domain), 128-bit state, period 2^128 − 1, seeded by expanding the 32-bit seed with
 * SplitMix32 (the seeding recommended by the authors). Integers in [0, m) are drawn without
 * modulo bias by rejection (values at or above the largest multiple of m below 2^32 are redrawn).
 * Same seed → same stream on every platform (pure 32-bit integer arithmetic), so permutation
 * p-values repeat exactly. numpy's generators (which esda uses) are not reproduced: simulated
 * p-values agree with esda's only up to Monte-Carlo error.
 *
 * Checked: `Math.random` (not seedable) and simple-statistics (no seeded generator) do not serve.
 * @module
 */

/** A seeded stream of uniform integers. */
export interface Rng {
  /** Next raw unsigned 32-bit integer. */
  nextUint32(): number;
  /** Uniform integer in [0, m), 1 ≤ m ≤ 2^32, unbiased. */
  int(m: number): number;
}

/** Create a generator from an unsigned 32-bit seed. */
export function createRng(seed: number): Rng {
  let x = seed >>> 0;
  const split = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = split();
  let s1 = split();
  let s2 = split();
  let s3 = split();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  const int = (m: number): number => {
    const limit = 4294967296 - (4294967296 % m);
    let r = nextUint32();
    while (r >= limit) r = nextUint32();
    return r % m;
  };
  return { nextUint32, int };
}

function rotl(v: number, k: number): number {
  return ((v << k) | (v >>> (32 - k))) >>> 0;
}

/** Check a `seed` option: an integer in [0, 2^32). */
export function checkSeed(seed: number): boolean {
  return Number.isInteger(seed) && seed >= 0 && seed < 4294967296;
}
