/**
 * Sourced facts bundled under `data/facts/` and `data/external/`: typed loaders returning
 * arrays of plain records. Every record keeps its source id (and, where the source file has
 * them, the page address and the verbatim quote) so each figure can be cited. The files are
 * verbatim copies of the project's source files (see data/SOURCES.md); a call returns fresh
 * objects, so callers may modify what they get.
 * @module
 */
import { DataError } from '../core/errors.js';
import { bundledNumber, readBundledCsv } from './csv.js';

type Raw = Record<string, string>;

function load<T>(file: string, map: (r: Raw, num: (column: string) => number | null, req: (column: string) => number) => T): T[] {
  return readBundledCsv(file).map((r, i) => {
    const num = (c: string): number | null => bundledNumber(r[c], `data/${file}`, i + 1, c);
    const req = (c: string): number => {
      const v = num(c);
      if (v === null) throw new DataError('not-a-number', 'a required number is empty', { file: `data/${file}`, row: i + 1, column: c });
      return v;
    };
    return map(r, num, req);
  });
}

/** A plain number if the text is one ("12.5", "-0.6"), else null (ratios like "39.9:60.1", ">100"). */
function plainNumber(s: string | undefined): number | null {
  if (s === undefined || !/^-?\d+(\.\d+)?$/.test(s.trim())) return null;
  return Number(s);
}

/** One macro point fact (`data/facts/macro_text_facts.csv`, ids T…). */
export interface TextFact {
  /** Calendar year (the first four digits of `period`). */
  year: number;
  /** Period as published, e.g. "2010" or "2012 Jan-Sep". */
  period: string;
  /** 广东, a region or a city. */
  geography: string;
  indicator: string;
  /** Value as published (may be a ratio such as "39.9:60.1"). */
  value: string;
  /** `value` as a number when it is a plain number, else null. */
  value_number: number | null;
  unit: string;
  source_id: string;
  source_url: string;
  source_title: string;
  /** Verbatim quotation the value was copied from. */
  quote: string;
  note: string;
}

/**
 * Macro point facts quoted from public pages (101 records): province totals, sector VA,
 * the 2010 advanced-manufacturing share (47.2 % of all industry), 双转移 outcomes….
 * @example
 * ```ts
 * loadTextFacts().find((f) => f.source_id === 'T1')?.value_number // 2286.86
 * ```
 */
export function loadTextFacts(): TextFact[] {
  return load('facts/macro_text_facts.csv', (r) => ({
    year: Number((r.year ?? '').slice(0, 4)),
    period: r.year ?? '',
    geography: r.geography ?? '',
    indicator: r.indicator ?? '',
    value: r.value ?? '',
    value_number: plainNumber(r.value),
    unit: r.unit ?? '',
    source_id: r.source_id ?? '',
    source_url: r.source_url ?? '',
    source_title: r.source_title ?? '',
    quote: r.quote ?? '',
    note: r.note ?? '',
  }));
}

/** Indicators of the bulletin facts. */
export type BulletinIndicator =
  | 'gdp_real_growth_pct'
  | 'resident_population_10k'
  | 'gdp_per_capita_yuan'
  | 'gdp_per_capita_real_growth_pct'
  | 'advanced_mfg_share_pct'
  | 'advanced_mfg_va'
  | 'modern_services_va'
  | 'modern_services_share_pct'
  | 'hightech_mfg_share_pct'
  | 'hightech_mfg_va';

/** One figure from a city (or provincial) statistical bulletin or press report (`CB01`–`CB42`). */
export interface BulletinFact {
  /** Chinese short name; 广东 for province rows. */
  city_zh: string;
  /** GB/T 2260 code; 440000 for the province. */
  city_code: number;
  year: number;
  indicator: BulletinIndicator;
  value: number;
  /** Unit, and for shares the denominator (read it: denominators differ). */
  unit: string;
  source_id: string;
  source_url: string;
  source_title: string;
  quote: string;
}

/**
 * City and province figures from statistical bulletins (102 records, first releases).
 * @example
 * ```ts
 * loadBulletinFacts().find((f) => f.source_id === 'CB42')?.value // 10.5  (深圳 2013 real growth)
 * ```
 */
export function loadBulletinFacts(): BulletinFact[] {
  return load('facts/city_bulletin_facts.csv', (r, _num, req) => ({
    city_zh: r.city_zh ?? '',
    city_code: req('city_code'),
    year: req('year'),
    indicator: (r.indicator ?? '') as BulletinIndicator,
    value: req('value'),
    unit: r.unit ?? '',
    source_id: r.source_id ?? '',
    source_url: r.source_url ?? '',
    source_title: r.source_title ?? '',
    quote: r.quote ?? '',
  }));
}

/** A province-wide total of the industrial-transfer parks (`S…` sources). */
export interface ParkAggregateFact {
  /** Calendar year (first four digits of `period`). */
  year: number;
  /** Period as published: "2008", "2009Q1", "2012H1", "2013 Jan-Aug"…. */
  period: string;
  indicator_zh: string;
  indicator_en: string;
  /** Value as published (may be a bound such as ">100"). */
  value: string;
  /** `value` as a number when it is a plain number, else null. */
  value_number: number | null;
  /** 亿元, %, 个 (count) or 万人. */
  unit: string;
  /** Number of parks the total covers, where stated. */
  n_parks: number | null;
  /** Year-on-year growth as published, %. */
  yoy_growth_pct: number | null;
  source_id: string;
  source_url: string;
  quote: string;
}

/**
 * Province-wide park totals by year (50 records): counts, output, tax, VA, investment….
 * @example
 * ```ts
 * loadParkAggregateFacts().find((f) => f.period === '2008' && f.indicator_en === 'gross industrial output')?.value_number // 302.66
 * ```
 */
export function loadParkAggregateFacts(): ParkAggregateFact[] {
  return load('facts/park_aggregate_facts.csv', (r, num) => ({
    year: Number((r.period ?? '').slice(0, 4)),
    period: r.period ?? '',
    indicator_zh: r.indicator_zh ?? '',
    indicator_en: r.indicator_en ?? '',
    value: r.value ?? '',
    value_number: plainNumber(r.value),
    unit: r.unit ?? '',
    n_parks: num('n_parks'),
    yoy_growth_pct: num('yoy_growth_pct'),
    source_id: r.source_id ?? '',
    source_url: r.source_url ?? '',
    quote: r.quote ?? '',
  }));
}

/** A park-level event: recognition, evaluation result, a metric. */
export interface ParkEvent {
  year: number;
  event_type: string;
  /** Park name verbatim. */
  park_name_as_published: string;
  /** PRD partner city parsed from the "PRD-city(host)" name pattern; null when the name has none. */
  partner_city_from_name: string | null;
  host_prefecture: string;
  /** "stated", "from name" or "inferred (county X is in prefecture Y)" — how the host was found. */
  host_basis: string;
  detail: string;
  source_id: string;
  source_url: string;
}

/**
 * Park-level events (68 records). Not a complete park register.
 * @example
 * ```ts
 * loadParkEvents()[0]?.park_name_as_published // '东莞石龙(始兴)产业转移工业园'
 * ```
 */
export function loadParkEvents(): ParkEvent[] {
  return load('facts/park_events.csv', (r, _num, req) => ({
    year: req('year'),
    event_type: r.event_type ?? '',
    park_name_as_published: r.park_name_as_published ?? '',
    partner_city_from_name: r.partner_city_from_name ? r.partner_city_from_name : null,
    host_prefecture: r.host_prefecture ?? '',
    host_basis: r.host_basis ?? '',
    detail: r.detail ?? '',
    source_id: r.source_id ?? '',
    source_url: r.source_url ?? '',
  }));
}

/** A park page source (S1–S27). */
export interface ParkSource {
  source_id: string;
  /** Page address, verbatim; "(page address not recorded)" for S2 and S11. */
  url: string;
  title: string;
  /** Date as published (ISO date or a year). */
  date: string;
}

/**
 * The registry of park page sources S1–S27.
 * @example
 * ```ts
 * loadParkSources().length // 27
 * ```
 */
export function loadParkSources(): ParkSource[] {
  return load('facts/park_sources.csv', (r) => ({
    source_id: r.source_id ?? '',
    url: r.url ?? '',
    title: r.title ?? '',
    date: r.date ?? '',
  }));
}

/** One indicator score of a park in the 梅州 2016 pre-review (S17). */
export interface MeizhouScore2016 {
  year: number;
  park: string;
  /** Indicator name, or the total row. */
  indicator: string;
  self_score: number;
  review_score: number;
  source_id: string;
}

/**
 * 梅州's 2016 pre-review scores of four provincial parks (28 records, as published — the
 * 梅江区东升 self-score total 88 does not equal its item sum 81.5).
 * @example
 * ```ts
 * loadMeizhouScores2016()[0] // { year: 2016, park: '广梅产业园', indicator: '固定资产投资', self_score: 1, review_score: 0.5, source_id: 'S17' }
 * ```
 */
export function loadMeizhouScores2016(): MeizhouScore2016[] {
  return load('facts/meizhou_park_scores_2016.csv', (r, _num, req) => ({
    year: req('year'),
    park: r.park ?? '',
    indicator: r.indicator ?? '',
    self_score: req('self_score'),
    review_score: req('review_score'),
    source_id: r.source_id ?? '',
  }));
}

/** Census figures of one city (6th and 7th census, resident population). */
export interface CensusCity {
  /** City name as in the source, e.g. 广州市. */
  city: string;
  city_code: number;
  /** Resident population 2020, persons. */
  popu_2020: number;
  popu_urban_2020: number;
  popu_rural_2020: number;
  /** Resident population 2010, persons, adjusted by the source to 2020 boundaries. */
  popu_2010: number;
  popu_urban_2010: number;
  popu_rural_2010: number;
  /** Average household size, persons. */
  household_2020: number;
  household_2010: number;
  /** Sex ratio, female = 100. */
  male_female_2020: number;
  male_female_2010: number;
  /** Age shares, %. */
  age_0_14_2020: number;
  age_15_59_2020: number;
  age_60_2020: number;
  age_65_2020: number;
  age_0_14_2010: number;
  age_15_59_2010: number;
  age_60_2010: number;
  age_65_2010: number;
  /** Always `LEIII-CENSUS`. */
  source_id: string;
}

const CENSUS_NUMBERS = [
  'popu_2020', 'popu_urban_2020', 'popu_rural_2020', 'popu_2010', 'popu_urban_2010', 'popu_rural_2010',
  'household_2020', 'household_2010', 'male_female_2020', 'male_female_2010', 'age_0_14_2020', 'age_15_59_2020',
  'age_60_2020', 'age_65_2020', 'age_0_14_2010', 'age_15_59_2010', 'age_60_2010', 'age_65_2010',
] as const;

/**
 * 6th (2010) and 7th (2020) census figures of the 21 cities (leiii/census, MIT).
 * @example
 * ```ts
 * loadCensus().reduce((s, c) => s + c.popu_2020, 0) // 126012510
 * ```
 */
export function loadCensus(): CensusCity[] {
  return load('facts/city_census_2010_2020.csv', (r, _num, req) => {
    const out: Record<string, unknown> = { city: r.city ?? '', city_code: req('city_code') };
    for (const c of CENSUS_NUMBERS) out[c] = req(c);
    out.source_id = 'LEIII-CENSUS';
    return out as unknown as CensusCity;
  });
}

/** A year-end resident (常住) population figure from a text source (P1–P4). */
export interface ResidentPopulationSource {
  year: number;
  /** City short name, or 珠三角9市合计 / 广东省 for totals. */
  city_zh: string;
  /** 万人. */
  resident_pop_10k: number;
  concept: string;
  source_id: string;
  source_url: string;
  source_title: string;
  note: string;
}

/**
 * Year-end resident population from text sources (58 records; 2016–2019 pre-census).
 * @example
 * ```ts
 * loadResidentPopulationSources().find((r) => r.city_zh === '广州' && r.year === 2020)?.resident_pop_10k // 1867.66
 * ```
 */
export function loadResidentPopulationSources(): ResidentPopulationSource[] {
  return load('facts/resident_population_text_sources.csv', (r, _num, req) => ({
    year: req('year'),
    city_zh: r.city_zh ?? '',
    resident_pop_10k: req('resident_pop_10k'),
    concept: r.concept ?? '',
    source_id: r.source_id ?? '',
    source_url: r.source_url ?? '',
    source_title: r.source_title ?? '',
    note: r.note ?? '',
  }));
}

/** Output of a manufacturing group as % of a PRD city's GDP, 2018 (地理研究 2020, 表2). */
export interface PrdManufacturingShare2018 {
  year: number;
  city_zh: string;
  industry_group_zh: string;
  /** %, output of the group / city GDP. */
  output_share_of_gdp_pct: number;
  /** Always `DLYJ-2020-T2` (see data/SOURCES.md). */
  source_id: string;
}

/**
 * The 2018 table of manufacturing output shares in the 9 PRD cities (90 records).
 * @example
 * ```ts
 * loadPrdManufacturing2018().find((r) => r.city_zh === '深圳' && r.industry_group_zh === '计算机、通信和其他电子设备制造业')?.output_share_of_gdp_pct // 23.06
 * ```
 */
export function loadPrdManufacturing2018(): PrdManufacturingShare2018[] {
  return load('facts/prd_manufacturing_output_share_2018.csv', (r, _num, req) => ({
    year: req('year'),
    city_zh: r.city_zh ?? '',
    industry_group_zh: r.industry_group_zh ?? '',
    output_share_of_gdp_pct: req('output_share_of_gdp_pct'),
    source_id: 'DLYJ-2020-T2',
  }));
}

/** GDP of one province in one year (NBS). */
export interface ProvinceGdp {
  year: number;
  /** Province name in Chinese as in the NBS file, e.g. 广东省. */
  province: string;
  /** GDP, 亿元, current prices (NBS revised series, vintage about 2021). */
  gdp: number;
  /** Always `NBS-PROV`. */
  source_id: string;
}

/**
 * GDP of China's 31 provinces 1992–2020 in long format (899 records).
 * @example
 * ```ts
 * loadNationalProvinceGdp().find((r) => r.province === '广东省' && r.year === 2010)?.gdp // 45944.6
 * ```
 */
export function loadNationalProvinceGdp(): ProvinceGdp[] {
  const out: ProvinceGdp[] = [];
  const rows = readBundledCsv('facts/province_gdp_nbs_1992_2020.csv');
  rows.forEach((r, i) => {
    const year = bundledNumber(r.year, 'data/facts/province_gdp_nbs_1992_2020.csv', i + 1, 'year');
    for (const [province, v] of Object.entries(r)) {
      if (province === 'year') continue;
      const gdp = bundledNumber(v, 'data/facts/province_gdp_nbs_1992_2020.csv', i + 1, province);
      if (year === null || gdp === null) continue;
      out.push({ year, province, gdp, source_id: 'NBS-PROV' });
    }
  });
  return out.sort((a, b) => a.year - b.year || a.province.localeCompare(b.province, 'zh'));
}

/** One Mexican state (libpysal example data, Rey & Sastré-Gutiérrez 2010). */
export interface MexicoState {
  state: string;
  /** Per-capita GDP by year, constant 1993 pesos: 1940, 1950, …, 2000. */
  pcgdp: Record<1940 | 1950 | 1960 | 1970 | 1980 | 1990 | 2000, number>;
  /** Six-region grouping of Hanson (1998), 1–6. */
  hanson98: number;
  /** Always `LIBPYSAL-MEXICO`. */
  source_id: string;
}

/**
 * Mexico's 32 states, per-capita GDP 1940–2000 (the PySAL teaching panel for Theil
 * decompositions and convergence), for comparing results with PySAL.
 * @example
 * ```ts
 * loadMexicoStates()[0]?.pcgdp[1940] // 10384  (Aguascalientes)
 * ```
 */
export function loadMexicoStates(): MexicoState[] {
  return load('external/mexico_state_gdp_per_capita_1940_2000.csv', (r, _num, req) => ({
    state: r.state ?? '',
    pcgdp: {
      1940: req('pcgdp1940'), 1950: req('pcgdp1950'), 1960: req('pcgdp1960'), 1970: req('pcgdp1970'),
      1980: req('pcgdp1980'), 1990: req('pcgdp1990'), 2000: req('pcgdp2000'),
    },
    hanson98: req('hanson98'),
    source_id: 'LIBPYSAL-MEXICO',
  }));
}
