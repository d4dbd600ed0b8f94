/**
 * Global Moran's I of a city variable, year by year.
 * @module
 */
import { warnColumnFlags, relevantFlags } from '../access.js';
import type { TableInput } from '../../data/table-input.js';
import { moranI } from '../../measures/spatial/moran-i.js';
import type { SpatialWeights } from '../../measures/spatial/types.js';
import { censusBasis, requireYears, spatialPanel } from './access.js';

/** Options of {@link moranByYear}. */
export interface MoranByYearOptions {
  /** Column to test; default `'gdp_per_capita'`. */
  variable?: string;
  /** Years; default every year of the table. */
  years?: readonly number[];
  /** Weights over the table's cities (e.g. `guangdongWeights(guangdongCityBoundaries())`). */
  weights: SpatialWeights;
  /** Permutations for pSim (default 999; 0 = analytic only). */
  permutations?: number;
  /** Seed (default 12345). */
  seed?: number;
}

/** One year of {@link moranByYear}. */
export interface MoranYearRow {
  year: number;
  /** Cities with a value. */
  n: number;
  /** Cities without a value that year (comma-separated); the year is then not tested. */
  missing_cities: string;
  /** Moran's I (null when a city is missing: dropping it would change the weights). */
  I: number | null;
  /** −1/(n − 1). */
  expected: number | null;
  /** z and two-sided p under randomisation. */
  z: number | null;
  p_randomization: number | null;
  /** Folded permutation p and z (null with permutations = 0). */
  p_sim: number | null;
  z_sim: number | null;
  /** Population basis of per-capita values: 'pre-census' (to 2019), 'census-2020', or 'mixed'. Compare I only within one basis. */
  basis: 'pre-census' | 'census-2020' | 'mixed';
  /** Quality flags on the rows used that concern the variable. */
  flags: string;
}

/**
 * Moran's I of a variable across the cities for each year (a cross-section per year, so each year's I
 * stands on its own; the `basis` column marks the 2019/2020 census break of per-capita GDP, across
 * which levels are not comparable — narrate the two segments separately). A year in which any city
 * lacks a value is not tested (I null, the cities listed): leaving a city out would change the
 * neighbour structure. Warnings as `disparityTable` (series breaks crossed, flagged rows used).
 *
 * @param table city-year table with `year`, `city_code`, the variable (and `city_zh`, `flags`)
 * @throws DataError for missing columns, cities not in the weights, a requested year absent.
 * @example
 * ```ts
 * moranByYear(loadGuangdongPanel({ from: 2002, to: 2019 }), { weights: w })
 * ```
 */
export function moranByYear(table: TableInput, options: MoranByYearOptions): MoranYearRow[] {
  const fn = 'moranByYear';
  const variable = options.variable ?? 'gdp_per_capita';
  const panel = spatialPanel(table, fn, variable, options.weights);
  const years = options.years ? [...options.years] : panel.years;
  requireYears(fn, years, panel.years);
  const used: Set<string>[] = [];
  const usedYears: number[] = [];
  const rows = years.map((year): MoranYearRow => {
    const s = panel.slice(year);
    const missing = s.values.map((v, i) => (v === null ? s.names[i]! : '')).filter(Boolean);
    const present = s.flags.filter((_, i) => s.values[i] !== null);
    const base = { year, n: s.values.length - missing.length, missing_cities: missing.join(','), basis: censusBasis(present), flags: relevantFlags(present, [variable]) };
    if (missing.length) return { ...base, I: null, expected: null, z: null, p_randomization: null, p_sim: null, z_sim: null };
    for (const r of present) used.push(r);
    usedYears.push(year);
    const r = moranI(s.values as number[], options.weights, { permutations: options.permutations ?? 999, seed: options.seed ?? 12345 });
    return { ...base, I: r.I, expected: r.expected, z: r.zRandomization, p_randomization: r.pRandomization, p_sim: r.pSim ?? null, z_sim: r.zSim ?? null };
  });
  warnColumnFlags(fn, variable, usedYears, used);
  return rows;
}
