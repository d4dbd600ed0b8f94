/**
 * Internal helpers of the disparity panel functions: city labels and grouping cities (four
 * regions, or the PRD against the periphery 粤东西北), the one-row-per-city-year check and the
 * positivity check of the inequality measures. The column readers, year selection and flag
 * warnings they share with the growth tables are in `../access.ts`. Not exported from the
 * package (except {@link PERIPHERY_GROUP}, {@link DisparityGrouping} and {@link DisparityGroupLabel}).
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { REGIONS, type Region } from '../../data/schema.js';
import { DISPARITY_WORDING, cityLabels as cityLabelsOfRows, requireColumns, textColumn } from '../access.js';

/** How cities are grouped: Guangdong's four regions, or the PRD against the periphery (粤东西北, the other 12 cities). */
export type DisparityGrouping = 'region' | 'prd-vs-periphery';

/**
 * Label of 粤东西北 (East, West and North together) wherever the library groups them: the group of
 * `'prd-vs-periphery'` and the combined scope of `transferTable`'s shift-share.
 */
export const PERIPHERY_GROUP = 'periphery';

/** The group labels of a grouping: the four regions, or `PRD` and `periphery`. */
export type DisparityGroupLabel<G extends DisparityGrouping = DisparityGrouping> = G extends 'region' ? Region : 'PRD' | typeof PERIPHERY_GROUP;

/** The grouping checked: `'region'` or `'prd-vs-periphery'` (the former `'prd-vs-rest'` is refused with the new name). */
export function requireGrouping(grouping: unknown, fn: string): DisparityGrouping {
  if (grouping === 'region' || grouping === 'prd-vs-periphery') return grouping;
  throw new DataError('invalid', `groups must be 'region' or 'prd-vs-periphery', got ${JSON.stringify(grouping)}`, { file: fn },
    grouping === 'prd-vs-rest' ? "the PRD-against-粤东西北 grouping is called 'prd-vs-periphery'" : "pass { groups: 'region' }");
}

/** The group labels of a grouping, in their conventional order. */
export function groupLabels<G extends DisparityGrouping>(grouping: G): Array<DisparityGroupLabel<G>> {
  return (grouping === 'region' ? [...REGIONS] : ['PRD', PERIPHERY_GROUP]) as Array<DisparityGroupLabel<G>>;
}

/** City label of each row by the one rule of the panel functions (see `cityLabels` in ../access.ts); the table must have a city column. */
export function cityLabels(t: ColumnTable, fn: string): string[] {
  const names = t.columnNames();
  if (!['city_zh', 'city_en', 'city_code'].some((c) => names.includes(c))) {
    throw new DataError('missing-column', 'the table has no city column (city_zh, city_en or city_code)', { file: fn, column: 'city_code' });
  }
  return cityLabelsOfRows(t);
}

/** Group of each row under a grouping, from the `region` column (unknown regions are a DataError). */
export function groupOfRows(t: ColumnTable, grouping: DisparityGrouping, fn: string): string[] {
  requireColumns(t, fn, ['region'], DISPARITY_WORDING);
  const regions = textColumn(t, 'region');
  return regions.map((r, i) => {
    if (!(REGIONS as readonly string[]).includes(r)) {
      throw new DataError('unknown-category', `region "${r}" is not one of ${REGIONS.join(', ')}`, { file: fn, row: i + 1, column: 'region' },
        'use the four official regions (regionOf() maps a city to its region)');
    }
    return grouping === 'region' ? r : r === 'PRD' ? 'PRD' : PERIPHERY_GROUP;
  });
}

/** Throw on a negative (or, when `strict`, zero) value, naming the row. */
export function requirePositive(value: number, fn: string, row: number, column: string, strict: boolean): void {
  if (strict ? value <= 0 : value < 0) {
    throw new DataError('out-of-range', `value ${value} must be ${strict ? 'positive' : 'non-negative'}`, { file: fn, row: row + 1, column },
      'inequality measures need per-capita levels above zero; correct or remove the row');
  }
}

/**
 * Throw a DataError `duplicate-key` naming the first row (in table order) that repeats a
 * city-year among the rows for which `keep(i)` holds (all rows by default).
 */
export function requireUniqueCityYears(city: readonly string[], year: ReadonlyArray<number | null>, fn: string, keep?: (i: number) => boolean): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < city.length; i++) {
    if (keep && !keep(i)) continue;
    const key = `${year[i]}\u0000${city[i]}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new DataError('duplicate-key', `city "${city[i]}" has two rows for ${year[i]} (rows ${first + 1} and ${i + 1})`, { file: fn, row: i + 1 },
        'keep one row per city and year');
    }
    seen.set(key, i);
  }
}
