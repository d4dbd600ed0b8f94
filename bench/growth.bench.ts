/**
 * Benchmark: growthGapTable and structureTable on a generated 3,000-unit × 30-year panel
 * (90,000 city-year rows, synthetic numbers — not data). Prints rows per second.
 */
import * as aq from 'arquero';
import { growthGapTable, structureTable, regionShares } from '../src/panel/growth/index.js';
import { setWarningHandler } from '../src/core/warnings.js';

const UNITS = 3000;
const YEARS = 30;
const REGIONS = ['PRD', 'East', 'West', 'North'] as const;

function generate(): aq.ColumnTable {
  // Deterministic pseudo-random numbers (LCG) so runs are comparable.
  let seed = 42;
  const rnd = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const n = UNITS * YEARS;
  const cols: Record<string, unknown[]> = {
    city_code: [], city_zh: [], region: [], year: [], gdp: [], gdp_real_growth: [], gdp_per_capita_real_growth: [],
    population_registered: [], population_resident: [], primary_share: [], secondary_share: [], tertiary_share: [],
    employment: [], employment_primary_share: [], employment_secondary_share: [], employment_tertiary_share: [], flags: [],
  };
  for (let u = 0; u < UNITS; u++) {
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

export default async function bench(): Promise<void> {
  const prev = setWarningHandler(() => {});
  try {
    const t = generate();
    const rows = t.numRows();
    console.log(`panel: ${UNITS} units × ${YEARS} years = ${rows} rows (synthetic)`);
    time('growthGapTable by city', rows, () => growthGapTable(t, { by: 'city' }));
    time('growthGapTable by region', rows, () => growthGapTable(t, { by: 'region' }));
    time('structureTable by city', rows, () => structureTable(t, { by: 'city' }));
    time('structureTable by region', rows, () => structureTable(t, { by: 'region' }));
    time('regionShares gdp', rows, () => regionShares(t, { variable: 'gdp' }));
  } finally {
    setWarningHandler(prev);
  }
}
