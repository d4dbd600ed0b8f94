/**
 * Internal reader of the labour functions (not exported from the package): the city-year rows
 * of a panel with the columns they need, checked, sorted by city code then year.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { REGIONS, type Region } from '../../data/schema.js';
import { asTable, type TableInput } from '../../data/table-input.js';

/** One city-year as the labour functions read it (null where the panel has no value). */
export interface LabourCityYear {
  city_code: number;
  city_zh: string;
  region: Region;
  year: number;
  values: Record<string, number | null>;
}

/** Read `columns` (numbers) of a panel; `required` must exist, the others are null when absent. */
export function readCityYears(panel: TableInput, fn: string, required: readonly string[], optional: readonly string[] = []): LabourCityYear[] {
  const t = asTable(panel, fn);
  const names = t.columnNames();
  for (const c of ['city_code', 'city_zh', 'region', 'year', ...required]) {
    if (!names.includes(c)) {
      throw new DataError('missing-column', `the table has no "${c}" column`, { function: fn, column: c }, 'pass a city-year panel such as loadGuangdongPanel()');
    }
  }
  const n = t.numRows();
  const col = (c: string): unknown[] => (names.includes(c) ? (t.array(c) as unknown[]) : new Array<unknown>(n).fill(null));
  const code = col('city_code');
  const zh = col('city_zh');
  const region = col('region');
  const year = col('year');
  const cols = [...required, ...optional].map((c) => [c, col(c)] as const);
  const num = (v: unknown, i: number, c: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new DataError('not-a-number', `value ${String(v)} is not a finite number`, { function: fn, row: i + 1, column: c },
        'read the table with readPanel/panelFromRecords, which parses and validates numbers');
    }
    return v;
  };
  const out: LabourCityYear[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    const r = region[i] as Region;
    if (!REGIONS.includes(r)) throw new DataError('invalid', `unknown region ${String(region[i])}`, { function: fn, row: i + 1, column: 'region' });
    const c = num(code[i], i, 'city_code');
    const y = num(year[i], i, 'year');
    if (c === null || y === null) throw new DataError('invalid', 'city_code and year must be given', { function: fn, row: i + 1, column: c === null ? 'city_code' : 'year' });
    const key = `${c}|${y}`;
    if (seen.has(key)) throw new DataError('duplicate-key', `two rows for city ${c} in ${y}`, { function: fn, row: i + 1, column: 'year' });
    seen.add(key);
    const values: Record<string, number | null> = {};
    for (const [name, v] of cols) values[name] = num(v[i], i, name);
    out.push({ city_code: c, city_zh: String(zh[i]), region: r, year: y, values });
  }
  return out.sort((a, b) => a.city_code - b.city_code || a.year - b.year);
}

/** The years present, ascending. */
export function yearsOf(rows: readonly LabourCityYear[]): number[] {
  return Array.from(new Set(rows.map((r) => r.year))).sort((a, b) => a - b);
}
