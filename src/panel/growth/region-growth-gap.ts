/**
 * GDP growth, per-capita GDP growth and their gap for the four regions (or the province built
 * from its cities), with the population of each row chosen by a stated rule and its breaks flagged.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { impliedAggregatePopulation, populationForGrowth, type PopulationBreakReason, type PopulationGrowthBasis } from '../../data/population.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { growthGap } from '../../measures/growth/growth-gap.js';
import { perCapitaGrowth } from '../../measures/growth/per-capita-growth.js';
import { tableKind, type PanelTable } from '../table.js';
import { growthGapTable } from './growth-gap-table.js';

/** Options of {@link regionGrowthGap}. */
export interface RegionGrowthGapOptions {
  /** The four regions (default) or the province summed from its cities. */
  by?: 'region' | 'province';
  /** First year output (earlier years are still read for lags and breaks). */
  from?: number;
  /** Last year output. */
  to?: number;
  /** Break threshold of the implied resident population, pp (default 4, as `populationForGrowth`). */
  impliedThresholdPp?: number;
  /** Break threshold of the registered population, pp (default 2, as `populationForGrowth`). */
  registeredThresholdPp?: number;
}

/**
 * How the per-capita growth of a {@link regionGrowthGap} row was obtained:
 * - `identity-implied-resident`: (1+g)/(1+p) − 1 with the implied resident population (GDP ÷ per-capita GDP), same segment;
 * - `identity-registered`: the same with Σ registered (户籍) population, the implied one breaking or missing that year;
 * - `population-break`: both populations break (or lack values) that year, so no per-capita growth;
 * - `missing-gdp-growth`: no real GDP growth for the aggregate; `incomplete`: a member city lacks it.
 */
export type RegionGrowthMethod = 'identity-implied-resident' | 'identity-registered' | 'population-break' | 'missing-gdp-growth' | 'incomplete';

/** One row of {@link regionGrowthGap} (read them with `.rows()`). Rates in %, gaps in percentage points. */
export interface RegionGrowthGapRow {
  /** Region code (PRD, East, West, North) or `Guangdong`. */
  unit: string;
  level: 'region' | 'province';
  year: number;
  /** Real GDP growth, %, weighted by previous-year nominal GDP (as `growthGapTable`). */
  gdp_growth: number | null;
  /** Real per-capita GDP growth, % (identity with the chosen population). */
  per_capita_growth: number | null;
  /** gdp_growth − per_capita_growth, pp. */
  gap_pp: number | null;
  /** Growth of the chosen population, % (given even when GDP growth is missing); null when none passes. */
  population_growth: number | null;
  /** The chosen population, or null when neither passes. */
  population_basis: PopulationGrowthBasis | null;
  method: RegionGrowthMethod;
  /** Growth of the implied resident population, %, chosen or not. */
  implied_population_growth: number | null;
  /** A break of the implied resident population lies before this year (detected from the data, or a documented change of basis). */
  implied_break: boolean;
  /** Why (`jump`, `member-break`, `census-revision`, …); empty when no break. */
  implied_break_reasons: PopulationBreakReason[];
  /** Member cities whose own implied population breaks this year. */
  implied_break_cities: string[];
  /** Growth of Σ registered (户籍) population, %, chosen or not. */
  registered_population_growth: number | null;
  /** The gap with Σ registered population for every row (the former region method), pp, for comparison. */
  gap_pp_registered: number | null;
  /** Why this population (or none), in words (from `populationForGrowth`). */
  rule: string;
}

/** Output columns of {@link regionGrowthGap}, in order. */
export const REGION_GROWTH_GAP_COLUMNS = ['unit', 'level', 'year', 'gdp_growth', 'per_capita_growth', 'gap_pp', 'population_growth',
  'population_basis', 'method', 'implied_population_growth', 'implied_break', 'implied_break_reasons', 'implied_break_cities',
  'registered_population_growth', 'gap_pp_registered', 'rule'] as const satisfies ReadonlyArray<keyof RegionGrowthGapRow>;

const FN = 'regionGrowthGap';
const makeTable = tableKind<RegionGrowthGapRow>(FN, REGION_GROWTH_GAP_COLUMNS);

/**
 * Per-capita GDP growth and the GDP-growth gap of the four regions (or the province) with the
 * population chosen per row by `POPULATION_CHOICE_RULE` (`populationForGrowth`): the
 * implied resident population (GDP ÷ per-capita GDP, summed over the member cities) when this
 * year and the last lie in one consistent segment, else Σ registered (户籍) population when it
 * shows no break, else none (`population-break`, values null). Breaks are detected from the data
 * (`impliedAggregatePopulation`) and flagged on the row (`implied_break`, reasons, cities).
 *
 * Formulas: g = Σ_i GDP_i,t−1 · g_i / Σ_i GDP_i,t−1 (`growthGapTable`, previous-year nominal
 * weights); g_pc = (1+g)/(1+p) − 1 (`perCapitaGrowth`); gap = g − g_pc (`growthGap`), in pp.
 * `gap_pp_registered` is the same gap with registered population on every row (what
 * `growthGapTable(panel, { by: 'region', population: 'registered' })` gives), shown beside it.
 *
 * Why: registered population misses migrants and moves by registration rules — 粤西 and 粤北's
 * registered population falls 1.2 % and 1.1 % in 2012, which made their gap about −1.3 pp. With
 * the rule, 粤北 2012 uses the implied resident population (+0.79 %), and 粤西 2012 has no
 * trustworthy population (湛江's implied value is a one-year outlier), so its gap is null.
 *
 * Units: %, percentage points. Nothing is filled in or adjusted: a row without a consistent
 * population is null and says why.
 *
 * @param panel - a city-year panel (`loadGuangdongPanel()` columns: city_code, city_zh, region, year,
 *   gdp, gdp_per_capita, gdp_real_growth, population_registered, flags).
 * @throws DataError when a column is missing or a value is not a finite number (from the functions it calls).
 * @example
 * ```ts
 * const r = regionGrowthGap(loadGuangdongPanel()).rows().find((x) => x.unit === 'North' && x.year === 2012);
 * r?.population_basis // 'implied-resident'; r?.population_growth ≈ 0.79
 * ```
 */
export function regionGrowthGap(panel: TableInput, options: RegionGrowthGapOptions = {}): PanelTable<RegionGrowthGapRow> {
  const by = options.by ?? 'region';
  if (by !== 'region' && by !== 'province') {
    throw new DataError('invalid', `${FN}: by must be 'region' or 'province', not ${JSON.stringify(by)}`, { function: FN }, "use growthGapTable(panel, { by: 'city' }) for cities");
  }
  const t = asTable(panel, FN);
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const registered = growthGapTable(t, { by, population: 'registered' }).rows();
  const choice = new Map(populationForGrowth(t, {
    by,
    ...(options.impliedThresholdPp === undefined ? {} : { impliedThresholdPp: options.impliedThresholdPp }),
    ...(options.registeredThresholdPp === undefined ? {} : { registeredThresholdPp: options.registeredThresholdPp }),
  }).map((r) => [`${r.unit}|${r.year}`, r]));
  const breaks = new Map(impliedAggregatePopulation(t, by, { thresholdPp: options.impliedThresholdPp ?? 4 }).map((r) => [`${r.unit}|${r.year}`, r]));
  const out: { [K in keyof RegionGrowthGapRow]: Array<RegionGrowthGapRow[K]> } = {
    unit: [], level: [], year: [], gdp_growth: [], per_capita_growth: [], gap_pp: [], population_growth: [], population_basis: [], method: [],
    implied_population_growth: [], implied_break: [], implied_break_reasons: [], implied_break_cities: [],
    registered_population_growth: [], gap_pp_registered: [], rule: [],
  };
  for (const r of registered) {
    if (r.year < from || r.year > to) continue;
    const key = `${r.unit}|${r.year}`;
    const c = choice.get(key);
    const b = breaks.get(key);
    const g = r.gdp_growth;
    const p = c?.population_growth ?? null;
    let method: RegionGrowthMethod;
    let pc: number | null = null;
    let gap: number | null = null;
    if (r.method === 'incomplete') method = 'incomplete';
    else if (g === null) method = 'missing-gdp-growth';
    else if (p === null || c?.basis === null || c === undefined) method = 'population-break';
    else {
      method = c.basis === 'implied-resident' ? 'identity-implied-resident' : 'identity-registered';
      pc = perCapitaGrowth(g / 100, p / 100) * 100;
      gap = growthGap(g / 100, pc / 100);
    }
    out.unit.push(r.unit);
    out.level.push(by);
    out.year.push(r.year);
    out.gdp_growth.push(g);
    out.per_capita_growth.push(pc);
    out.gap_pp.push(gap);
    out.population_growth.push(p);
    out.population_basis.push(c?.basis ?? null);
    out.method.push(method);
    out.implied_population_growth.push(c?.implied_growth ?? null);
    out.implied_break.push(b?.break_before ?? false);
    out.implied_break_reasons.push(b ? [...b.reasons] : []);
    out.implied_break_cities.push(b ? [...b.break_cities] : []);
    out.registered_population_growth.push(c?.registered_growth ?? null);
    out.gap_pp_registered.push(r.method === 'identity-registered-population' ? r.gap_pp : null);
    out.rule.push(c?.rule ?? 'no population row for this unit-year');
  }
  return makeTable(out);
}

const LABELS: Readonly<Record<RegionGrowthMethod, { zh: string; en: string }>> = {
  'identity-implied-resident': { zh: '推算常住人口（GDP÷人均GDP）', en: 'implied resident population (GDP ÷ per-capita GDP)' },
  'identity-registered': { zh: '户籍人口（推算常住人口此年断开或缺失）', en: 'registered population (the implied one breaks or is missing this year)' },
  'population-break': { zh: '两种人口此年均断开，不计算', en: 'both populations break this year, not computed' },
  'missing-gdp-growth': { zh: '缺GDP实际增速', en: 'no real GDP growth' },
  incomplete: { zh: '部分城市数据不全', en: 'some member cities lack data' },
};

/**
 * The population a {@link regionGrowthGap} row used, said for the reader (its `method` code in
 * Chinese or English).
 * @throws DataError `unknown-category` for a code that is not a {@link RegionGrowthMethod}.
 * @example
 * ```ts
 * regionGrowthMethodLabel('identity-registered') // '户籍人口（推算常住人口此年断开）'
 * ```
 */
export function regionGrowthMethodLabel(method: RegionGrowthMethod, lang: 'zh' | 'en' = 'zh'): string {
  if (!Object.prototype.hasOwnProperty.call(LABELS, method) || (lang !== 'zh' && lang !== 'en')) {
    throw new DataError('unknown-category', `regionGrowthMethodLabel: unknown method ${JSON.stringify(method)} or language ${JSON.stringify(lang)}`, { column: 'method' },
      `use one of ${Object.keys(LABELS).join(', ')} and 'zh' or 'en'`);
  }
  return LABELS[method][lang];
}
