/**
 * The first row that matches a condition and has the values a narrative needs.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { KnownFields } from './year-rows.js';

/**
 * The first row (in input order) for which `where` holds and whose fields `keys` all have a
 * value (null and undefined count as missing), typed with those fields non-null.
 *
 * @param rows typed rows, e.g. `convergenceTable(...).rows()`
 * @param where the condition, e.g. `(r) => r.scope === 'all'`
 * @param keys the fields the caller needs
 * @throws DataError (`empty`) when no row matches with all of them.
 * @example
 * ```ts
 * findRow(convergenceTable(panel, { variable: 'gdp_per_capita', from: 2005, to: 2019 }).rows(), (r) => r.scope === 'all', ['beta', 'p']).beta // −0.0139
 * ```
 */
export function findRow<R extends object, K extends keyof R>(rows: readonly R[], where: (row: R) => boolean, keys: readonly K[]): KnownFields<R, K> {
  for (const r of rows) {
    if (where(r) && keys.every((k) => r[k] !== null && r[k] !== undefined)) return r as KnownFields<R, K>;
  }
  throw new DataError('empty', `none of the ${rows.length} rows matches the condition with a value for ${keys.map(String).join(', ')}`,
    { function: 'findRow', column: keys.map(String).join(',') });
}
