/**
 * The earliest or latest row of a yearly table that has the values a narrative needs.
 * @module
 */
import { DataError } from '../../core/errors.js';

/** A row `R` whose fields `K` are known (not null or undefined). */
export type KnownFields<R, K extends keyof R> = R & { [P in K]-?: NonNullable<R[P]> };

function pick<R extends { year: number }, K extends keyof R>(fn: string, rows: readonly R[], keys: readonly K[], latest: boolean): KnownFields<R, K> {
  let best: R | undefined;
  for (const r of rows) {
    if (keys.some((k) => r[k] === null || r[k] === undefined)) continue;
    if (best === undefined || (latest ? r.year > best.year : r.year < best.year)) best = r;
  }
  if (best === undefined) {
    throw new DataError('empty', `no row of the ${rows.length} given has a value for ${keys.map(String).join(', ')}`, { function: fn, column: keys.map(String).join(',') },
      'check the years asked for and the missing_cities / note columns of the table');
  }
  return best as KnownFields<R, K>;
}

/**
 * The row with the greatest `year` among those whose fields `keys` all have a value (null and
 * undefined count as missing); on a tie of years the first such row in table order. The result
 * is typed with those fields non-null, so a narrative reads them without `!`.
 *
 * @param rows yearly rows, e.g. `disparityTable(...).rows()` or `moranByYear(...)`
 * @param keys the fields the caller needs
 * @throws DataError (`empty`) when no row has all of them.
 * @example
 * ```ts
 * const last = latestRow(disparityTable(panel).rows(), ['theil_t', 'theil_t_between_contribution']);
 * last.year // 2020 on the bundled panel (2021 has two cities only, so theil_t is null)
 * ```
 */
export function latestRow<R extends { year: number }, K extends keyof R>(rows: readonly R[], keys: readonly K[]): KnownFields<R, K> {
  return pick('latestRow', rows, keys, true);
}

/**
 * The row with the smallest `year` among those whose fields `keys` all have a value; see {@link latestRow}.
 * @throws DataError (`empty`) when no row has all of them.
 * @example
 * ```ts
 * earliestRow(weightedDisparityTable(panel), ['theil_t']).year // 2002 (2004 lacks two cities)
 * ```
 */
export function earliestRow<R extends { year: number }, K extends keyof R>(rows: readonly R[], keys: readonly K[]): KnownFields<R, K> {
  return pick('earliestRow', rows, keys, false);
}
