/**
 * Inequality measures at scale: Theil T and L decompositions (4 groups, population-weighted)
 * and the Gini coefficient (weighted and unweighted) over 1,000,000 units. Prints ns per unit.
 * Deterministic input (a seeded log-normal-ish generator), so runs are comparable.
 */
import { gini, theilDecompose, theilT } from '../src/measures/inequality/index.js';

const N = 1_000_000;

function makeInput(n: number): { values: Float64Array; weights: Float64Array; groups: string[] } {
  let seed = 20110101;
  const rand = (): number => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const labels = ['PRD', 'East', 'West', 'North'];
  const values = new Float64Array(n);
  const weights = new Float64Array(n);
  const groups = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const g = Math.floor(rand() * 4);
    groups[i] = labels[g]!;
    values[i] = Math.exp(10 + (g === 0 ? 0.8 : 0) + 0.6 * (rand() + rand() + rand() - 1.5));
    weights[i] = 1 + rand() * 100;
  }
  return { values, weights, groups };
}

function time(label: string, n: number, f: () => unknown, repeat = 3): void {
  f(); // warm-up
  let best = Infinity;
  let result: unknown;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.hrtime.bigint();
    result = f();
    const ns = Number(process.hrtime.bigint() - t0);
    best = Math.min(best, ns);
  }
  const shown = typeof result === 'number' ? result.toFixed(6) : '';
  console.log(`${label.padEnd(44)} ${(best / n).toFixed(1).padStart(8)} ns/unit  ${(best / 1e6).toFixed(1).padStart(8)} ms  ${shown}`);
}

export default async function run(): Promise<void> {
  const { values, weights, groups } = makeInput(N);
  const v = Array.from(values);
  const w = Array.from(weights);
  console.log(`${N.toLocaleString('en')} units, 4 groups (best of 3 after a warm-up)`);
  time('theilT (weighted)', N, () => theilT(v, w));
  time('theilDecompose T (weighted, 4 groups)', N, () => theilDecompose(v, groups, { weights: w, index: 'T' }).total);
  time('theilDecompose L (weighted, 4 groups)', N, () => theilDecompose(v, groups, { weights: w, index: 'L' }).total);
  time('theilDecompose T (unweighted, 4 groups)', N, () => theilDecompose(v, groups, { index: 'T' }).total);
  time('gini (unweighted, sort included)', N, () => gini(v));
  time('gini (weighted, sort included)', N, () => gini(v, { weights: w }));
}
