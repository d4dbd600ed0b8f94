/**
 * Small typed reductions the report chapters need on panel rows: the rows of the latest year,
 * and the row with the smallest or largest value.
 * @module
 */

/**
 * The rows of the latest year present (largest `year`), in input order.
 * Convention: an empty input gives `{ year: null, rows: [] }`.
 * @example
 * ```ts
 * latestRows([{ year: 2020, v: 1 }, { year: 2021, v: 2 }, { year: 2021, v: 3 }]) // { year: 2021, rows: [{ year: 2021, v: 2 }, { year: 2021, v: 3 }] }
 * ```
 */
export function latestRows<R extends { year: number }>(rows: ReadonlyArray<R>): { year: number | null; rows: R[] } {
  let year: number | null = null;
  for (const r of rows) if (year === null || r.year > year) year = r.year;
  return { year, rows: year === null ? [] : rows.filter((r) => r.year === year) };
}

/**
 * The row whose `value(row)` is smallest (`'min'`) or largest (`'max'`); rows where it is null
 * or not finite are skipped; ties keep the first row. Null when no row has a value.
 * @example
 * ```ts
 * extremeRow([{ u: 'a', ts: 1.2 }, { u: 'b', ts: 0.9 }, { u: 'c', ts: null }], (r) => r.ts, 'min') // { u: 'b', ts: 0.9 }
 * ```
 */
export function extremeRow<R>(rows: ReadonlyArray<R>, value: (row: R) => number | null | undefined, which: 'min' | 'max'): R | null {
  let best: R | null = null;
  let bestValue = 0;
  for (const r of rows) {
    const v = value(r);
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (best === null || (which === 'min' ? v < bestValue : v > bestValue)) {
      best = r;
      bestValue = v;
    }
  }
  return best;
}
