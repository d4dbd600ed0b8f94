/**
 * The seed plan's headline contrast: GDP growth vs per-capita GDP growth, by city, region or
 * province and year.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { warn } from '../../core/warnings.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { growthGap } from '../../measures/growth/growth-gap.js';
import { perCapitaGrowth } from '../../measures/growth/per-capita-growth.js';
import { flagSets, numberColumn, warnRelevantFlags, yearColumn, yearFilter } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import { CompensatedSum, UnitYearIndex, aggregateUnits, cityPanelFor, panelUnits, requireLevel, type Columns, type PanelLevel } from './panel-access.js';

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

/** One output row of {@link growthGapTable} (read them with `.rows()`). Rates in percent, the gap in percentage points. */
export interface GrowthGapRow {
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

/** @deprecated The same type as {@link GrowthGapRow}, under its former name. */
export type GrowthGapTableRow = GrowthGapRow;

/** Output columns of {@link growthGapTable}, in order. */
export const GROWTH_GAP_COLUMNS = ['unit', 'level', 'year', 'gdp_growth', 'per_capita_growth', 'gap_pp', 'population_growth',
  'population_basis', 'method', 'n_units', 'n_expected', 'note'] as const satisfies ReadonlyArray<keyof GrowthGapRow>;

const makeTable = tableKind<GrowthGapRow>('growthGapTable', GROWTH_GAP_COLUMNS);

interface Cols {
  years: number[];
  g: Array<number | null>;
  pcOff: Array<number | null>;
  gdp: Array<number | null>;
  res: Array<number | null>;
  reg: Array<number | null>;
  flags: Array<Set<string>>;
}

const FN = 'growthGapTable';

type Basis = 'resident' | 'registered';
type PopReason = 'missing-population' | 'census-break';

/**
 * The result of a population-growth computation, written in place (one object per call of
 * growthGapTable, reused for every row: no allocation per row).
 */
interface Pop {
  value: number | null;
  basis: Basis | null;
  reason: PopReason | null;
}

function pct(x: number): number {
  return x * 100;
}

/**
 * Population growth (%) of the rows `prevOf(k)` → `curOf(k)`, k < n, on one basis, into `out`;
 * Σ cur / Σ prev − 1 with compensated sums in k order (as `sum`); the first missing or
 * non-positive previous population, or (resident basis) a row pair crossing the census revision,
 * stops it with a reason.
 */
function tryBasis(c: Cols, basis: Basis, n: number, prevOf: (k: number) => number, curOf: (k: number) => number, a: CompensatedSum, b: CompensatedSum, out: Pop): void {
  const col = basis === 'resident' ? c.res : c.reg;
  a.reset();
  b.reset();
  for (let k = 0; k < n; k++) {
    const ip = prevOf(k);
    const i = curOf(k);
    const p0 = col[ip];
    const p1 = col[i];
    if (p0 === null || p0 === undefined || p1 === null || p1 === undefined || p0 <= 0) {
      out.value = null;
      out.basis = null;
      out.reason = 'missing-population';
      return;
    }
    if (basis === 'resident' && c.flags[ip]!.has('resident-pre-census') && !c.flags[i]!.has('resident-pre-census')) {
      out.value = null;
      out.basis = null;
      out.reason = 'census-break';
      return;
    }
    a.add(p0);
    b.add(p1);
  }
  out.value = pct(b.value / a.value - 1);
  out.basis = basis;
  out.reason = null;
}

/** Population growth by the `option` rule (auto: resident, else registered), into `out`; `hits.census` when a census break is met. */
function populationGrowth(c: Cols, n: number, prevOf: (k: number) => number, curOf: (k: number) => number, option: PopulationBasisOption,
  hits: { registered: boolean; census: boolean }, scratch: Scratch, out: Pop): void {
  if (n === 0) {
    out.value = null;
    out.basis = null;
    out.reason = 'missing-population';
    return;
  }
  if (option === 'registered') {
    tryBasis(c, 'registered', n, prevOf, curOf, scratch.a, scratch.b, out);
    return;
  }
  tryBasis(c, 'resident', n, prevOf, curOf, scratch.a, scratch.b, out);
  if (out.reason === 'census-break') hits.census = true;
  if (out.value !== null || option === 'resident') return;
  const r = scratch.alt;
  r.value = out.value;
  r.basis = out.basis;
  r.reason = out.reason;
  tryBasis(c, 'registered', n, prevOf, curOf, scratch.a, scratch.b, out);
  if (out.value === null) {
    out.value = r.value;
    out.basis = r.basis;
    out.reason = r.reason;
  }
}

/** Reused accumulators of one growthGapTable call. */
interface Scratch {
  a: CompensatedSum;
  b: CompensatedSum;
  alt: Pop;
}

/**
 * Per-capita growth, gap and method of one row from GDP growth `g`, population growth `pop` and
 * the official per-capita growth; written into output row `k` (the measure calls stay in
 * src/measures: perCapitaGrowth, growthGap).
 */
function writeIdentity(out: Columns<GrowthGapRow>, k: number, g: number | null, pop: Pop, pcOfficial: number | null): GrowthGapMethod {
  if (g === null) {
    out.per_capita_growth[k] = pcOfficial;
    out.gap_pp[k] = null;
    return 'missing-gdp-growth';
  }
  if (pcOfficial !== null) {
    out.per_capita_growth[k] = pcOfficial;
    out.gap_pp[k] = growthGap(g / 100, pcOfficial / 100);
    return 'official';
  }
  if (pop.value === null) {
    out.per_capita_growth[k] = null;
    out.gap_pp[k] = null;
    return pop.reason ?? 'missing-population';
  }
  const pc = pct(perCapitaGrowth(g / 100, pop.value / 100));
  out.per_capita_growth[k] = pc;
  out.gap_pp[k] = growthGap(g / 100, pc / 100);
  return pop.basis === 'resident' ? 'identity-resident-population' : 'identity-registered-population';
}

/** Output columns of `size` rows, in output order (allocated once: growing millions-long arrays row by row is slow). */
function emptyColumns(size: number): Columns<GrowthGapRow> {
  const a = () => new Array(size);
  return {
    unit: a(), level: a(), year: a(), gdp_growth: a(), per_capita_growth: a(), gap_pp: a(), population_growth: a(),
    population_basis: a(), method: a(), n_units: a(), n_expected: a(), note: a(),
  };
}

const CENSUS_NOTE = 'population growth crosses the 2019/2020 census revision';

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
 *   gdp_per_capita_real_growth: 9.5, source: 'zhwiki' }], { by: 'province' }).rows()[0]
 * // { unit: 'Guangdong', level: 'province', year: 2010, gdp_growth: 12.5, per_capita_growth: 9.5,
 * //   gap_pp: 3.0000000000000004, population_growth: null, population_basis: null, method: 'official', … }
 * ```
 */
export function growthGapTable(table: TableInput, options: GrowthGapOptions): PanelTable<GrowthGapRow> {
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
  // Flag sets of the rows used: few distinct sets (rows with the same flags text share one), so a set of sets.
  const usedRows = new Set<Set<string>>();
  const scratch: Scratch = { a: new CompensatedSum(), b: new CompensatedSum(), alt: { value: null, basis: null, reason: null } };
  const pop: Pop = { value: null, basis: null, reason: null };
  let out = emptyColumns(0);
  let written = 0;

  if (by === 'city' || !city) {
    out = emptyColumns(c.years.reduce((m, y) => m + (keep(y) ? 1 : 0), 0));
    const level: PanelLevel = city ? 'city' : 'province';
    let iCur = -1;
    let iPrev = -1;
    const curOf = () => iCur;
    const prevOf = () => iPrev;
    for (let u = 0; u < units.labels.length; u++) {
      const unit = units.labels[u]!;
      for (let p = units.start[u]!; p < units.start[u + 1]!; p++) {
        const i = units.order[p]!;
        const year = c.years[i]!;
        if (!keep(year)) continue;
        // A unit's rows are sorted by distinct years, so the previous year, if present, is the row before.
        const before = p > units.start[u]! ? units.order[p - 1]! : -1;
        const hasPrev = before >= 0 && c.years[before] === year - 1;
        usedRows.add(c.flags[i]!);
        if (!hasPrev) {
          pop.value = null;
          pop.basis = null;
          pop.reason = 'missing-population';
        } else {
          iCur = i;
          iPrev = before;
          populationGrowth(c, 1, prevOf, curOf, popOption, hits, scratch, pop);
        }
        const k = written++;
        let method = writeIdentity(out, k, c.g[i]!, pop, c.pcOff[i]!);
        if (!city && method === 'missing-population') method = 'missing-official-per-capita';
        if (method === 'identity-registered-population') hits.registered = true;
        out.unit[k] = unit;
        out.level[k] = level;
        out.year[k] = year;
        out.gdp_growth[k] = c.g[i]!;
        out.population_growth[k] = pop.value;
        out.population_basis[k] = pop.basis;
        out.method[k] = method;
        out.n_units[k] = method === 'missing-gdp-growth' ? 0 : 1;
        out.n_expected[k] = 1;
        out.note[k] =
          method === 'missing-gdp-growth' ? 'no real GDP growth for this year'
          : method === 'census-break' ? CENSUS_NOTE
          : method === 'missing-population' ? `no population for ${year - 1} and ${year} on one basis`
          : method === 'missing-official-per-capita' ? 'no official per-capita growth and no population column'
          : '';
      }
    }
  } else {
    const groups = aggregateUnits(t, by, units, FN);
    const index = new UnitYearIndex(units);
    out = emptyColumns(groups.reduce((m, g) => m + g.years.filter(keep).length, 0));
    const missing: string[] = [];
    const wg = new CompensatedSum();
    const w = new CompensatedSum();
    // Row of member k in the current and the previous year (filled per region-year; reused).
    let cur = new Int32Array(0);
    let prev = new Int32Array(0);
    const curOf = (k: number) => cur[k]!;
    const prevOf = (k: number) => prev[k]!;
    for (const { unit, members: list, years } of groups) {
      if (cur.length < list.length) {
        cur = new Int32Array(list.length);
        prev = new Int32Array(list.length);
      }
      for (const year of years) {
        if (!keep(year)) continue;
        missing.length = 0;
        wg.reset();
        w.reset();
        let popComplete = true;
        for (let m = 0; m < list.length; m++) {
          const u = list[m]!;
          const i = index.row(u, year);
          const ip = index.row(u, year - 1);
          cur[m] = i;
          prev[m] = ip;
          if (i < 0 || ip < 0) popComplete = false;
          if (i < 0 || ip < 0 || c.g[i] === null || c.gdp[ip] === null || c.gdp[ip]! <= 0) missing.push(units.labels[u]!);
          else {
            wg.add(c.gdp[ip]! * c.g[i]!);
            w.add(c.gdp[ip]!);
          }
          if (i >= 0) usedRows.add(c.flags[i]!);
        }
        const complete = missing.length === 0;
        const gR = complete ? wg.value / w.value : null;
        // Population uses every member present in both years, independent of GDP completeness.
        if (popComplete) populationGrowth(c, list.length, prevOf, curOf, popOption, hits, scratch, pop);
        else {
          pop.value = null;
          pop.basis = null;
          pop.reason = 'missing-population';
        }
        const k = written++;
        const idMethod = writeIdentity(out, k, gR, pop, null);
        const method: GrowthGapMethod = complete ? idMethod : 'incomplete';
        if (!complete) {
          out.per_capita_growth[k] = null;
          out.gap_pp[k] = null;
        }
        if (method === 'identity-registered-population') hits.registered = true;
        out.unit[k] = unit;
        out.level[k] = by;
        out.year[k] = year;
        out.gdp_growth[k] = gR;
        out.population_growth[k] = pop.value;
        out.population_basis[k] = pop.basis;
        out.method[k] = method;
        out.n_units[k] = list.length - missing.length;
        out.n_expected[k] = list.length;
        out.note[k] = complete
          ? method === 'census-break' ? CENSUS_NOTE
            : method === 'missing-population' ? 'population missing for a member city on every basis' : ''
          : `missing real growth or previous-year GDP: ${missing.join(', ')}`;
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
  return makeTable(out);
}
