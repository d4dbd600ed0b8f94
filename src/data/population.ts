/**
 * The implied resident population of a city-year panel, its breaks, and the population a
 * per-capita growth should use.
 *
 * Official per-capita GDP (人均地区生产总值) is GDP divided by the average resident (常住)
 * population, so GDP / per-capita GDP gives back that population for every city-year with
 * both: **implied population (万人) = gdp (亿元) × 10 000 / gdp_per_capita (元)** (1 亿元 =
 * 10⁸ 元, 1 万人 = 10⁴ persons). It is a derived number, never a published one, and it
 * inherits every change of basis of the per-capita series: the move to resident population
 * after the 2010 census (the PRD's implied population jumps 17.7 % in 2011), one-year
 * outliers (湛江 2012), and the 7th-census revision at 2019/2020. {@link detectPopulationBreaks}
 * finds such breaks from the numbers; growth is computed only within a consistent segment.
 *
 * No library checked (arquero, simple-statistics) has a level-shift detector; the rule below is
 * a few lines and is stated so it can be argued with.
 * @module
 */
import { DataError } from '../core/errors.js';
import { flagsOf } from './flags.js';
import { REGIONS, type Region } from './schema.js';
import { asTable, type TableInput } from './table-input.js';

/** Why a break was put before a year. */
export type PopulationBreakReason =
  /** the change departs from the series' local trend by more than the threshold */
  | 'jump'
  /** the previous year is missing (a gap starts a new segment) */
  | 'gap'
  /** the previous row is flagged `per-capita-pre-census` and this one is not (7th-census revision) */
  | 'census-revision'
  /** the previous row is flagged `per-capita-basis-2001` */
  | 'basis-2001'
  /** a member city of the aggregate has a break in this year (aggregates only) */
  | 'member-break'
  /** a member city lacks a value in this or the previous year (aggregates only) */
  | 'member-missing';

/** One point of a series given to {@link detectPopulationBreaks}. */
export interface PopulationPoint {
  year: number;
  /** The population (any unit), null when missing. */
  value: number | null;
}

/** Options of {@link detectPopulationBreaks}. */
export interface BreakDetectionOptions {
  /**
   * A year-on-year change (%) that departs from the local reference change by more than this
   * many percentage points is a break. Default 4.
   */
  thresholdPp?: number;
}

/** The verdict on one point of a series. */
export interface PopulationBreakPoint {
  year: number;
  value: number | null;
  /** Change against the previous year, %; null when either is missing or the years are not consecutive. */
  change_pct: number | null;
  /** The local reference change, % (see {@link detectPopulationBreaks}); null when no change. */
  reference_pct: number | null;
  /** A break lies between the previous year and this one (always false for the first point). */
  break_before: boolean;
  /** Why (empty when no break). */
  reasons: PopulationBreakReason[];
  /** Segment number, 0-based, counting breaks; null when `value` is null. */
  segment: number | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * Find the breaks of one population series (years ascending, one point a year).
 *
 * Rule: with the change g_t = (P_t / P_{t−1} − 1) × 100 between consecutive years and m the
 * median of all the other changes of the series (0 when there are none), the local reference
 * r_t is the median of the changes at t−2, t−1, t+1 and t+2 that lie within 2 × threshold of
 * m (gross jumps do not count as trend), when at least 2 do; else r_t = m. A break lies before
 * t when |g_t − r_t| > `thresholdPp` (default 4), or when P_{t−1} is missing (`gap`). The
 * local median keeps a steady fast growth (深圳 +5 % a year 2016–19) from counting as a break,
 * and lets both ends of a one-year outlier count (湛江 2012 +7.8 %, 2013 −5.9 %). Segments
 * number the stretches between breaks.
 * @param series points sorted by year (a DataError otherwise)
 * @throws DataError `invalid` when years are not strictly increasing.
 * @example
 * ```ts
 * detectPopulationBreaks([{ year: 1, value: 100 }, { year: 2, value: 101 }, { year: 3, value: 120 }, { year: 4, value: 121 }, { year: 5, value: 122 }])
 *   .map((p) => p.segment) // [0, 0, 1, 1, 1]
 * ```
 */
export function detectPopulationBreaks(series: ReadonlyArray<PopulationPoint>, options: BreakDetectionOptions = {}): PopulationBreakPoint[] {
  const threshold = options.thresholdPp ?? 4;
  for (let i = 1; i < series.length; i++) {
    if (!(series[i]!.year > series[i - 1]!.year)) {
      throw new DataError('invalid', `years must increase (${series[i - 1]!.year} then ${series[i]!.year})`, { column: 'year', row: i + 1 });
    }
  }
  const change: Array<number | null> = series.map((p, i) => {
    const prev = series[i - 1];
    if (!prev || prev.year !== p.year - 1 || prev.value === null || p.value === null || prev.value <= 0) return null;
    return (p.value / prev.value - 1) * 100;
  });
  const out: PopulationBreakPoint[] = [];
  let segment = -1;
  let open = false;
  series.forEach((p, i) => {
    const g = change[i]!;
    let reference: number | null = null;
    const reasons: PopulationBreakReason[] = [];
    if (g !== null) {
      const others = change.filter((x, j): x is number => typeof x === 'number' && j !== i);
      const overall = others.length > 0 ? median(others) : 0;
      const near = [i - 2, i - 1, i + 1, i + 2].map((j) => change[j])
        .filter((x): x is number => typeof x === 'number' && Math.abs(x - overall) <= 2 * threshold);
      reference = near.length >= 2 ? median(near) : overall;
      if (Math.abs(g - reference) > threshold) reasons.push('jump');
    } else if (i > 0 && p.value !== null) {
      reasons.push('gap');
    }
    if (p.value === null) {
      open = false;
    } else if (!open || reasons.length > 0) {
      segment += 1;
      open = true;
    }
    out.push({ year: p.year, value: p.value, change_pct: g, reference_pct: reference, break_before: reasons.length > 0, reasons, segment: p.value === null ? null : segment });
  });
  return out;
}

/** One city-year of {@link impliedResidentPopulation}. */
export interface ImpliedPopulationRow {
  city_code: number;
  city_zh: string;
  region: Region;
  year: number;
  /** GDP, 亿元 (as in the panel). */
  gdp: number | null;
  /** Per-capita GDP, 元 (as in the panel). */
  gdp_per_capita: number | null;
  /** gdp × 10 000 / gdp_per_capita, 万人; null when either is missing. DERIVED, not published. */
  implied_population: number | null;
  /** Change against the previous year, %. */
  change_pct: number | null;
  /** Local reference change, % ({@link detectPopulationBreaks}). */
  reference_pct: number | null;
  break_before: boolean;
  reasons: PopulationBreakReason[];
  /** `${city_code}:${n}`, the consistent segment; null when no value. Growth only within one segment. */
  segment_id: string | null;
  /** Always contains `implied-population-derived`; plus the row's panel flags that concern per-capita GDP. */
  flags: string[];
}

const PER_CAPITA_FLAGS = new Set(['per-capita-basis-2001', 'per-capita-pre-census', 'per-capita-inconsistent', 'per-capita-bulletin', 'gdp-misassigned-suspect', 'gdp-urban-district']);

interface PanelRow { city_code: number; city_zh: string; region: Region; year: number; gdp: number | null; pc: number | null; reg: number | null; flags: string[] }

function readRows(panel: TableInput, fn: string): PanelRow[] {
  const t = asTable(panel, fn);
  const names = t.columnNames();
  for (const c of ['city_code', 'city_zh', 'region', 'year', 'gdp', 'gdp_per_capita']) {
    if (!names.includes(c)) throw new DataError('missing-column', `the table has no "${c}" column`, { function: fn, column: c }, 'pass a city-year panel such as loadGuangdongPanel()');
  }
  const col = (c: string): unknown[] => (names.includes(c) ? (t.array(c) as unknown[]) : new Array<unknown>(t.numRows()).fill(null));
  const [code, zh, region, year, gdp, pc, reg, flags] = ['city_code', 'city_zh', 'region', 'year', 'gdp', 'gdp_per_capita', 'population_registered', 'flags'].map(col) as unknown[][];
  const num = (v: unknown, i: number, c: string): number | null => {
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new DataError('not-a-number', `value ${String(v)} is not a finite number`, { function: fn, row: i + 1, column: c });
    return v;
  };
  const rows: PanelRow[] = [];
  for (let i = 0; i < t.numRows(); i++) {
    const r = region![i] as Region;
    if (!REGIONS.includes(r)) throw new DataError('invalid', `unknown region ${String(r)}`, { function: fn, row: i + 1, column: 'region' });
    rows.push({
      city_code: num(code![i], i, 'city_code')!, city_zh: String(zh![i]), region: r, year: num(year![i], i, 'year')!,
      gdp: num(gdp![i], i, 'gdp'), pc: num(pc![i], i, 'gdp_per_capita'), reg: num(reg![i], i, 'population_registered'),
      flags: flagsOf({ flags: typeof flags![i] === 'string' ? (flags![i] as string) : '' }),
    });
  }
  return rows.sort((a, b) => a.city_code - b.city_code || a.year - b.year);
}

function implied(r: PanelRow): number | null {
  return r.gdp !== null && r.pc !== null && r.pc > 0 ? (r.gdp * 1e4) / r.pc : null;
}

function byCity(rows: PanelRow[]): Map<number, PanelRow[]> {
  const m = new Map<number, PanelRow[]>();
  for (const r of rows) {
    const list = m.get(r.city_code) ?? [];
    if (list.length > 0 && list[list.length - 1]!.year === r.year) throw new DataError('duplicate-key', `two rows for city ${r.city_code} in ${r.year}`, { column: 'year' });
    list.push(r);
    m.set(r.city_code, list);
  }
  return m;
}

/** Fill the gaps of a city's years so that detection sees missing years as missing. */
function fullYears(list: PanelRow[], value: (r: PanelRow) => number | null): Array<{ year: number; value: number | null; row: PanelRow | null }> {
  const out: Array<{ year: number; value: number | null; row: PanelRow | null }> = [];
  for (let y = list[0]!.year, k = 0; y <= list[list.length - 1]!.year; y++) {
    const r = list[k]?.year === y ? list[k++]! : null;
    out.push({ year: y, value: r ? value(r) : null, row: r });
  }
  return out;
}

/**
 * The implied resident population of every city-year (万人 = gdp × 10 000 / gdp_per_capita),
 * flagged `implied-population-derived`, with the breaks of each city's series and the segment
 * each value belongs to. Breaks: {@link detectPopulationBreaks} (`jump`, `gap`) plus the
 * documented changes of basis read from the panel flags (`census-revision` where
 * `per-capita-pre-census` stops, `basis-2001` after a `per-capita-basis-2001` row). Values are
 * never adjusted: a break only starts a new segment.
 * @param panel a city-year panel with `city_code, city_zh, region, year, gdp, gdp_per_capita`
 *   (`flags` optional), e.g. `loadGuangdongPanel()`
 * @returns one row per city-year of the panel, sorted by city code then year
 * @throws DataError when a column is missing, a number is not finite, or a city-year repeats.
 * @example
 * ```ts
 * const gz = impliedResidentPopulation(loadGuangdongPanel()).find((r) => r.city_zh === '广州' && r.year === 2020);
 * gz?.implied_population // ≈ 1852.6 ; gz?.reasons // ['jump', 'census-revision']
 * ```
 */
export function impliedResidentPopulation(panel: TableInput, options: BreakDetectionOptions = {}): ImpliedPopulationRow[] {
  const out: ImpliedPopulationRow[] = [];
  for (const list of byCity(readRows(panel, 'impliedResidentPopulation')).values()) {
    const years = fullYears(list, implied);
    const det = detectPopulationBreaks(years, options);
    years.forEach((y, i) => {
      const r = y.row;
      if (!r) return;
      const d = det[i]!;
      const reasons = [...d.reasons];
      const prev = years[i - 1]?.row;
      if (d.value !== null && prev && implied(prev) !== null) {
        if (prev.flags.includes('per-capita-pre-census') && !r.flags.includes('per-capita-pre-census')) reasons.push('census-revision');
        if (prev.flags.includes('per-capita-basis-2001')) reasons.push('basis-2001');
      }
      out.push({
        city_code: r.city_code, city_zh: r.city_zh, region: r.region, year: r.year, gdp: r.gdp, gdp_per_capita: r.pc,
        implied_population: d.value, change_pct: d.change_pct, reference_pct: d.reference_pct,
        break_before: reasons.length > 0, reasons, segment_id: null,
        flags: ['implied-population-derived', ...r.flags.filter((f) => PER_CAPITA_FLAGS.has(f))],
      });
    });
  }
  // Segments after the flag-based breaks are added.
  let seg = -1;
  let open = false;
  let city = Number.NaN;
  for (const r of out) {
    if (r.city_code !== city) { city = r.city_code; seg = -1; open = false; }
    if (r.implied_population === null) { open = false; continue; }
    if (!open || r.break_before) { seg += 1; open = true; }
    r.segment_id = `${r.city_code}:${seg}`;
  }
  return out;
}

/** Aggregation unit of {@link impliedAggregatePopulation} and {@link populationForGrowth}. */
export type PopulationUnit = 'city' | 'region' | 'province';

/** One unit-year of {@link impliedAggregatePopulation}. */
export interface ImpliedAggregateRow {
  /** Region code (PRD, East, West, North), 'Guangdong', or the city's short name. */
  unit: string;
  level: PopulationUnit;
  year: number;
  /** Σ implied population of the members, 万人; null unless every member has a value. DERIVED. */
  implied_population: number | null;
  /** Members with a value / members in the panel that year. */
  n_units: number;
  n_expected: number;
  change_pct: number | null;
  break_before: boolean;
  reasons: PopulationBreakReason[];
  /** Cities with a break in this year (for `member-break`). */
  break_cities: string[];
  /** `${unit}:${n}`; null when no value. */
  segment_id: string | null;
}

function unitOf(r: { region: Region; city_zh: string }, level: PopulationUnit): string {
  return level === 'city' ? r.city_zh : level === 'region' ? r.region : 'Guangdong';
}

/**
 * The implied resident population summed over regions (or the province, or per city), with
 * breaks: a year is a break for the aggregate when a member city has a break that year
 * (`member-break`), a member lacks a value that year or the year before (`member-missing`), or
 * the sum itself jumps ({@link detectPopulationBreaks}, `jump`). PRD 2011: +17.7 %
 * (`jump`, `member-break`); 粤西 2012 +4.2 % and 2013 −2.3 % (`member-break`: 湛江).
 * @example
 * ```ts
 * impliedAggregatePopulation(loadGuangdongPanel(), 'region').find((r) => r.unit === 'PRD' && r.year === 2011)?.change_pct // ≈ 17.65
 * ```
 */
export function impliedAggregatePopulation(panel: TableInput, level: PopulationUnit = 'region', options: BreakDetectionOptions = {}): ImpliedAggregateRow[] {
  const cities = impliedResidentPopulation(panel, options);
  const groups = new Map<string, Map<number, ImpliedPopulationRow[]>>();
  for (const r of cities) {
    const u = unitOf(r, level);
    const years = groups.get(u) ?? new Map<number, ImpliedPopulationRow[]>();
    years.set(r.year, [...(years.get(r.year) ?? []), r]);
    groups.set(u, years);
  }
  const out: ImpliedAggregateRow[] = [];
  const order = level === 'region' ? [...REGIONS] as string[] : Array.from(groups.keys());
  for (const u of order) {
    const years = groups.get(u);
    if (!years) continue;
    const ys = Array.from(years.keys()).sort((a, b) => a - b);
    const rows = ys.map((y) => {
      const members = years.get(y)!;
      const have = members.filter((m) => m.implied_population !== null);
      return { year: y, members, have, value: have.length === members.length ? have.reduce((s, m) => s + m.implied_population!, 0) : null };
    });
    const det = detectPopulationBreaks(rows.map((r) => ({ year: r.year, value: r.value })), options);
    let seg = -1;
    let open = false;
    rows.forEach((r, i) => {
      const d = det[i]!;
      const reasons = [...d.reasons];
      const breakCities = r.members.filter((m) => m.break_before && m.implied_population !== null).map((m) => m.city_zh);
      const prev = rows[i - 1];
      if (r.value !== null && prev && prev.year === r.year - 1 && prev.value !== null) {
        if (breakCities.length > 0) reasons.push('member-break');
        const codes = new Set(prev.members.map((m) => m.city_code));
        if (r.members.length !== prev.members.length || r.members.some((m) => !codes.has(m.city_code))) reasons.push('member-missing');
      }
      if (r.value === null) open = false;
      else if (!open || reasons.length > 0) { seg += 1; open = true; }
      out.push({
        unit: u, level, year: r.year, implied_population: r.value, n_units: r.have.length, n_expected: r.members.length,
        change_pct: d.change_pct, break_before: reasons.length > 0, reasons, break_cities: breakCities,
        segment_id: r.value === null ? null : `${u}:${seg}`,
      });
    });
  }
  return out;
}

/** Which population a growth row uses. */
export type PopulationGrowthBasis = 'implied-resident' | 'registered';

/** Options of {@link populationForGrowth}. */
export interface PopulationForGrowthOptions {
  /** Aggregation level, default 'region'. */
  by?: PopulationUnit;
  /** Break threshold for the implied resident population, pp (default 4). */
  impliedThresholdPp?: number;
  /** Break threshold for the registered population, pp (default 2: registered population moves slowly). */
  registeredThresholdPp?: number;
}

/** One unit-year of {@link populationForGrowth}. */
export interface PopulationGrowthRow {
  unit: string;
  level: PopulationUnit;
  year: number;
  /** The chosen population growth, %; null when neither population passes. */
  population_growth: number | null;
  basis: PopulationGrowthBasis | null;
  /** Growth of the implied resident population, %, whether or not it was chosen. */
  implied_growth: number | null;
  /** True when the year and the previous one lie in one implied-population segment. */
  implied_consistent: boolean;
  /** Growth of Σ registered population, %, whether or not it was chosen. */
  registered_growth: number | null;
  /** True when every member has registered population both years and no registered break is found. */
  registered_consistent: boolean;
  /** Why this basis (or none), in words. */
  rule: string;
}

/** The rule of {@link populationForGrowth}, in words (for a report's method note). */
export const POPULATION_CHOICE_RULE =
  'Population growth uses the implied resident population (GDP ÷ per-capita GDP) when the year and the year before lie in one consistent segment (no detected break, no census revision); otherwise the registered (户籍) population when every city has it in both years and its change shows no break (local-median rule, 2 pp); otherwise none.';

/**
 * Population growth for per-capita growth, choosing per unit-year the better of two
 * populations by a stated rule ({@link POPULATION_CHOICE_RULE}):
 * 1. the implied resident population ({@link impliedAggregatePopulation}) when year t and t−1
 *    are in one segment — it is the population official per-capita GDP divides by;
 * 2. else Σ registered (户籍) population when all members have it in t−1 and t and
 *    {@link detectPopulationBreaks} (threshold `registeredThresholdPp`, default 2) finds no
 *    break at t in the aggregate series;
 * 3. else null (`basis` null): no population is trustworthy for that year. Nothing is filled.
 * Growth is (P_t / P_{t−1} − 1) × 100. Example: 粤西 2012 has neither (湛江's implied value is a
 * one-year outlier; registered population falls 1.2 %, a break) → null.
 * @example
 * ```ts
 * populationForGrowth(loadGuangdongPanel(), { by: 'region' }).find((r) => r.unit === 'PRD' && r.year === 2011)?.basis // 'registered'
 * ```
 */
export function populationForGrowth(panel: TableInput, options: PopulationForGrowthOptions = {}): PopulationGrowthRow[] {
  const level = options.by ?? 'region';
  const impliedRows = impliedAggregatePopulation(panel, level, { thresholdPp: options.impliedThresholdPp ?? 4 });
  const rows = readRows(panel, 'populationForGrowth');
  const reg = new Map<string, Map<number, { sum: number; complete: boolean }>>();
  for (const r of rows) {
    const u = unitOf(r, level);
    const m = reg.get(u) ?? new Map<number, { sum: number; complete: boolean }>();
    const cur = m.get(r.year) ?? { sum: 0, complete: true };
    if (r.reg === null) cur.complete = false; else cur.sum += r.reg;
    m.set(r.year, cur);
    reg.set(u, m);
  }
  const regBreaks = new Map<string, Map<number, { g: number | null; brk: boolean }>>();
  for (const [u, m] of reg) {
    const ys = Array.from(m.keys()).sort((a, b) => a - b);
    const det = detectPopulationBreaks(ys.map((y) => ({ year: y, value: m.get(y)!.complete ? m.get(y)!.sum : null })), { thresholdPp: options.registeredThresholdPp ?? 2 });
    regBreaks.set(u, new Map(det.map((d) => [d.year, { g: d.change_pct, brk: d.break_before }])));
  }
  const index = new Map(impliedRows.map((x) => [`${x.unit}|${x.year}`, x]));
  return impliedRows.map((r) => {
    const before = index.get(`${r.unit}|${r.year - 1}`);
    const impliedOk = before !== undefined && before.segment_id !== null && before.segment_id === r.segment_id;
    const rb = regBreaks.get(r.unit)?.get(r.year);
    const regOk = rb !== undefined && rb.g !== null && !rb.brk;
    let basis: PopulationGrowthBasis | null = null;
    let growth: number | null = null;
    let rule: string;
    if (impliedOk) {
      basis = 'implied-resident'; growth = r.change_pct;
      rule = 'implied resident population, same segment';
    } else if (regOk) {
      basis = 'registered'; growth = rb.g;
      rule = `implied resident population breaks (${r.reasons.join(', ') || 'no value'}); registered population without break`;
    } else {
      rule = `implied resident population breaks (${r.reasons.join(', ') || 'no value'}); registered population ${rb?.g === null || rb === undefined ? 'missing' : 'breaks'}`;
    }
    return {
      unit: r.unit, level, year: r.year, population_growth: growth, basis,
      implied_growth: r.change_pct, implied_consistent: impliedOk,
      registered_growth: rb?.g ?? null, registered_consistent: regOk, rule,
    };
  });
}
