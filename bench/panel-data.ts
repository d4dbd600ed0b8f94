/**
 * The SYNTHETIC city-like panel of the panel benchmarks (not data): `units` × 30 years with every
 * column the six panel tables read, from a seeded generator, so that the Node side (built in
 * process) and the pandas side (read from the CSV written here) compute on the same numbers.
 * It exercises the rules, not only the arithmetic: 10 % of rows carry an official per-capita
 * growth, resident population exists from 2000 and is flagged `resident-pre-census` before
 * 2020 (so 2019→2020 crosses the census revision), 1 % of growth rates are missing.
 */
import { writeFileSync } from 'node:fs';

export const YEARS = 30;
export const FIRST_YEAR = 1992;
const REGIONS = ['PRD', 'East', 'West', 'North'] as const;

/** Column arrays of the synthetic panel (null = missing). */
export function syntheticPanel(units: number): Record<string, unknown[]> {
  let x = 123456789;
  const rnd = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  const n = units * YEARS;
  const names = ['city_zh', 'region', 'year', 'gdp', 'gdp_real_growth', 'gdp_per_capita_real_growth', 'gdp_per_capita',
    'population_resident', 'population_registered', 'primary_share', 'secondary_share', 'tertiary_share',
    'primary_va', 'secondary_va', 'tertiary_va', 'employment', 'employment_primary_share', 'employment_secondary_share',
    'employment_tertiary_share', 'flags'];
  const cols: Record<string, unknown[]> = Object.fromEntries(names.map((c) => [c, new Array<unknown>(n)]));
  const r2 = (v: number) => Math.round(v * 100) / 100;
  let i = 0;
  for (let u = 0; u < units; u++) {
    let gdp = 50 + 500 * rnd();
    let res = 100 + 400 * rnd();
    let reg = res * (0.7 + 0.3 * rnd());
    for (let k = 0; k < YEARS; k++, i++) {
      const year = FIRST_YEAR + k;
      const g = 4 + 10 * rnd();
      gdp *= 1 + (g + 2) / 100;
      res *= 1 + (rnd() * 3 - 0.5) / 100;
      reg *= 1 + (rnd() * 2 - 0.5) / 100;
      const p = r2(2 + 20 * rnd());
      const s = r2(30 + 30 * rnd());
      const t = r2(100 - p - s);
      const ep = r2(10 + 40 * rnd());
      const es = r2(20 + 30 * rnd());
      const gdpR = r2(gdp);
      const resident = year >= 2000 ? r2(res) : null;
      cols.city_zh![i] = `U${u}`;
      cols.region![i] = REGIONS[u % 4];
      cols.year![i] = year;
      cols.gdp![i] = gdpR;
      cols.gdp_real_growth![i] = rnd() < 0.01 ? null : Math.round(g * 10) / 10;
      cols.gdp_per_capita_real_growth![i] = rnd() < 0.1 ? Math.round((g - 1) * 10) / 10 : null;
      cols.gdp_per_capita![i] = Math.round((gdpR * 1e4) / (resident ?? r2(reg)));
      cols.population_resident![i] = resident;
      cols.population_registered![i] = r2(reg);
      cols.primary_share![i] = p;
      cols.secondary_share![i] = s;
      cols.tertiary_share![i] = t;
      cols.primary_va![i] = r2((gdpR * p) / 100);
      cols.secondary_va![i] = r2((gdpR * s) / 100);
      cols.tertiary_va![i] = r2((gdpR * t) / 100);
      cols.employment![i] = r2(reg / 2);
      cols.employment_primary_share![i] = ep;
      cols.employment_secondary_share![i] = es;
      cols.employment_tertiary_share![i] = r2(100 - ep - es);
      cols.flags![i] = resident !== null && year < 2020 ? 'resident-pre-census' : '';
    }
  }
  return cols;
}

/** Write the panel as CSV (empty cell = missing; numbers as JavaScript prints them, which round-trip). */
export function writePanelCsv(path: string, cols: Record<string, unknown[]>): void {
  const names = Object.keys(cols);
  const n = cols[names[0]!]!.length;
  const lines: string[] = [names.join(',')];
  for (let i = 0; i < n; i++) lines.push(names.map((c) => (cols[c]![i] === null ? '' : String(cols[c]![i]))).join(','));
  writeFileSync(path, lines.join('\n') + '\n');
}
