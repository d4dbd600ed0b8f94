/**
 * Spatial statistics at scale: Moran's I and local Moran with 9,999 permutations on 3,000 units
 * with k = 8 nearest-neighbour weights (row-standardised). Deterministic input: points and values
 * from a seeded generator (values with a spatial trend, so the statistics are not trivial).
 */
import { knnWeights, localMoran, moranI } from '../src/measures/spatial/index.js';

const N = 3000;
const K = 8;
const P = 9999;

function makeInput(n: number): { points: [number, number][]; y: number[] } {
  let seed = 20260101;
  const rand = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const points: [number, number][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i++) {
    const lon = 109.7 + rand() * 7.5;
    const lat = 20.2 + rand() * 5;
    points.push([lon, lat]);
    y.push(10 + (lon - 109.7) + 2 * rand());
  }
  return { points, y };
}

/** Best wall time and best CPU time (user + system of this process) of `repeat` runs after a warm-up. */
function time<T>(label: string, f: () => T, repeat = 3): T {
  let result = f(); // warm-up
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < repeat; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    result = f();
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1e3);
  }
  console.log(`${label.padEnd(52)} ${best.toFixed(0).padStart(7)} ms wall ${bestCpu.toFixed(0).padStart(7)} ms cpu`);
  return result;
}

export default async function run(): Promise<void> {
  const { points, y } = makeInput(N);
  console.log(`${N.toLocaleString('en')} units, k = ${K} nearest neighbours, ${P.toLocaleString('en')} permutations (best of 3 after a warm-up; cpu = user + system time of this process, less sensitive to a busy machine than wall time)`);
  const w = time(`knnWeights (k = ${K}, great-circle)`, () => knnWeights(points, { k: K }));
  const g = time(`moranI (${P} permutations)`, () => moranI(y, w, { permutations: P, seed: 1 }));
  console.log(`  I = ${g.I.toFixed(4)}, pSim = ${g.pSim}`);
  const l = time(`localMoran (${P} conditional permutations)`, () => localMoran(y, w, { permutations: P, seed: 1 }));
  console.log(`  significant at 0.05: ${l.filter((r) => r.pSim <= 0.05).length} of ${N}`);
}
