/**
 * `prdSpecialization`: how far each Pearl River Delta city's manufacturing mix of the 2018
 * cross-section (地理研究 2020, 39(9), table 2) lies from the PRD's as a whole (Krugman index).
 * @module
 */
import type { ColumnTable } from 'arquero';
import { prdManufacturingOutput2018, prdManufacturingTable2018, type PrdManufacturingTable2018 } from '../../data/facts.js';
import { krugmanSpecialization } from '../../measures/specialization/krugman-specialization.js';
import { cityLabels, numberColumn, yearColumn } from '../access.js';

/** One city of {@link prdSpecialization}. */
export interface PrdSpecializationRow {
  /** Chinese short name, e.g. 东莞. */
  city: string;
  /** Krugman index of the city's mix against the PRD mix, 0–2 (0: the same mix). */
  krugman: number;
  /** The group with the largest output share of the city's GDP. */
  top: string;
  /** That share, % of the city's GDP. */
  topPct: number;
}

/** What {@link prdSpecialization} returns. */
export interface PrdSpecialization {
  /** Year of the cross-section (2018). */
  year: number;
  /** One row a city, most specialised first; empty when `missingGdp` is not. */
  rows: PrdSpecializationRow[];
  /** Cities of the table with no GDP of that year in the panel (then no index is computed). */
  missingGdp: string[];
  /** The wide table: one row a group, a column `c0`…`c8` per city (% of the city's GDP). */
  wide: Array<{ group: string } & Record<string, string | number>>;
  /** Columns of `wide` after `group`: key `c{i}` and the city as label. */
  cityColumns: Array<{ key: string; label: string }>;
}

/**
 * Krugman specialisation of each PRD city's manufacturing in the 2018 cross-section.
 *
 * Formula: K_c = Σ_g |s_cg − s_Pg|, where s_cg is group g's share in city c's output of the ten
 * groups (the table's % of GDP, scale-free) and s_Pg the PRD's, the PRD output of group g being
 * Σ_c pct_cg / 100 × GDP_c with the GDP of the same year from the panel (`prdManufacturingOutput2018`):
 * the PRD mix weights the cities by GDP. Convention: full sum in [0, 2] (see `krugmanSpecialization`);
 * only the ten groups of the table. Rows sorted by K descending (ties: table order).
 * When a city lacks GDP (or has null GDP) that year, no index is computed: `rows` is empty and
 * `missingGdp` names the cities — the caller says so.
 *
 * Units: K dimensionless; `topPct` and `wide` in % of the city's GDP (output, so it can exceed
 * a value-added share).
 *
 * Reference: 康蕾、刘毅 (2020) 地理研究 39(9), table 2 (source id DLYJ-2020-T2); Krugman (1991).
 *
 * @param panel the city panel (city_zh, year, gdp) or its rows.
 * @example
 * ```ts
 * const s = prdSpecialization(loadGuangdongPanel());
 * s.rows[0]; // { city: '珠海', krugman: 0.6…, top: '…', topPct: … }
 * ```
 */
export function prdSpecialization(
  panel: ColumnTable | ReadonlyArray<{ city_zh: string; year: number; gdp: number | null }>,
  table: PrdManufacturingTable2018 = prdManufacturingTable2018(),
): PrdSpecialization {
  const fn = 'prdSpecialization';
  const gdp = new Map<string, number>();
  if (Array.isArray(panel)) {
    for (const r of panel as ReadonlyArray<{ city_zh: string; year: number; gdp: number | null }>) if (r.year === table.year && r.gdp !== null) gdp.set(r.city_zh, r.gdp);
  } else {
    const t = panel as ColumnTable;
    const cities = cityLabels(t);
    const years = yearColumn(t, fn);
    const g = numberColumn(t, 'gdp', fn);
    years.forEach((y, i) => { if (y === table.year && g[i] !== null) gdp.set(cities[i]!, g[i]!); });
  }
  const pct = (ci: number, gi: number): number => table.sharePct[gi]![ci]!;
  const cityColumns = table.cities.map((c, i) => ({ key: `c${i}`, label: c }));
  const wide = table.groups.map((group, gi) => Object.assign({ group }, Object.fromEntries(table.cities.map((_, ci) => [`c${ci}`, pct(ci, gi)]))));
  const missingGdp = table.cities.filter((c) => !gdp.has(c));
  if (missingGdp.length > 0) return { year: table.year, rows: [], missingGdp, wide, cityColumns };
  const prd = prdManufacturingOutput2018(Object.fromEntries(table.cities.map((c) => [c, gdp.get(c)!])), table);
  const rows = table.cities.map((city, ci) => {
    const mix = table.groups.map((_, gi) => pct(ci, gi));
    let top = 0;
    mix.forEach((v, gi) => { if (v > mix[top]!) top = gi; });
    return { city, krugman: krugmanSpecialization(mix, prd), top: table.groups[top]!, topPct: mix[top]! };
  });
  const order = new Map(rows.map((r, i) => [r.city, i]));
  rows.sort((a, b) => b.krugman - a.krugman || order.get(a.city)! - order.get(b.city)!);
  return { year: table.year, rows, missingGdp: [], wide, cityColumns };
}
