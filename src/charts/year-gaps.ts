/**
 * Breaking lines at missing years: vega-lite joins the points of a line across any gap on the x
 * axis (a series with 2016 and 2020 but nothing between is drawn as one segment). A row with a
 * null value at each missing year breaks the path (vega-lite 6 draws line marks with a
 * `defined` test on the y value), so a chart shows the gap instead of inventing a trend.
 * @module
 */
import type { Row } from './rows.js';

/**
 * Add, for every series (rows sharing the `keys` columns) and every whole year between the
 * first and last year of all the rows that the series lacks, a row with the keys, the year,
 * `null` in each of `values` and `gap: true`. Rows given are kept as they are, in order; the
 * added rows follow. Nothing is filled in: the added rows carry no value.
 * @param keys columns naming a series (e.g. `['unit']`); `[]` for one series.
 * @example
 * ```ts
 * fillYearGaps([{ unit: 'PRD', year: 2016, v: 1 }, { unit: 'PRD', year: 2020, v: 2 }], ['unit'], ['v'])
 * // → the two rows, then { unit: 'PRD', year: 2017, v: null, gap: true }, … 2018, 2019
 * ```
 */
export function fillYearGaps(rows: readonly Row[], keys: readonly string[], values: readonly string[]): Row[] {
  const years = rows.map((r) => r['year']).filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
  if (years.length === 0) return [...rows];
  let first = years[0]!;
  let last = years[0]!;
  for (const y of years) {
    if (y < first) first = y;
    if (y > last) last = y;
  }
  const series = new Map<string, { key: Row; years: Set<number> }>();
  for (const r of rows) {
    const id = JSON.stringify(keys.map((k) => r[k] ?? null));
    let s = series.get(id);
    if (!s) {
      s = { key: Object.fromEntries(keys.map((k) => [k, r[k]])), years: new Set() };
      series.set(id, s);
    }
    if (typeof r['year'] === 'number') s.years.add(r['year']);
  }
  const added: Row[] = [];
  for (const s of series.values()) {
    for (let y = first; y <= last; y++) {
      if (s.years.has(y)) continue;
      const row: Row = { ...s.key, year: y };
      for (const v of values) row[v] = null;
      row['gap'] = true;
      added.push(row);
    }
  }
  return rows.concat(added);
}

/** Every whole year from the first to the last year of the rows (for an ordinal axis that must show gaps). */
export function yearRange(rows: readonly Row[]): number[] {
  const years = rows.map((r) => r['year']).filter((y): y is number => typeof y === 'number' && Number.isInteger(y));
  if (years.length === 0) return [];
  let lo = years[0]!;
  let hi = years[0]!;
  for (const y of years) {
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}
