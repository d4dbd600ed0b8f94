/**
 * Benchmark: growthGapTable, structureTable and regionShares on generated panels (synthetic
 * numbers — not data): 3,000 units × 30 years (90,000 city-year rows, mean of 3 runs after a
 * warm-up) and 100,000 units × 30 years (3,000,000 rows, one run per function, each in its own
 * process so that its peak resident memory can be read). Prints rows per second and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { growthGapTable, structureTable, regionShares } from '../src/panel/growth/index.js';
import { setWarningHandler } from '../src/core/warnings.js';

const UNITS = 3000;
const LARGE_UNITS = 100_000;
const YEARS = 30;
const REGIONS = ['PRD', 'East', 'West', 'North'] as const;

function generate(units = UNITS): aq.ColumnTable {
  // Deterministic pseudo-random numbers (LCG) so runs are comparable.
  let seed = 42;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const n = units * YEARS;
  const cols: Record<string, unknown[]> = {
    city_code: [], city_zh: [], region: [], year: [], gdp: [], gdp_real_growth: [], gdp_per_capita_real_growth: [],
    population_registered: [], population_resident: [], primary_share: [], secondary_share: [], tertiary_share: [],
    employment: [], employment_primary_share: [], employment_secondary_share: [], employment_tertiary_share: [], flags: [],
  };
  for (let u = 0; u < units; u++) {
    let gdp = 100 + 1000 * rnd();
    let pop = 50 + 500 * rnd();
    for (let y = 0; y < YEARS; y++) {
      const g = 2 + 12 * rnd();
      gdp *= 1 + (g + 2) / 100;
      pop *= 1 + (rnd() - 0.3) / 50;
      const p = 2 + 20 * rnd();
      const s = 30 + 30 * rnd();
      cols.city_code!.push(100000 + u);
      cols.city_zh!.push(`u${u}`);
      cols.region!.push(REGIONS[u % 4]);
      cols.year!.push(1992 + y);
      cols.gdp!.push(gdp);
      cols.gdp_real_growth!.push(g);
      cols.gdp_per_capita_real_growth!.push(null);
      cols.population_registered!.push(pop);
      cols.population_resident!.push(null);
      cols.primary_share!.push(p);
      cols.secondary_share!.push(s);
      cols.tertiary_share!.push(100 - p - s);
      cols.employment!.push(pop / 2);
      const ep = 10 + 40 * rnd();
      const es = 20 + 30 * rnd();
      cols.employment_primary_share!.push(ep);
      cols.employment_secondary_share!.push(es);
      cols.employment_tertiary_share!.push(100 - ep - es);
      cols.flags!.push('');
    }
  }
  void n;
  return aq.table(cols);
}

function time(label: string, rows: number, fn: () => unknown): void {
  fn(); // warm-up
  const runs = 3;
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((rows / ms) * 1000).toLocaleString('en-US').padStart(12)} rows/s`);
}

const CASES: Record<string, (t: aq.ColumnTable) => unknown> = {
  'growthGapTable by city': (t) => growthGapTable(t, { by: 'city' }),
  'growthGapTable by region': (t) => growthGapTable(t, { by: 'region' }),
  'structureTable by city': (t) => structureTable(t, { by: 'city' }),
  'structureTable by region': (t) => structureTable(t, { by: 'region' }),
  'regionShares gdp': (t) => regionShares(t, { variable: 'gdp' }),
};

const MiB = 1024 * 1024;

/** Child process: generate the large panel, run one case once, print JSON {ms, cpuMs, inputRss, peakRss} (RSS in bytes). */
function child(label: string): void {
  setWarningHandler(() => {});
  const t = generate(LARGE_UNITS);
  const inputRss = process.resourceUsage().maxRSS * 1024;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  CASES[label]!(t);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, inputRss, peakRss: process.resourceUsage().maxRSS * 1024 }));
}

function large(): void {
  const rows = LARGE_UNITS * YEARS;
  console.log(`panel: ${LARGE_UNITS} units × ${YEARS} years = ${rows} rows (synthetic), one run each in a fresh process`);
  for (const label of Object.keys(CASES)) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--growth-bench-child', label], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`${label.padEnd(38)} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const { ms, cpuMs, inputRss, peakRss } = JSON.parse(line) as { ms: number; cpuMs: number; inputRss: number; peakRss: number };
    console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((rows / ms) * 1000).toLocaleString('en-US').padStart(12)} rows/s` +
      `  (CPU ${cpuMs.toFixed(0)} ms)  peak RSS ${(peakRss / MiB).toFixed(0).padStart(5)} MiB (input panel alone ${(inputRss / MiB).toFixed(0)} MiB)`);
  }
}

export default async function bench(): Promise<void> {
  const prev = setWarningHandler(() => {});
  try {
    const t = generate();
    const rows = t.numRows();
    console.log(`panel: ${UNITS} units × ${YEARS} years = ${rows} rows (synthetic)`);
    for (const [label, fn] of Object.entries(CASES)) time(label, rows, () => fn(t));
  } finally {
    setWarningHandler(prev);
  }
  large();
}

const at = process.argv.indexOf('--growth-bench-child');
if (at >= 0) child(process.argv[at + 1]!);
