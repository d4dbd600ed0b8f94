/**
 * Shared index draws for conditional permutation (internal), as esda's `crand`.
 * @module
 */
import { createRng } from './random.js';

/**
 * P rows of k distinct indices drawn uniformly without replacement from [0, m): a flat
 * Int32Array of P·k entries (row p at p·k). Each row is a partial Fisher–Yates shuffle of a
 * persistent index array (uniform whatever the array's current order).
 */
export function conditionalDraws(m: number, k: number, permutations: number, seed: number): Int32Array {
  const rng = createRng(seed);
  const pool = new Int32Array(m);
  for (let i = 0; i < m; i++) pool[i] = i;
  const kk = Math.min(k, m);
  const out = new Int32Array(permutations * k);
  for (let p = 0; p < permutations; p++) {
    for (let q = 0; q < kk; q++) {
      const j = q + rng.int(m - q);
      const t = pool[q]!;
      pool[q] = pool[j]!;
      pool[j] = t;
      out[p * k + q] = pool[q]!;
    }
  }
  return out;
}
