/**
 * Internal helpers of the disparity panel functions: city labels and grouping cities (four
 * regions or PRD vs the rest), and the positivity check of the inequality measures. The column
 * readers, year selection and flag warnings they share with the growth tables are in
 * `../access.ts`. Not exported from the package (except {@link REST_GROUP} and
 * {@link DisparityGrouping}).
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { REGIONS } from '../../data/schema.js';
import { DISPARITY_WORDING, requireColumns, textColumn } from '../access.js';

/** How cities are grouped: Guangdong's four regions, or the PRD against the other 12 cities. */
export type DisparityGrouping = 'region' | 'prd-vs-rest';

/** Label of the non-PRD group under `'prd-vs-rest'` (粤东西北: East, West and North). */
export const REST_GROUP = 'rest';

/** The group labels of a grouping, in their conventional order. */
export function groupLabels(grouping: DisparityGrouping): string[] {
  return grouping === 'region' ? [...REGIONS] : ['PRD', REST_GROUP];
}

/** City label of each row: city_zh, else city_en, else city_code. */
export function cityLabels(t: ColumnTable, fn: string): string[] {
  for (const c of ['city_zh', 'city_en', 'city_code']) if (t.columnNames().includes(c)) return textColumn(t, c);
  throw new DataError('missing-column', 'the table has no city column (city_zh, city_en or city_code)', { function: fn, column: 'city_code' });
}

/** Group of each row under a grouping, from the `region` column (unknown regions are a DataError). */
export function groupOfRows(t: ColumnTable, grouping: DisparityGrouping, fn: string): string[] {
  requireColumns(t, fn, ['region'], DISPARITY_WORDING);
  const regions = textColumn(t, 'region');
  return regions.map((r, i) => {
    if (!(REGIONS as readonly string[]).includes(r)) {
      throw new DataError('unknown-category', `region "${r}" is not one of ${REGIONS.join(', ')}`, { function: fn, row: i + 1, column: 'region' },
        'use the four official regions (regionOf() maps a city to its region)');
    }
    return grouping === 'region' ? r : r === 'PRD' ? 'PRD' : REST_GROUP;
  });
}

/** Throw on a negative (or, when `strict`, zero) value, naming the row. */
export function requirePositive(value: number, fn: string, row: number, column: string, strict: boolean): void {
  if (strict ? value <= 0 : value < 0) {
    throw new DataError('out-of-range', `value ${value} must be ${strict ? 'positive' : 'non-negative'}`, { function: fn, row: row + 1, column },
      'inequality measures need per-capita levels above zero; correct or remove the row');
  }
}

