/**
 * Quality flags on panel rows and the known series breaks. A flag never changes a value: it
 * says why a value is missing, replaced or must not be used naively (see data/SOURCES.md).
 * @module
 */
import { warn, type DataWarning } from '../core/warnings.js';
import type { QualityFlag } from './schema.js';

/** What a flag concerns and what to do about it. */
export interface FlagInfo {
  /** Columns whose value the flag concerns. */
  readonly columns: readonly string[];
  /** What is wrong. */
  readonly meaning: string;
  /** What to do. */
  readonly advice: string;
}

/** Every {@link QualityFlag} with the columns it concerns, its meaning and advice. */
export const QUALITY_FLAGS: Readonly<Record<QualityFlag, FlagInfo>> = {
  'gdp-urban-district': {
    columns: ['gdp', 'primary_va', 'secondary_va', 'tertiary_va'],
    meaning: '1992–93 CSMAR city GDP looks like urban-district (市区) figures: the 21-city sum is 1301 亿元 in 1992 against a provincial 2447.5',
    advice: 'start city series in 1994 (the loader default) or exclude 1992–93',
  },
  'gdp-misassigned-suspect': {
    columns: ['gdp', 'primary_share', 'secondary_share', 'tertiary_share', 'gdp_real_growth'],
    meaning: 'CSMAR 1998–99 values of 东莞, 中山, 河源 and 阳江 look assigned to the wrong city (东莞 1998 = 河源 1998 = 79.3666)',
    advice: 'do not use these city-years; drop 1998–99 for these four cities or the whole province aggregate',
  },
  'per-capita-basis-2001': {
    columns: ['gdp_per_capita'],
    meaning: 'CSMAR 2001 per-capita GDP is on another population basis than 2002 on (decimals; 深圳 152,099 in 2001 vs 46,388 in 2002, 湛江 14,238 vs 7,539)',
    advice: 'start per-capita series in 2002, or exclude 2001 from comparisons across years',
  },
  'growth-nominal': {
    columns: ['gdp_real_growth'],
    meaning: 'CSMAR 2013 "real" growth is nominal for all 21 cities; replaced by a bulletin value where one exists, else null (raw value in gdp_growth_csmar)',
    advice: 'do not mix gdp_growth_csmar 2013 with the real series; compute real aggregates without 2013 or bring official 2013 values',
  },
  'growth-index-corrected': {
    columns: ['gdp_real_growth'],
    meaning: 'CSMAR stored the growth as an index (previous year = 100); the published rate replaces it (汕头 2014: 109.0 → 9.0, CB21)',
    advice: 'nothing to do; the raw value stays in gdp_growth_csmar',
  },
  'growth-bulletin': {
    columns: ['gdp_real_growth'],
    meaning: 'gdp_real_growth is a first-release bulletin figure (CSMAR missing or defective); see sources',
    advice: 'first releases can differ from revised figures by a few tenths of a point',
  },
  'growth-level-mismatch': {
    columns: ['gdp', 'gdp_real_growth'],
    meaning: 'published real growth differs from the change of the GDP level by more than 15 percentage points: a level on this or the previous row is on another basis',
    advice: 'do not compute growth from these levels; prefer the published growth or exclude the pair of years',
  },
  'per-capita-pre-census': {
    columns: ['gdp_per_capita'],
    meaning: 'per-capita GDP up to 2019 uses pre-7th-census population; the series breaks at 2019/2020',
    advice: 'do not compute per-capita growth across 2019/2020; compare within 2001–2019 or use the official per-capita growth',
  },
  'per-capita-inconsistent': {
    columns: ['gdp_per_capita'],
    meaning: 'CSMAR 2021 per-capita GDP is internally inconsistent (implied population jumps); withheld (raw value in gdp_per_capita_csmar)',
    advice: 'use bulletin values where published (东莞, 河源) or leave 2021 out of per-capita analyses',
  },
  'per-capita-bulletin': {
    columns: ['gdp_per_capita'],
    meaning: 'gdp_per_capita is an official bulletin figure replacing a withheld CSMAR value; see sources',
    advice: 'nothing to do',
  },
  'bulletin-value': {
    columns: ['gdp_real_growth', 'gdp_per_capita'],
    meaning: 'a value on this row comes from an official bulletin instead of CSMAR (growth-bulletin / per-capita-bulletin say which)',
    advice: 'nothing to do; the bulletin is cited in sources',
  },
  'va-derived': {
    columns: ['primary_va', 'secondary_va', 'tertiary_va'],
    meaning: 'sector value added is gdp × share / 100 (rounded to 4 decimals), arithmetic on published numbers, not itself published (published only 2017–2021)',
    advice: 'prefer shares; the derived levels inherit any defect of gdp',
  },
  'population-registered': {
    columns: ['population_registered'],
    meaning: 'a per-capita or population figure derived from household-registered (户籍) population, not resident (常住)',
    advice: 'registered population undercounts PRD cities with many migrants; use resident population where published',
  },
  'resident-pre-census': {
    columns: ['population_resident'],
    meaning: 'resident population 2011–2019 is the unrevised pre-7th-census figure; the 2019→2020 jump is a revision, not migration',
    advice: 'do not compute population growth across 2019/2020',
  },
  'census-2010-adjusted': {
    columns: ['population_census'],
    meaning: 'the 2010 census count is adjusted by the source (leiii/census) to 2020 boundaries',
    advice: 'nothing to do for boundary-consistent comparisons with 2020',
  },
};

/** Anything with a `flags` cell (a row object or a record). */
export interface Flagged {
  readonly flags?: string | null | undefined;
}

/**
 * The quality flags of a row, parsed from its `;`-separated `flags` cell.
 * @example
 * ```ts
 * flagsOf({ flags: 'growth-nominal;growth-bulletin' }) // ['growth-nominal', 'growth-bulletin']
 * flagsOf({ flags: '' }) // []
 * ```
 */
export function flagsOf(row: Flagged): QualityFlag[] {
  const f = row.flags;
  if (!f) return [];
  return f.split(';').map((s) => s.trim()).filter((s) => s.length > 0) as QualityFlag[];
}

/**
 * Whether a row carries a flag.
 * @example
 * ```ts
 * hasFlag({ flags: 'growth-index-corrected' }, 'growth-index-corrected') // true
 * ```
 */
export function hasFlag(row: Flagged, flag: QualityFlag): boolean {
  return flagsOf(row).includes(flag);
}

/** A known break in a bundled series. */
export interface SeriesBreak {
  /** Stable id, also the warning code suffix. */
  readonly id: string;
  /** Columns affected. */
  readonly columns: readonly string[];
  /** Years whose values are affected (comparisons that include any of them are affected). */
  readonly years?: readonly number[];
  /** A level break between `between[0]` and `between[1]`: a span covering both crosses it. */
  readonly between?: readonly [number, number];
  /** The flag marking affected rows. */
  readonly flag: QualityFlag;
  /** What to do. */
  readonly advice: string;
}

/** The known breaks of the bundled city panel (see data/SOURCES.md). */
export const SERIES_BREAKS: readonly SeriesBreak[] = [
  { id: 'gdp-urban-district', columns: ['gdp', 'primary_va', 'secondary_va', 'tertiary_va', 'gdp_per_capita'], years: [1992, 1993], flag: 'gdp-urban-district',
    advice: 'city GDP of 1992–93 is urban-district only; start in 1994 or exclude 1992–93' },
  { id: 'gdp-misassigned-1998-99', columns: ['gdp', 'primary_share', 'secondary_share', 'tertiary_share', 'primary_va', 'secondary_va', 'tertiary_va'], years: [1998, 1999], flag: 'gdp-misassigned-suspect',
    advice: '东莞, 中山, 河源 and 阳江 values of 1998–99 are suspect; exclude these city-years (filter rows flagged gdp-misassigned-suspect)' },
  { id: 'per-capita-basis-2001', columns: ['gdp_per_capita'], between: [2001, 2002], flag: 'per-capita-basis-2001',
    advice: '2001 per-capita GDP is on another basis than 2002 on; start per-capita series in 2002' },
  { id: 'per-capita-census-2020', columns: ['gdp_per_capita'], between: [2019, 2020], flag: 'per-capita-pre-census',
    advice: 'per-capita GDP to 2019 uses pre-census population; do not compute growth across 2019/2020 — analyse 2001–2019 and 2020–2021 separately or use official per-capita growth' },
  { id: 'per-capita-2021-withheld', columns: ['gdp_per_capita'], years: [2021], flag: 'per-capita-inconsistent',
    advice: '2021 per-capita GDP is withheld except 东莞 and 河源 (bulletin values); leave 2021 out of per-capita analyses' },
  { id: 'resident-census-2020', columns: ['population_resident'], between: [2019, 2020], flag: 'resident-pre-census',
    advice: 'resident population to 2019 is pre-census; the 2019→2020 jump is a revision — do not compute population growth across it' },
  { id: 'growth-2013-nominal', columns: ['gdp_real_growth', 'gdp_growth_csmar'], years: [2013], flag: 'growth-nominal',
    advice: '2013 real growth is null except 深圳, 东莞, 汕头 (bulletins); CSMAR 2013 is nominal — aggregate real growth for 2013 is not available from this panel' },
];

/**
 * Check whether an analysis over `years` of `column` crosses a known break of the bundled
 * panel; records one warning per break crossed (through `warn`, printed once) saying what to
 * do, and returns the warnings (empty when the span is clean).
 * @example
 * ```ts
 * crossesBreak([2018, 2019, 2020], 'gdp_per_capita').map((w) => w.code) // ['series-break:per-capita-census-2020']
 * crossesBreak([2014, 2015], 'gdp') // []
 * ```
 */
export function crossesBreak(years: readonly number[], column: string): DataWarning[] {
  if (years.length === 0) return [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of years) { // a loop, not Math.min(...years): a spread of a long array overflows the call stack
    if (y < lo) lo = y;
    if (y > hi) hi = y;
  }
  const out: DataWarning[] = [];
  for (const b of SERIES_BREAKS) {
    if (!b.columns.includes(column)) continue;
    const hit = b.between
      ? lo <= b.between[0] && hi >= b.between[1]
      : (b.years ?? []).some((y) => years.includes(y));
    if (!hit) continue;
    out.push(
      warn({
        code: `series-break:${b.id}`,
        column,
        message: `${column} over ${lo}–${hi} crosses a known break (${b.id}, rows flagged ${b.flag}): ${b.advice}`,
      }),
    );
  }
  return out;
}
