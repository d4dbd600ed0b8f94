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
    throw new DataError('missing-column', 'the table has no city column (city_zh, city_en or city_code)', { function: fn, column: 'city_code' });
  }
  return cityLabelsOfRows(t);
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
    return grouping === 'region' ? r : r === 'PRD' ? 'PRD' : PERIPHERY_GROUP;
  });
}

/** Throw on a negative (or, when `strict`, zero) value, naming the row. */
export function requirePositive(value: number, fn: string, row: number, column: string, strict: boolean): void {
  if (strict ? value <= 0 : value < 0) {
    throw new DataError('out-of-range', `value ${value} must be ${strict ? 'positive' : 'non-negative'}`, { function: fn, row: row + 1, column },
      'inequality measures need per-capita levels above zero; correct or remove the row');
  }
}

/** The cities of a table as integers: `id[i]` is row i's city, `labels[id]` its label (first-seen order). */
export interface CityIds {
  id: Int32Array;
  labels: string[];
}

/** Number the cities of the rows in first-seen order. */
export function cityIds(city: readonly string[]): CityIds {
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const id = new Int32Array(city.length);
  for (let i = 0; i < city.length; i++) {
    let c = ids.get(city[i]!);
    if (c === undefined) {
      ids.set(city[i]!, (c = labels.length));
      labels.push(city[i]!);
    }
    id[i] = c;
  }
  return { id, labels };
}

/**
 * Throw a DataError `duplicate-key` naming the first row (in table order) that repeats a
 * city-year among the rows for which `keep(i)` holds (all rows by default). Rows without a year
 * are skipped. Returns the city numbering it used.
 */
export function requireUniqueCityYears(city: readonly string[], year: ReadonlyArray<number | null>, fn: string, keep?: (i: number) => boolean): CityIds {
  const ids = cityIds(city);
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of year) {
    if (y === null) continue;
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const span = hi >= lo ? hi - lo + 1 : 0;
  const cells = ids.labels.length * span;
  // A bitmap of city × year when small enough (integer years), else a set of keys.
  const grid = Number.isInteger(lo) && Number.isInteger(hi) && cells <= 4 * city.length + 4096 ? new Int32Array(cells) : null;
  const seen = grid === null ? new Map<string, number>() : null;
  for (let i = 0; i < city.length; i++) {
    const y = year[i];
    if (y === null || y === undefined || (keep && !keep(i))) continue;
    let first: number | undefined;
    if (grid !== null && Number.isInteger(y)) {
      const k = ids.id[i]! * span + (y - lo);
      if (grid[k]! > 0) first = grid[k]! - 1;
      else grid[k] = i + 1;
    } else {
      const key = `${y}\u0000${ids.id[i]}`;
      first = seen!.get(key);
      if (first === undefined) seen!.set(key, i);
    }
    if (first !== undefined) {
      throw new DataError('duplicate-key', `city "${city[i]}" has two rows for ${y} (rows ${first + 1} and ${i + 1})`, { file: fn, row: i + 1 },
        'keep one row per city and year');
    }
  }
  return ids;
}
