/**
 * Which moves a relocation measure looks at: origin and destination (regions or city
 * codes), years, and a minimum output at the origin. Turned into a SQL predicate on
 * `firm_moves` from validated numbers only.
 * @module
 */
import { MeasureError } from '../core/errors.js';
import { REGIONS } from '../data/schema.js';
import type { Region } from '../data/schema.js';
import { FIRM_CITIES, firmCity } from './cities.js';

/** A place: a region, a city code, or a list mixing both. */
export type PlaceSelector = Region | number | ReadonlyArray<Region | number>;

/** Common selection options of the relocation measures. */
export interface MoveSelection {
  /** Origins (default: every city). `'PRD'` = the nine Pearl River Delta cities. */
  from?: PlaceSelector;
  /** Destinations (default: every city). */
  to?: PlaceSelector;
  /** Only moves whose first year at the destination is in this year or range (inclusive). */
  year?: number | readonly [number, number];
  /** Only firms whose output at the origin (last year before the move) is at least this. */
  minOutput?: number;
}

/** The city codes selected by a place selector (sorted, unique). */
export function citiesOf(measure: string, argument: string, sel: PlaceSelector | undefined): number[] {
  if (sel === undefined) return FIRM_CITIES.map((c) => c.city_code);
  const items = Array.isArray(sel) ? (sel as ReadonlyArray<Region | number>) : [sel as Region | number];
  if (items.length === 0) {
    throw new MeasureError('empty', measure, 'names no region or city', { argument });
  }
  const out = new Set<number>();
  items.forEach((it, index) => {
    if (typeof it === 'number') {
      if (!firmCity(it)) {
        throw new MeasureError('out-of-domain', measure, `${it} is not a Guangdong prefecture code (440100…445300)`, { argument, index });
      }
      out.add(it);
    } else if ((REGIONS as readonly string[]).includes(it)) {
      for (const c of FIRM_CITIES) if (c.region === it) out.add(c.city_code);
    } else {
      throw new MeasureError('out-of-domain', measure, `"${String(it)}" is not a region (PRD, East, West, North) nor a city code`, { argument, index });
    }
  });
  return [...out].sort((a, b) => a - b);
}

/** SQL predicate on firm_moves for a selection (numbers only). */
export function selectionSql(measure: string, sel: MoveSelection): string {
  const parts: string[] = [];
  if (sel.from !== undefined) parts.push(`origin IN (${citiesOf(measure, 'from', sel.from).join(', ')})`);
  if (sel.to !== undefined) parts.push(`destination IN (${citiesOf(measure, 'to', sel.to).join(', ')})`);
  if (sel.year !== undefined) {
    const [a, b] = typeof sel.year === 'number' ? [sel.year, sel.year] : sel.year;
    if (!Number.isInteger(a) || !Number.isInteger(b) || a > b) {
      throw new MeasureError('out-of-domain', measure, `year must be an integer or an ordered [first, last] pair, got ${JSON.stringify(sel.year)}`, { argument: 'year' });
    }
    parts.push(`year BETWEEN ${a} AND ${b}`);
  }
  if (sel.minOutput !== undefined) {
    if (!Number.isFinite(sel.minOutput)) {
      throw new MeasureError('not-finite', measure, `${String(sel.minOutput)} is not a finite number`, { argument: 'minOutput' });
    }
    parts.push(`output_before >= ${sel.minOutput}`);
  }
  return parts.length ? parts.join(' AND ') : 'TRUE';
}
