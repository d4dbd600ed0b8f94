/**
 * Internal helpers of the growth-and-structure panel functions: telling a city panel from a
 * provincial series and grouping rows into units (city, region, province). The column readers,
 * year selection and flag warnings they share with the disparity tables are in `../access.ts`.
 * Not exported from the package (except the {@link PanelLevel} type).
 * @module
 */
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { REGIONS } from '../../data/schema.js';
import { requireColumns, textColumn } from '../access.js';

/** The level at which a panel function reports. */
export type PanelLevel = 'city' | 'region' | 'province';

/** Label of the province-level unit. */
export const PROVINCE_UNIT = 'Guangdong';

/** Whether the table is a city-year panel (it has a city column) rather than a provincial series. */
export function isCityPanel(t: ColumnTable): boolean {
  const cols = t.columnNames();
  return cols.includes('city_code') || cols.includes('city_zh') || cols.includes('city_en');
}

/** The city label of each row (city_zh, else city_en, else city_code). */
export function cityKeys(t: ColumnTable): string[] {
  const zh = textColumn(t, 'city_zh');
  const en = textColumn(t, 'city_en');
  const code = textColumn(t, 'city_code');
  return zh.map((z, i) => z || en[i] || code[i]!);
}

/** Region of each row; a city panel aggregated by region must have a `region` column. */
export function regionKeys(t: ColumnTable, fn: string): string[] {
  requireColumns(t, fn, ['region']);
  const r = textColumn(t, 'region');
  r.forEach((v, i) => {
    if (!v) throw new DataError('invalid', 'region is missing', { file: fn, row: i + 1, column: 'region' }, 'give every city its region (PRD, East, West, North)');
  });
  return r;
}

/** Check there is one row per unit key and year. */
export function requireUniqueKeys(keys: string[], years: number[], fn: string, what: string): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    const id = `${k}\u0000${years[i]}`;
    if (seen.has(id)) {
      throw new DataError('duplicate-key', `${what} "${k}" has two rows for ${years[i]}`, { file: fn, row: i + 1 }, 'keep one row per city and year');
    }
    seen.add(id);
  });
}

/** Rows of each unit: key → (year → row index). */
function indexUnits(keys: string[], years: number[]): Map<string, Map<number, number>> {
  const m = new Map<string, Map<number, number>>();
  keys.forEach((k, i) => {
    let u = m.get(k);
    if (!u) m.set(k, (u = new Map()));
    u.set(years[i]!, i);
  });
  return m;
}

/** Entries of a region → members map in the conventional order (PRD, East, West, North, then others). */
function orderRegions<T>(m: Map<string, T>): Array<[string, T]> {
  const rank = (k: string) => {
    const i = (REGIONS as readonly string[]).indexOf(k);
    return i < 0 ? REGIONS.length : i;
  };
  return [...m].sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** `by` checked: one of 'city', 'region', 'province', else a DataError. */
export function requireLevel(by: unknown, fn: string): PanelLevel {
  if (by !== 'city' && by !== 'region' && by !== 'province') {
    throw new DataError('invalid', `by must be 'city', 'region' or 'province', not ${JSON.stringify(by)}`, { file: fn }, "pass { by: 'region' }");
  }
  return by;
}

/**
 * Whether the table is a city panel; a provincial series asked for by city or by region is a DataError.
 * @param hint - how to fix that, in the caller's words.
 */
export function cityPanelFor(t: ColumnTable, by: PanelLevel, fn: string, hint: string): boolean {
  const city = isCityPanel(t);
  if (!city && by !== 'province') {
    throw new DataError('missing-column', `the table has no city column, so it cannot be reported by ${by}`, { file: fn, column: 'city_zh' }, hint);
  }
  return city;
}

/** The units of a panel: each row's key (its city, or the province for a provincial series), checked unique per year, and each unit's rows by year. */
export function panelUnits(t: ColumnTable, years: number[], city: boolean, fn: string): { keys: string[]; units: Map<string, Map<number, number>> } {
  const keys = city ? cityKeys(t) : years.map(() => PROVINCE_UNIT);
  requireUniqueKeys(keys, years, fn, city ? 'city' : 'the province');
  return { keys, units: indexUnits(keys, years) };
}

/**
 * The aggregates of a city panel reported by region or for the province: each one's label,
 * member cities (first-seen order) and the years any member has, sorted; regions in the
 * conventional order (PRD, East, West, North, then others).
 */
export function aggregateUnits(
  t: ColumnTable, by: 'region' | 'province', keys: string[], years: number[], units: Map<string, Map<number, number>>, fn: string,
): Array<{ unit: string; members: string[]; years: number[] }> {
  const groupOf = by === 'region' ? regionKeys(t, fn) : years.map(() => PROVINCE_UNIT);
  const members = new Map<string, Set<string>>();
  keys.forEach((k, i) => {
    const set = members.get(groupOf[i]!) ?? new Set<string>();
    set.add(k);
    members.set(groupOf[i]!, set);
  });
  return orderRegions(members).map(([unit, memberSet]) => {
    const list = [...memberSet];
    return { unit, members: list, years: [...new Set(list.flatMap((k) => [...units.get(k)!.keys()]))].sort((a, b) => a - b) };
  });
}
