/**
 * The seed plan's headline contrast: GDP growth vs per-capita GDP growth, by city, region or
 * province and year.
 * @module
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import { DataError } from '../../core/errors.js';
import { sum } from '../../core/validate.js';
import { warn } from '../../core/warnings.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { growthGap } from '../../measures/growth/growth-gap.js';
import { perCapitaGrowth } from '../../measures/growth/per-capita-growth.js';
import { flagSets, numberColumn, warnRelevantFlags, yearColumn, yearFilter } from '../access.js';
import { aggregateUnits, cityPanelFor, panelUnits, requireLevel, rowOf, type Columns, type PanelLevel } from './panel-access.js';

/** Which population the identity uses. `auto`: resident (常住) where both years have it, else registered (户籍). */
export type PopulationBasisOption = 'auto' | 'resident' | 'registered';

/** Options of {@link growthGapTable}. */
export interface GrowthGapOptions {
  /** Report by city, by the four regions, or for the province. */
  by: PanelLevel;
  /** Output only these years (earlier years are still read for lags). */
  years?: readonly number[];
  /** Population used by the identity fallback (default `auto`). */
  population?: PopulationBasisOption;
}

/**
 * How the per-capita growth on a row was obtained:
 * - `official`: published per-capita real growth (bulletin / provincial series);
 * - `identity-resident-population`, `identity-registered-population`: (1+g)/(1+p) − 1 with that population;
 * - `missing-gdp-growth`, `missing-population`, `missing-official-per-capita`, `census-break`,
 *   `incomplete` (an aggregate whose member cities lack data): values are null.
 */
export type GrowthGapMethod =
  | 'official'
  | 'identity-resident-population'
  | 'identity-registered-population'
  | 'missing-gdp-growth'
  | 'missing-population'
  | 'missing-official-per-capita'
  | 'census-break'
  | 'incomplete';

/** One output row of {@link growthGapTable}. Rates in percent, the gap in percentage points. */
export interface GrowthGapTableRow {
  /** City (city_zh), region code (PRD/East/West/North) or `Guangdong`. */
  unit: string;
  level: PanelLevel;
  year: number;
  /** Real GDP growth, %. Aggregates: weighted by previous-year nominal GDP. */
  gdp_growth: number | null;
  /** Real per-capita GDP growth, % (see `method`). */
  per_capita_growth: number | null;
  /** gdp_growth − per_capita_growth, percentage points. */
  gap_pp: number | null;
  /** Population growth, % (Σ population for aggregates). */
  population_growth: number | null;
  /** `resident`, `registered`, or null. */
  population_basis: 'resident' | 'registered' | null;
  method: GrowthGapMethod;
  /** Cities with complete inputs / cities in the unit (1/1 for a city). */
  n_units: number;
  n_expected: number;
  /** What is missing, in words ('' when nothing). */
  note: string;
}

interface Cols {
  years: number[];
  g: Array<number | null>;
  pcOff: Array<number | null>;
  gdp: Array<number | null>;
  res: Array<number | null>;
  reg: Array<number | null>;
  flags: Array<Set<string>>;
}

type PopResult = { value: number | null; basis: 'resident' | 'registered' | null; reason: 'missing-population' | 'census-break' | null };

const FN = 'growthGapTable';

function pct(x: number): number {
  return x * 100;
}

/** Population growth (%) of a set of rows (prev[k] → cur[k]) on one basis; null when incomplete. */
function populationGrowth(c: Cols, prev: number[], cur: number[], option: PopulationBasisOption, hits: { registered: boolean; census: boolean }): PopResult {
  const tryBasis = (basis: 'resident' | 'registered'): PopResult => {
    const col = basis === 'resident' ? c.res : c.reg;
    const a: number[] = [];
    const b: number[] = [];
    for (let k = 0; k < cur.length; k++) {
      const p0 = col[prev[k]!];
      const p1 = col[cur[k]!];
      if (p0 === null || p0 === undefined || p1 === null || p1 === undefined || p0 <= 0) return { value: null, basis: null, reason: 'missing-population' };
      if (basis === 'resident' && c.flags[prev[k]!]!.has('resident-pre-census') && !c.flags[cur[k]!]!.has('resident-pre-census')) {
        return { value: null, basis: null, reason: 'census-break' };
      }
      a.push(p0);
      b.push(p1);
    }
    return { value: pct(sum(b) / sum(a) - 1), basis, reason: null };
  };
  if (cur.length === 0) return { value: null, basis: null, reason: 'missing-population' };
  if (option === 'registered') return tryBasis('registered');
  const r = tryBasis('resident');
  if (r.reason === 'census-break') hits.census = true;
  if (r.value !== null || option === 'resident') return r;
  const g = tryBasis('registered');
  return g.value !== null ? g : r;
}

function identityRow(g: number | null, pop: PopResult, pcOfficial: number | null): Pick<GrowthGapTableRow, 'per_capita_growth' | 'gap_pp' | 'method'> {
  if (g === null) return { per_capita_growth: pcOfficial, gap_pp: null, method: 'missing-gdp-growth' };
  if (pcOfficial !== null) return { per_capita_growth: pcOfficial, gap_pp: growthGap(g / 100, pcOfficial / 100), method: 'official' };
  if (pop.value === null) return { per_capita_growth: null, gap_pp: null, method: pop.reason ?? 'missing-population' };
  const pc = pct(perCapitaGrowth(g / 100, pop.value / 100));
  return {
    per_capita_growth: pc,
    gap_pp: growthGap(g / 100, pc / 100),
    method: pop.basis === 'resident' ? 'identity-resident-population' : 'identity-registered-population',
  };
}

/** Output columns of `size` rows, in output order (allocated once: growing millions-long arrays row by row is slow). */
function emptyColumns(size: number): Columns<GrowthGapTableRow> {
  const a = () => new Array(size);
  return {
    unit: a(), level: a(), year: a(), gdp_growth: a(), per_capita_growth: a(), gap_pp: a(), population_growth: a(),
    population_basis: a(), method: a(), n_units: a(), n_expected: a(), note: a(),
  };
}

/** Write output row `k` of the columns. */
function setRow(out: Columns<GrowthGapTableRow>, k: number, r: GrowthGapTableRow): void {
  out.unit[k] = r.unit;
  out.level[k] = r.level;
  out.year[k] = r.year;
  out.gdp_growth[k] = r.gdp_growth;
  out.per_capita_growth[k] = r.per_capita_growth;
  out.gap_pp[k] = r.gap_pp;
  out.population_growth[k] = r.population_growth;
  out.population_basis[k] = r.population_basis;
  out.method[k] = r.method;
  out.n_units[k] = r.n_units;
  out.n_expected[k] = r.n_expected;
  out.note[k] = r.note;
}

/**
 * GDP growth, per-capita GDP growth and their gap (percentage points) for each city, region
 * or the province and year — the seed plan's headline contrast.
 *
 * Formulas: per-capita growth is the **official** series where published
 * (`gdp_per_capita_real_growth`), else the identity `(1+g_pc) = (1+g)/(1+p)` with population
 * growth p (labelled in `method`); `gap_pp = g − g_pc`. Aggregates (regions, or the province
 * built from cities): `g_R = Σ_i GDP_i,t−1 · g_i,t / Σ_i GDP_i,t−1` (real growth weighted by
 * previous-year **nominal** GDP — the standard chain approximation, since city real levels
 * are not published) and `p_R = Σ_i P_i,t / Σ_i P_i,t−1 − 1`.
 *
 * Convention: rates in **percent** (8.0 = 8 %), the gap in percentage points, as in the panel.
 * Nothing is invented: a missing input gives null values with `method` and `note` saying why;
 * an aggregate needs every member city (else `incomplete`). Population growth across a census
 * revision (rows flagged `resident-pre-census` → unflagged) is not computed. Warnings are
 * recorded once for: registered (户籍) population used, a census break met, nominal-growth
 * rows (`growth-nominal`) in the range. Applied to `loadGuangdongProvince()` (no city column,
 * `by: 'province'`) it shows the official series: 2010 12.5 % vs 9.5 %, gap 3.0 pp.
 *
 * Units: %, percentage points.
 *
 * Reference: 广东省统计局 statistical bulletins; identity as in `perCapitaGrowth`.
 *
 * @param table - a city-year panel (CityYearRow columns) or a provincial series (ProvinceYearRow).
 * @throws DataError on a missing column, duplicate unit-year rows, non-numeric cells, or
 *   `by: 'city' | 'region'` on a provincial series.
 * @example
 * ```ts
 * growthGapTable([{ year: 2010, gdp: 45944.6, gdp_real_growth: 12.5, gdp_per_capita: 44669,
 *   gdp_per_capita_real_growth: 9.5, source: 'zhwiki' }], { by: 'province' }).objects()[0]
 * // { unit: 'Guangdong', level: 'province', year: 2010, gdp_growth: 12.5, per_capita_growth: 9.5,
 * //   gap_pp: 3.0000000000000004, population_growth: null, population_basis: null, method: 'official', … }
 * ```
 */
export function growthGapTable(table: TableInput, options: GrowthGapOptions): ColumnTable {
  const t = asTable(table, FN);
  const by = requireLevel(options?.by, FN);
  const popOption = options.population ?? 'auto';
  const keep = yearFilter(options.years);
  const city = cityPanelFor(t, by, FN, "pass the city panel (loadGuangdongPanel()) or use { by: 'province' }");
  const c: Cols = {
    years: yearColumn(t, FN),
    g: numberColumn(t, 'gdp_real_growth', FN),
    pcOff: numberColumn(t, 'gdp_per_capita_real_growth', FN),
    gdp: numberColumn(t, 'gdp', FN),
    res: numberColumn(t, 'population_resident', FN),
    reg: numberColumn(t, 'population_registered', FN),
    flags: flagSets(t),
  };
  if (!t.columnNames().includes('gdp_real_growth')) {
    throw new DataError('missing-column', 'the table has no "gdp_real_growth" column', { function: FN, column: 'gdp_real_growth' }, 'growth is read as published, in percent');
  }
  const units = panelUnits(t, c.years, city, FN);
  const hits = { registered: false, census: false };
  const usedRows: Array<Set<string>> = [];
  let out = emptyColumns(0);
  let written = 0;

  if (by === 'city' || !city) {
    out = emptyColumns(c.years.reduce((m, y) => m + (keep(y) ? 1 : 0), 0));
    for (let u = 0; u < units.labels.length; u++) {
      const unit = units.labels[u]!;
      for (let p = units.start[u]!; p < units.start[u + 1]!; p++) {
        const i = units.order[p]!;
        const year = c.years[i]!;
        if (!keep(year)) continue;
        // A unit's rows are sorted by distinct years, so the previous year, if present, is the row before.
        const before = p > units.start[u]! ? units.order[p - 1]! : -1;
        const iPrev = before >= 0 && c.years[before] === year - 1 ? before : undefined;
        usedRows.push(c.flags[i]!);
        const pop = iPrev === undefined ? { value: null, basis: null, reason: 'missing-population' as const } : populationGrowth(c, [iPrev], [i], popOption, hits);
        const id = identityRow(c.g[i]!, pop, c.pcOff[i]!);
        let method = id.method;
        if (!city && method === 'missing-population') method = 'missing-official-per-capita';
        if (method === 'identity-registered-population') hits.registered = true;
        const note =
          method === 'missing-gdp-growth' ? 'no real GDP growth for this year'
          : method === 'census-break' ? 'population growth crosses the 2019/2020 census revision'
          : method === 'missing-population' ? `no population for ${year - 1} and ${year} on one basis`
          : method === 'missing-official-per-capita' ? 'no official per-capita growth and no population column'
          : '';
        setRow(out, written++, {
          unit,
          level: city ? 'city' : 'province',
          year,
          gdp_growth: c.g[i]!,
          ...id,
          method,
          population_growth: pop.value,
          population_basis: pop.basis,
          n_units: method === 'missing-gdp-growth' ? 0 : 1,
          n_expected: 1,
          note,
        });
      }
    }
  } else {
    const groups = aggregateUnits(t, by, units, FN);
    out = emptyColumns(groups.reduce((m, g) => m + g.years.filter(keep).length, 0));
    for (const { unit, members: list, years } of groups) {
      for (const year of years) {
        if (!keep(year)) continue;
        const cur: number[] = [];
        const prev: number[] = [];
        const missing: string[] = [];
        for (const u of list) {
          const i = rowOf(units, u, year);
          const ip = rowOf(units, u, year - 1);
          if (i < 0 || ip < 0 || c.g[i] === null || c.gdp[ip] === null || c.gdp[ip]! <= 0) missing.push(units.labels[u]!);
          else {
            cur.push(i);
            prev.push(ip);
          }
          if (i >= 0) usedRows.push(c.flags[i]!);
        }
        const complete = missing.length === 0;
        const gR = complete ? sum(cur.map((i, k) => c.gdp[prev[k]!]! * c.g[i]!)) / sum(prev.map((ip) => c.gdp[ip]!)) : null;
        // Population uses every member present in both years, independent of GDP completeness.
        const pcur: number[] = [];
        const pprev: number[] = [];
        let popComplete = true;
        for (const u of list) {
          const i = rowOf(units, u, year);
          const ip = rowOf(units, u, year - 1);
          if (i < 0 || ip < 0) popComplete = false;
          else {
            pcur.push(i);
            pprev.push(ip);
          }
        }
        const pop = popComplete ? populationGrowth(c, pprev, pcur, popOption, hits) : { value: null, basis: null, reason: 'missing-population' as const };
        const id = identityRow(gR, pop, null);
        const method: GrowthGapMethod = complete ? id.method : 'incomplete';
        if (method === 'identity-registered-population') hits.registered = true;
        setRow(out, written++, {
          unit,
          level: by,
          year,
          gdp_growth: gR,
          per_capita_growth: complete ? id.per_capita_growth : null,
          gap_pp: complete ? id.gap_pp : null,
          population_growth: pop.value,
          population_basis: pop.basis,
          method,
          n_units: list.length - missing.length,
          n_expected: list.length,
          note: complete
            ? method === 'census-break' ? 'population growth crosses the 2019/2020 census revision'
              : method === 'missing-population' ? 'population missing for a member city on every basis' : ''
            : `missing real growth or previous-year GDP: ${missing.join(', ')}`,
        });
      }
    }
  }
  warnRelevantFlags(FN, usedRows, ['growth-nominal', 'gdp-urban-district', 'gdp-misassigned-suspect', 'growth-level-mismatch']);
  if (hits.registered) {
    warn({ code: 'population-basis', file: FN, column: 'population_registered',
      message: `${FN}: per-capita growth on some rows comes from household-registered (户籍) population, which misses migrants, so it overstates per-capita growth where migrants arrived (the PRD); prefer official per-capita growth or resident population — see method/population_basis` });
  }
  if (hits.census) {
    warn({ code: 'series-break', file: FN, column: 'population_resident',
      message: `${FN}: resident population changes across the 2019/2020 census revision are not growth; those rows use registered population or are null (method 'census-break')` });
  }
  if (written !== out.unit.length) throw new Error(`${FN}: internal error, ${written} rows written for ${out.unit.length}`);
  return aq.table(out);
}
