/**
 * Internal helper of the labour functions (not exported from the package): groups city-years
 * into region-years (or the province), with the member cities and the employment breaks met.
 * @module
 */
import { REGIONS, type Region } from '../../data/schema.js';
import { employmentBreaks } from './employment-breaks.js';
import type { LabourCityYear } from './rows.js';
import type { TableInput } from '../../data/table-input.js';

/** Region code, or 'Guangdong' for the 21 cities together. */
export type LabourUnit = Region | 'Guangdong';

/** Units in report order. */
export const LABOUR_UNITS: readonly LabourUnit[] = [...REGIONS, 'Guangdong'];

export interface UnitYear {
  unit: LabourUnit;
  year: number;
  members: LabourCityYear[];
}

/** Group rows into unit-years (the four regions and the province), units in {@link LABOUR_UNITS} order, years ascending. */
export function unitYears(rows: readonly LabourCityYear[]): UnitYear[] {
  const map = new Map<string, UnitYear>();
  for (const r of rows) {
    for (const unit of [r.region, 'Guangdong'] as LabourUnit[]) {
      const k = `${unit}|${r.year}`;
      const g = map.get(k) ?? { unit, year: r.year, members: [] };
      g.members.push(r);
      map.set(k, g);
    }
  }
  return Array.from(map.values()).sort((a, b) => LABOUR_UNITS.indexOf(a.unit) - LABOUR_UNITS.indexOf(b.unit) || a.year - b.year);
}

/** Cities whose employment series breaks in each year (from {@link employmentBreaks}), by year. */
export function employmentBreakCities(panel: TableInput, thresholdPp?: number): Map<number, Array<{ city_zh: string; region: Region }>> {
  const m = new Map<number, Array<{ city_zh: string; region: Region }>>();
  for (const r of employmentBreaks(panel, thresholdPp === undefined ? {} : { thresholdPp })) {
    if (!r.break_before) continue;
    m.set(r.year, [...(m.get(r.year) ?? []), { city_zh: r.city_zh, region: r.region }]);
  }
  return m;
}

/** Σ of a value over members; null unless every member has it. */
export function sumAll(members: readonly LabourCityYear[], column: string): number | null {
  let s = 0;
  for (const m of members) {
    const v = m.values[column];
    if (v === null || v === undefined) return null;
    s += v;
  }
  return s;
}
