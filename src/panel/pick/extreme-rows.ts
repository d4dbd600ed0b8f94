/**
 * The rows with the smallest and the largest value of a numeric field.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { KnownFields } from './year-rows.js';

/** Result of {@link extremeRows}. */
export interface ExtremeRows<R, K extends keyof R> {
  /** The row with the smallest value (the first such row in input order on a tie). */
  min: KnownFields<R, K>;
  /** The row with the largest value (the first such row in input order on a tie). */
  max: KnownFields<R, K>;
  /** Rows with a value (null and undefined are skipped). */
  n: number;
  /** Rows without a value. */
  n_missing: number;
}

/**
 * The rows holding the minimum and the maximum of the numeric field `key`, skipping rows where it
 * is null or undefined (counted in `n_missing`, never treated as 0). Ties keep the first row in
 * input order. Used for "the highest and the lowest city" or "the range of Moran's I over the years".
 *
 * @throws DataError (`empty`) when no row has a value; (`not-a-number`) for a value that is not a finite number.
 * @example
 * ```ts
 * const { min, max } = extremeRows(cityValues(panel, { year: 2019 }), 'value');
 * max.city_zh // 深圳; max.value / min.value // 7.51
 * ```
 */
export function extremeRows<R extends object, K extends keyof R>(rows: readonly R[], key: K): ExtremeRows<R, K> {
  const fn = 'extremeRows';
  let min: R | undefined;
  let max: R | undefined;
  let n = 0;
  rows.forEach((r, i) => {
    const v = r[key] as unknown;
    if (v === null || v === undefined) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new DataError('not-a-number', `value ${JSON.stringify(v)} is not a finite number`, { function: fn, row: i + 1, column: String(key) });
    }
    n++;
    if (min === undefined || v < (min[key] as number)) min = r;
    if (max === undefined || v > (max[key] as number)) max = r;
  });
  if (min === undefined || max === undefined) {
    throw new DataError('empty', `none of the ${rows.length} rows has a value for ${String(key)}`, { function: fn, column: String(key) });
  }
  return { min: min as KnownFields<R, K>, max: max as KnownFields<R, K>, n, n_missing: rows.length - n };
}
