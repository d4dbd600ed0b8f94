import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/measures/spatial/random.js';

/** Straightforward xoshiro128** 1.1 on unsigned words, from the reference C (prng.di.unimi.it). */
function reference(state: number[]): () => number {
  const s = state.map((v) => v >>> 0);
  const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
  return () => {
    const result = Math.imul(rotl(Math.imul(s[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2] = (s[2]! ^ s[0]!) >>> 0;
    s[3] = (s[3]! ^ s[1]!) >>> 0;
    s[1] = (s[1]! ^ s[2]!) >>> 0;
    s[0] = (s[0]! ^ s[3]!) >>> 0;
    s[2] = (s[2]! ^ t) >>> 0;
    s[3] = rotl(s[3]!, 11);
    return result;
  };
}

function splitmix32(seed: number): number[] {
  let x = seed >>> 0;
  return [0, 1, 2, 3].map(() => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  });
}

describe('seeded generator (internal)', () => {
  it('is xoshiro128** seeded by SplitMix32', () => {
    for (const seed of [0, 1, 12345, 4294967295]) {
      const ref = reference(splitmix32(seed));
      const rng = createRng(seed);
      for (let i = 0; i < 1000; i++) expect(rng.nextUint32()).toBe(ref());
    }
  });

  it('draws unbiased integers in [0, m): every value of a small range about equally often', () => {
    const rng = createRng(7);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60000; i++) counts[rng.int(6)]! += 1;
    for (const c of counts) expect(Math.abs(c - 10000)).toBeLessThan(400);
    expect(createRng(1).int(1)).toBe(0);
    const big = createRng(3);
    for (let i = 0; i < 100; i++) {
      const v = big.int(3_000_000_000);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThan(3_000_000_000);
    }
  });
});
