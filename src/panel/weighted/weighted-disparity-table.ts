/**
 * Population-weighted regional disparity of per-capita GDP, with the implied resident
 * population as weights.
 * @module
 */
import { impliedResidentPopulation } from '../../data/population.js';
import type { TableInput } from '../../data/table-input.js';
import { theilDecompose } from '../../measures/inequality/theil-decompose.js';
import { theilL, theilT } from '../../measures/inequality/theil.js';
import { williamson } from '../../measures/inequality/williamson.js';

/** Options of {@link weightedDisparityTable}. */
export interface WeightedDisparityOptions {
  /** First year, default 2002 (2001 per-capita values are on another basis, flag `per-capita-basis-2001`). */
  from?: number;
  /** Last year, default the panel's last. */
  to?: number;
}

/** One year of {@link weightedDisparityTable}; all measures null when `missing_cities` is not empty. */
export interface WeightedDisparityRow {
  year: number;
  /** Cities with per-capita GDP and implied population. */
  n_cities: number;
  /** Cities lacking either (then the year has no measures). */
  missing_cities: string[];
  /** Always 'implied-resident' (GDP ÷ per-capita GDP, derived). */
  weights: 'implied-resident';
  /** Population-weighted Theil T of per-capita GDP over the cities. */
  theil_t: number | null;
  /** Population-weighted Theil L (mean log deviation). */
  theil_l: number | null;
  /** Williamson index about the population-weighted mean. */
  williamson: number | null;
  /** Weighted Theil T between the four regions and within them; between / total. */
  theil_t_between: number | null;
  theil_t_within: number | null;
  theil_t_between_share: number | null;
  /** Weighted Theil L between and within the regions; between / total. */
  theil_l_between: number | null;
  theil_l_within: number | null;
  theil_l_between_share: number | null;
  /** The same cities, unweighted (each city counts once), for the side-by-side view. */
  theil_t_unweighted: number | null;
  theil_l_unweighted: number | null;
  /** Some city's implied population breaks this year: the weights change basis (2005, 2011, 2020…). */
  weights_break_before: boolean;
  weights_break_cities: string[];
  /** `w:${n}`: stretch of years with weights on one basis; compare levels within one. */
  segment_id: string;
}

/**
 * Regional disparity of per-capita GDP weighted by population, as in the literature, beside the
 * unweighted 21-city measures: Theil T and L with population shares p_i = P_i/ΣP, Williamson
 * V_w = sqrt(Σ p_i (y_i − ȳ)²)/ȳ about the weighted mean, and the between/within decomposition
 * over the four regions (via `theilT`, `theilL`, `williamson`, `theilDecompose`). The weights are
 * the implied resident population P_i = GDP_i / y_i ({@link impliedResidentPopulation}): with
 * them the value shares are exactly the GDP shares, and no registered population enters. Because
 * the weights inherit the per-capita basis changes, a year where any city's implied population
 * breaks starts a new `segment_id`; a trend is read within a segment (2013–2019 is one in the bundled panel).
 * @example
 * ```ts
 * weightedDisparityTable(loadGuangdongPanel()).find((r) => r.year === 2010)?.theil_t
 * ```
 */
export function weightedDisparityTable(panel: TableInput, options: WeightedDisparityOptions = {}): WeightedDisparityRow[] {
  const pop = impliedResidentPopulation(panel).filter((r) => r.year >= (options.from ?? 2002) && r.year <= (options.to ?? Number.POSITIVE_INFINITY));
  const years = Array.from(new Set(pop.map((r) => r.year))).sort((a, b) => a - b);
  let seg = 0;
  return years.map((year, k) => {
    const rows = pop.filter((r) => r.year === year);
    const ok = rows.filter((r) => r.implied_population !== null && r.gdp_per_capita !== null);
    const missing = rows.filter((r) => !ok.includes(r)).map((r) => r.city_zh);
    const breaks = rows.filter((r) => r.break_before).map((r) => r.city_zh);
    if (k > 0 && (breaks.length > 0 || year !== years[k - 1]! + 1)) seg += 1;
    const base = { year, n_cities: ok.length, missing_cities: missing, weights: 'implied-resident' as const, weights_break_before: breaks.length > 0, weights_break_cities: breaks, segment_id: `w:${seg}` };
    if (missing.length > 0 || ok.length === 0) {
      return {
        ...base, theil_t: null, theil_l: null, williamson: null, theil_t_between: null, theil_t_within: null, theil_t_between_share: null,
        theil_l_between: null, theil_l_within: null, theil_l_between_share: null, theil_t_unweighted: null, theil_l_unweighted: null,
      };
    }
    const y = ok.map((r) => r.gdp_per_capita!);
    const w = ok.map((r) => r.implied_population!);
    const g = ok.map((r) => r.region);
    const dt = theilDecompose(y, g, { weights: w, index: 'T' });
    const dl = theilDecompose(y, g, { weights: w, index: 'L' });
    return {
      ...base, theil_t: theilT(y, w), theil_l: theilL(y, w), williamson: williamson(y, w),
      theil_t_between: dt.between, theil_t_within: dt.within, theil_t_between_share: dt.betweenContribution,
      theil_l_between: dl.between, theil_l_within: dl.within, theil_l_between_share: dl.betweenContribution,
      theil_t_unweighted: theilT(y), theil_l_unweighted: theilL(y),
    };
  });
}
