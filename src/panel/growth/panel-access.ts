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
import { cityLabels, requireColumns, textColumn } from '../access.js';

/** The level at which a panel function reports. */
export type PanelLevel = 'city' | 'region' | 'province';

/** Label of the province-level unit. */
export const PROVINCE_UNIT = 'Guangdong';

/** Whether the table is a city-year panel (it has a city column) rather than a provincial series. */
export function isCityPanel(t: ColumnTable): boolean {
  const cols = t.columnNames();
  return cols.includes('city_code') || cols.includes('city_zh') || cols.includes('city_en');
}

/** Region of each row; a city panel aggregated by region must have a `region` column. */
export function regionKeys(t: ColumnTable, fn: string): string[] {
  requireColumns(t, fn, ['region']);
  const r = textColumn(t, 'region');
  r.forEach((v, i) => {
    if (!v) throw new DataError('invalid', 'region is missing', { function: fn, row: i + 1, column: 'region' }, 'give every city its region (PRD, East, West, North)');
  });
  return r;
}

/**
 * The rows of a panel grouped by unit, in flat arrays (no object or map per unit): unit `u` is
 * `labels[u]` (first-seen order) and its rows, sorted by year, are
 * `order[start[u]]`, …, `order[start[u + 1] - 1]`.
 */
export interface PanelUnits {
  /** Unit labels (city, or the province for a provincial series), in first-seen order. */
  labels: string[];
  /** Unit of each row. */
  unitOf: Int32Array;
  /** Where each unit's rows begin in `order` (length `labels.length + 1`). */
  start: Int32Array;
  /** Row indices grouped by unit, by year within a unit. */
  order: Int32Array;
  /** The year of each row. */
  years: readonly number[];
}

/** Group rows by unit key and sort each unit's rows by year (stable, so equal years keep table order). */
function indexUnits(keys: readonly string[], years: readonly number[]): PanelUnits {
  const n = keys.length;
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const unitOf = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let u = ids.get(keys[i]!);
    if (u === undefined) {
      ids.set(keys[i]!, (u = labels.length));
      labels.push(keys[i]!);
    }
    unitOf[i] = u;
  }
  const start = new Int32Array(labels.length + 1);
  for (let i = 0; i < n; i++) start[unitOf[i]! + 1]!++;
  for (let u = 0; u < labels.length; u++) start[u + 1]! += start[u]!;
  const order = new Int32Array(n);
  const fill = start.slice(0, labels.length);
  for (let i = 0; i < n; i++) order[fill[unitOf[i]!]!++] = i;
  for (let u = 0; u < labels.length; u++) {
    const a = start[u]!;
    const b = start[u + 1]!;
    let sorted = true;
    for (let p = a + 1; p < b && sorted; p++) sorted = years[order[p - 1]!]! <= years[order[p]!]!;
    if (!sorted) order.set(Array.from(order.subarray(a, b)).sort((x, y) => years[x]! - years[y]!), a);
  }
  return { labels, unitOf, start, order, years };
}

/** Check there is one row per unit and year: a DataError names the first row (in table order) that repeats a unit-year. */
function requireUniqueUnitYears(p: PanelUnits, fn: string, what: string): void {
  let first = -1;
  for (let u = 0; u < p.labels.length; u++) {
    for (let k = p.start[u]! + 1; k < p.start[u + 1]!; k++) {
      const i = p.order[k]!;
      if (p.years[i] === p.years[p.order[k - 1]!] && (first < 0 || i < first)) first = i;
    }
  }
  if (first >= 0) {
    throw new DataError('duplicate-key', `${what} "${p.labels[p.unitOf[first]!]}" has two rows for ${p.years[first]}`, { function: fn, row: first + 1 }, 'keep one row per city and year');
  }
}

/** The row of unit `u` in `year`, or -1 (binary search over the unit's sorted years). */
export function rowOf(p: PanelUnits, u: number, year: number): number {
  let lo = p.start[u]!;
  let hi = p.start[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = p.years[p.order[mid]!]!;
    if (y === year) return p.order[mid]!;
    if (y < year) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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
    throw new DataError('invalid', `by must be 'city', 'region' or 'province', not ${JSON.stringify(by)}`, { function: fn }, "pass { by: 'region' }");
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
    throw new DataError('missing-column', `the table has no city column, so it cannot be reported by ${by}`, { function: fn, column: 'city_zh' }, hint);
  }
  return city;
}

/**
 * The units of a panel — its cities, or the province for a provincial series — with each
 * unit's rows by year; a unit with two rows for one year is a DataError.
 */
export function panelUnits(t: ColumnTable, years: readonly number[], city: boolean, fn: string): PanelUnits {
  const units = indexUnits(city ? cityLabels(t) : years.map(() => PROVINCE_UNIT), years);
  requireUniqueUnitYears(units, fn, city ? 'city' : 'the province');
  return units;
}

/**
 * The aggregates of a city panel reported by region or for the province: each one's label,
 * member units (first-seen order) and the years any member has, sorted; regions in the
 * conventional order (PRD, East, West, North, then others).
 */
export function aggregateUnits(t: ColumnTable, by: 'region' | 'province', units: PanelUnits, fn: string): Array<{ unit: string; members: number[]; years: number[] }> {
  const groupOf = by === 'region' ? regionKeys(t, fn) : units.years.map(() => PROVINCE_UNIT);
  const members = new Map<string, Set<number>>();
  groupOf.forEach((g, i) => {
    let set = members.get(g);
    if (!set) members.set(g, (set = new Set<number>()));
    set.add(units.unitOf[i]!);
  });
  return orderRegions(members).map(([unit, memberSet]) => {
    const list = [...memberSet];
    const ys = new Set<number>();
    for (const u of list) for (let k = units.start[u]!; k < units.start[u + 1]!; k++) ys.add(units.years[units.order[k]!]!);
    return { unit, members: list, years: [...ys].sort((a, b) => a - b) };
  });
}

export type { Columns } from '../table.js';

/**
 * The shared kernel of the growth-and-structure tables: each unit's row for a year in O(1),
 * without allocating per lookup. A dense unit × year grid of row indices (−1 where the unit has
 * no row) when it is small enough (at most 4 cells per row of the table, plus 4096), else a
 * binary search over the unit's sorted years ({@link rowOf}).
 *
 * Checked against arquero's verbs (groupby + orderby + derive with `op.lag`): `op.lag` takes the
 * previous row, not the previous year, so a gap in a unit's years needs a join on (unit, year − 1)
 * instead, and the aggregates' rule (every member needed, the missing ones named in `note`)
 * needs each region-year's member rows anyway; this index serves both without a per-row object.
 */
export class UnitYearIndex {
  private readonly first: number;
  private readonly span: number;
  private readonly grid: Int32Array | null;

  constructor(private readonly p: PanelUnits) {
    let lo = Infinity;
    let hi = -Infinity;
    for (const y of p.years) {
      if (y < lo) lo = y;
      if (y > hi) hi = y;
    }
    this.first = lo;
    this.span = p.years.length === 0 ? 0 : hi - lo + 1;
    const cells = p.labels.length * this.span;
    if (p.years.length > 0 && cells <= 4 * p.years.length + 4096) {
      const grid = new Int32Array(cells).fill(-1);
      for (let i = 0; i < p.years.length; i++) grid[p.unitOf[i]! * this.span + (p.years[i]! - lo)] = i;
      this.grid = grid;
    } else {
      this.grid = null;
    }
  }

  /** The row of unit `u` in `year`, or −1. */
  row(u: number, year: number): number {
    if (this.grid === null) return rowOf(this.p, u, year);
    const k = year - this.first;
    return k < 0 || k >= this.span ? -1 : this.grid[u * this.span + k]!;
  }
}

/**
 * A Neumaier-compensated running sum, reusable (`reset`) so that a loop can add values without
 * building an array: `add` in the same order gives exactly `sum(values)` of core/validate.
 */
export class CompensatedSum {
  private s = 0;
  private c = 0;

  reset(): this {
    this.s = 0;
    this.c = 0;
    return this;
  }

  add(v: number): void {
    const t = this.s + v;
    if (Math.abs(this.s) >= Math.abs(v)) this.c += this.s - t + v;
    else this.c += v - t + this.s;
    this.s = t;
  }

  get value(): number {
    return this.s + this.c;
  }
}
