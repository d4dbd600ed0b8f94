/**
 * Column contract of the bundled Guangdong tables. Every layer above `data` refers to
 * columns through these names, so a rename happens in one place.
 *
 * Units: 亿元 = 100 million yuan (current prices); 万人 = 10 000 persons; shares and growth
 * rates in percent (8.0 means 8 %), growth at comparable prices as published.
 * @module
 */

/** The official four-region grouping of Guangdong (珠三角 / 东翼 / 西翼 / 山区(粤北)). */
export type Region = 'PRD' | 'East' | 'West' | 'North';

/** All regions in their conventional order. */
export const REGIONS: readonly Region[] = ['PRD', 'East', 'West', 'North'];

/** Chinese and English labels of each region. */
export const REGION_LABELS: Readonly<Record<Region, { zh: string; en: string }>> = {
  PRD: { zh: '珠三角', en: 'Pearl River Delta' },
  East: { zh: '粤东', en: 'East wing' },
  West: { zh: '粤西', en: 'West wing' },
  North: { zh: '粤北山区', en: 'Northern mountainous area' },
};

/**
 * Quality flags carried on panel rows (column `flags`, `;`-separated). A flag marks a
 * known break or defect; the value stays as published (or is missing) and the flag says
 * why it must not be used naively.
 */
export type QualityFlag =
  /** 1992–93 city GDP looks like urban-district (市区) figures, not whole-city. */
  | 'gdp-urban-district'
  /** Per-capita GDP before 2020 uses pre-7th-census population: break at 2019/2020. */
  | 'per-capita-pre-census'
  /** 2021 CSMAR per-capita GDP is internally inconsistent; withheld. */
  | 'per-capita-inconsistent'
  /** 2013 CSMAR "real" growth is nominal; replaced by a bulletin value where one exists, else withheld. */
  | 'growth-nominal'
  /** Growth stored as an index (previous year = 100), corrected to a rate from a published source. */
  | 'growth-index-corrected'
  /** A value replaced by an official bulletin figure (see `sources`). */
  | 'bulletin-value'
  /** Population is household-registered (户籍), not resident (常住). */
  | 'population-registered'
  /** Resident population before 2020 is pre-census (unrevised). */
  | 'resident-pre-census'
  /** `gdp_real_growth` comes from an official bulletin (CSMAR missing or defective); see `sources`. */
  | 'growth-bulletin'
  /** `gdp_per_capita` comes from an official bulletin (CSMAR value withheld); see `sources`. */
  | 'per-capita-bulletin'
  /** Sector value added computed as gdp × share / 100 from published numbers (not itself published). */
  | 'va-derived'
  /** The 2010 census count is boundary-adjusted to 2020 boundaries by the source (leiii/census). */
  | 'census-2010-adjusted'
  /**
   * CSMAR GDP of 东莞, 中山, 河源 and 阳江 in 1998–1999 looks assigned to the wrong city
   * (e.g. 东莞 1998 = 河源 1998 = 79.3666); kept as stored, do not use.
   */
  | 'gdp-misassigned-suspect'
  /**
   * CSMAR 2001 per-capita GDP is on another basis than 2002 on (values carry decimals and jump:
   * 深圳 152 099.16 in 2001 vs 46 388 in 2002, 湛江 14 238 vs 7 539); kept as stored, do not compare.
   */
  | 'per-capita-basis-2001'
  /**
   * Published real growth differs from the change of the GDP level (this row vs the previous
   * year) by more than 15 percentage points: one of the two levels is on another basis.
   */
  | 'growth-level-mismatch';

/** One city-year row of the bundled panel (`data/city-panel.csv`, `loadGuangdongPanel`). */
export interface CityYearRow {
  /** GB/T 2260 code, e.g. 440100. */
  city_code: number;
  city_zh: string;
  city_en: string;
  region: Region;
  year: number;
  /** GDP 地区生产总值, 亿元, current prices. */
  gdp: number | null;
  /** Real GDP growth, %, comparable prices, as published. */
  gdp_real_growth: number | null;
  /** Per-capita GDP 人均地区生产总值, 元, current prices. */
  gdp_per_capita: number | null;
  /** Official real growth of per-capita GDP, %, where a bulletin publishes it (sparse). */
  gdp_per_capita_real_growth: number | null;
  /** Sector shares of GDP, %. */
  primary_share: number | null;
  secondary_share: number | null;
  tertiary_share: number | null;
  /** Sector value added, 亿元 (published 2017–2021; elsewhere gdp × share, see flags/sources). */
  primary_va: number | null;
  secondary_va: number | null;
  tertiary_va: number | null;
  /** Year-end household-registered (户籍) population, 万人. */
  population_registered: number | null;
  /** Year-end resident (常住) population, 万人, where published. */
  population_resident: number | null;
  /** Employed persons, 万人. */
  employment: number | null;
  /** Shares of employed persons by sector, %. */
  employment_primary_share: number | null;
  employment_secondary_share: number | null;
  employment_tertiary_share: number | null;
  /** CSMAR `GDPYoY` exactly as stored (2013 is nominal, 汕头 2014 an index): kept so nothing is hidden. */
  gdp_growth_csmar?: number | null;
  /** CSMAR `GDP_PerCapita` exactly as stored (2021 inconsistent): kept so nothing is hidden. */
  gdp_per_capita_csmar?: number | null;
  /** Census resident count (2010, 2020), 万人 (exact to the person: 4 decimals). Not a year-end figure. */
  population_census?: number | null;
  /** `;`-separated {@link QualityFlag}s; empty string when none. */
  flags: string;
  /** `;`-separated source ids (see data/SOURCES.md) of the values on this row. */
  sources: string;
}

/** Numeric columns of {@link CityYearRow}. */
export type CityNumericColumn = {
  [K in keyof CityYearRow]-?: Exclude<CityYearRow[K], undefined> extends number | null ? K : never;
}[keyof CityYearRow];

/** One year of the provincial series (`data/province.csv`, `loadGuangdongProvince`). */
export interface ProvinceYearRow {
  year: number;
  /** GDP, 亿元, current prices. */
  gdp: number | null;
  /** Real GDP growth, %. */
  gdp_real_growth: number | null;
  /** Per-capita GDP, 元. */
  gdp_per_capita: number | null;
  /** Official real growth of per-capita GDP, %. */
  gdp_per_capita_real_growth: number | null;
  /** GDP from the NBS provincial file (1992–2020, revised vintage of about 2021), 亿元. */
  gdp_nbs?: number | null;
  /** Source id(s) of the row. */
  source: string;
}
