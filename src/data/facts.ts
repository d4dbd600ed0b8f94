/**
 * Sourced facts bundled under `data/facts/` and `data/external/`: typed loaders returning
 * arrays of plain records. Every record keeps its source id (and, where the source file has
 * them, the page address and the verbatim quote) so each figure can be cited. The files are
 * verbatim copies of the project's source files (see data/SOURCES.md); a call returns fresh
 * objects, so callers may modify what they get.
 * @module
 */
import { DataError } from '../core/errors.js';
import { sum } from '../core/validate.js';
import { bundledNumber, readBundledCsv } from './csv.js';

/** The cells of one CSV row, read by column name. */
interface Cells {
  /** The cell as text ('' when empty or absent). */
  text(column: string): string;
  /** The cell as a number, null when empty (a non-number is a DataError). */
  num(column: string): number | null;
  /** The cell as a number; an empty cell is a DataError too. */
  req(column: string): number;
}

/**
 * How one field of a record is read from the column of the same name: `'text'` (as is, '' when
 * empty), `'number'` (required), `'number?'` (null when empty), or computed from the row's cells.
 * The keywords are offered only where their value fits the field's type.
 */
type Field<V> =
  | (string extends V ? 'text' : never)
  | (number extends V ? 'number' : never)
  | (number | null extends V ? 'number?' : never)
  | ((cells: Cells) => V);

/**
 * Read a bundled CSV (path under `data/`) into records, one a row, each field as `spec` says,
 * in the order of `spec` (so the first bad cell of a row is the one reported).
 */
function readFacts<T>(file: string, spec: { [K in keyof T]-?: Field<T[K]> }): T[] {
  const fields = Object.entries(spec) as Array<[string, Field<unknown>]>;
  return readBundledCsv(file).map((r, i) => {
    const cells: Cells = {
      text: (c) => r[c] ?? '',
      num: (c) => bundledNumber(r[c], `data/${file}`, i + 1, c),
      req: (c) => {
        const v = cells.num(c);
        if (v === null) throw new DataError('not-a-number', 'a required number is empty', { file: `data/${file}`, row: i + 1, column: c });
        return v;
      },
    };
    const out: Record<string, unknown> = {};
    for (const [k, f] of fields) {
      out[k] = f === 'text' ? cells.text(k) : f === 'number' ? cells.req(k) : f === 'number?' ? cells.num(k) : (f as (c: Cells) => unknown)(cells);
    }
    return out as T;
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
  return readFacts<TextFact>('facts/macro_text_facts.csv', {
    year: (c) => Number(c.text('year').slice(0, 4)),
    period: (c) => c.text('year'),
    geography: 'text', indicator: 'text', value: 'text',
    value_number: (c) => plainNumber(c.text('value')),
    unit: 'text', source_id: 'text', source_url: 'text', source_title: 'text', quote: 'text', note: 'text',
  });
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
  return readFacts<BulletinFact>('facts/city_bulletin_facts.csv', {
    city_zh: 'text', city_code: 'number', year: 'number',
    indicator: (c) => c.text('indicator') as BulletinIndicator,
    value: 'number',
    unit: 'text', source_id: 'text', source_url: 'text', source_title: 'text', quote: 'text',
  });
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
  return readFacts<ParkAggregateFact>('facts/park_aggregate_facts.csv', {
    year: (c) => Number(c.text('period').slice(0, 4)),
    period: 'text', indicator_zh: 'text', indicator_en: 'text', value: 'text',
    value_number: (c) => plainNumber(c.text('value')),
    unit: 'text', n_parks: 'number?', yoy_growth_pct: 'number?', source_id: 'text', source_url: 'text', quote: 'text',
  });
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
  return readFacts<ParkEvent>('facts/park_events.csv', {
    year: 'number', event_type: 'text', park_name_as_published: 'text',
    partner_city_from_name: (c) => c.text('partner_city_from_name') || null,
    host_prefecture: 'text', host_basis: 'text', detail: 'text', source_id: 'text', source_url: 'text',
  });
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
  return readFacts<ParkSource>('facts/park_sources.csv', { source_id: 'text', url: 'text', title: 'text', date: 'text' });
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
  return readFacts<MeizhouScore2016>('facts/meizhou_park_scores_2016.csv', {
    year: 'number', park: 'text', indicator: 'text', self_score: 'number', review_score: 'number', source_id: 'text',
  });
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
  const numbers = Object.fromEntries(CENSUS_NUMBERS.map((c) => [c, 'number'])) as Record<(typeof CENSUS_NUMBERS)[number], 'number'>;
  return readFacts<CensusCity>('facts/city_census_2010_2020.csv', {
    city: 'text', city_code: 'number', ...numbers, source_id: () => 'LEIII-CENSUS',
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
  return readFacts<ResidentPopulationSource>('facts/resident_population_text_sources.csv', {
    year: 'number', city_zh: 'text', resident_pop_10k: 'number',
    concept: 'text', source_id: 'text', source_url: 'text', source_title: 'text', note: 'text',
  });
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
  return readFacts<PrdManufacturingShare2018>('facts/prd_manufacturing_output_share_2018.csv', {
    year: 'number', city_zh: 'text', industry_group_zh: 'text', output_share_of_gdp_pct: 'number', source_id: () => 'DLYJ-2020-T2',
  });
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
  return readFacts<MexicoState>('external/mexico_state_gdp_per_capita_1940_2000.csv', {
    state: 'text',
    pcgdp: (c) => ({
      1940: c.req('pcgdp1940'), 1950: c.req('pcgdp1950'), 1960: c.req('pcgdp1960'), 1970: c.req('pcgdp1970'),
      1980: c.req('pcgdp1980'), 1990: c.req('pcgdp1990'), 2000: c.req('pcgdp2000'),
    }),
    hanson98: 'number',
    source_id: () => 'LIBPYSAL-MEXICO',
  });
}

/**
 * The denominator of a published share fact: all industrial VA (全部工业), above-scale industrial
 * VA (规模以上工业), industrial VA with the scope not stated, services (tertiary) VA, GDP, or not
 * stated. The ids shared with the measures' `ShareBasis` mean the same denominators.
 */
export type FactShareBasis =
  | 'all-industry'
  | 'above-scale-industry'
  | 'industry-unspecified'
  | 'tertiary'
  | 'gdp'
  | 'unknown';

/** Chinese (and English) names of each {@link FactShareBasis}. */
export const FACT_SHARE_BASIS_LABELS: Readonly<Record<FactShareBasis, { zh: string; en: string }>> = Object.freeze({
  'all-industry': { zh: '全部工业增加值', en: 'value added of all industry' },
  'above-scale-industry': { zh: '规模以上工业增加值', en: 'value added of above-scale industry' },
  'industry-unspecified': { zh: '工业增加值（未说明是否规上）', en: 'industrial value added (scope not stated)' },
  'tertiary': { zh: '服务业增加值', en: 'services value added' },
  gdp: { zh: '地区生产总值', en: 'GDP' },
  unknown: { zh: '未说明', en: 'not stated' },
});

/**
 * The denominator of a share fact, read from the text the source gives it: the `unit` of a
 * bulletin fact ("% of 规模以上工业增加值", "% of GDP (NOT of 服务业增加值)") or the `indicator`
 * of a text fact ("advanced-manufacturing share of ALL industry"). Rules, first match wins:
 * 全部工业 / 全省工业 / "ALL industry" → all-industry; 规模以上 / 规上 / above-scale →
 * above-scale-industry; "of GDP" / 占GDP → gdp; 服务业增加值 → tertiary; "industrial VA" /
 * 工业增加值 → industry-unspecified; else unknown. A fact that is not a share (a bulletin
 * indicator not ending in `_share_pct`; a text fact whose unit is not `%` or whose indicator does
 * not say share / 比重 / 占比) has no denominator: null.
 * @example
 * ```ts
 * shareBasis(loadBulletinFacts().find((f) => f.unit === '% of GDP (NOT of 服务业增加值)')!) // 'gdp'
 * shareBasis(loadTextFacts().find((f) => f.period === '2012 Jan-Sep' && f.unit === '%')!) // 'industry-unspecified'
 * ```
 */
export function shareBasis(fact: Pick<BulletinFact, 'indicator' | 'unit'> | Pick<TextFact, 'indicator' | 'unit'>): FactShareBasis | null {
  const bulletin = /^[a-z_]+$/.test(fact.indicator);
  const isShare = bulletin ? fact.indicator.endsWith('_share_pct') : fact.unit.trim() === '%' && /share|比重|占比/i.test(fact.indicator);
  if (!isShare) return null;
  const s = bulletin ? fact.unit : fact.indicator;
  if (/全部工业|全省工业|ALL industry/i.test(s)) return 'all-industry';
  if (/规模以上|规上|above-scale/i.test(s)) return 'above-scale-industry';
  if (/of GDP|占GDP/i.test(s)) return 'gdp';
  if (/服务业增加值/.test(s)) return 'tertiary';
  if (/industrial VA|工业增加值/i.test(s)) return 'industry-unspecified';
  return 'unknown';
}

/** The 2018 PRD manufacturing table in wide form, with a lookup by city and group. */
export interface PrdManufacturingTable2018 {
  year: number;
  /** The 9 PRD cities, in file order. */
  cities: string[];
  /** The 10 manufacturing groups, in file order. */
  groups: string[];
  /** `sharePct[g][c]`: output of group `groups[g]` as % of the GDP of city `cities[c]`. */
  sharePct: number[][];
}

/**
 * {@link loadPrdManufacturing2018} as a groups × cities matrix, checked complete (every city has
 * every group exactly once).
 * @throws {DataError} `duplicate-key` or `empty` when a city–group cell is repeated or missing.
 * @example
 * ```ts
 * const t = prdManufacturingTable2018();
 * [t.groups.length, t.cities.length] // [10, 9]
 * ```
 */
export function prdManufacturingTable2018(): PrdManufacturingTable2018 {
  const rows = loadPrdManufacturing2018();
  const cities = Array.from(new Set(rows.map((r) => r.city_zh)));
  const groups = Array.from(new Set(rows.map((r) => r.industry_group_zh)));
  const cells = groups.map(() => cities.map(() => Number.NaN));
  rows.forEach((r, i) => {
    const g = groups.indexOf(r.industry_group_zh);
    const c = cities.indexOf(r.city_zh);
    if (!Number.isNaN(cells[g]![c]!)) throw new DataError('duplicate-key', `${r.city_zh} / ${r.industry_group_zh} appears twice`, { file: 'data/facts/prd_manufacturing_output_share_2018.csv', row: i + 1 });
    cells[g]![c] = r.output_share_of_gdp_pct;
  });
  groups.forEach((g, gi) => cities.forEach((c, ci) => {
    if (Number.isNaN(cells[gi]![ci]!)) throw new DataError('empty', `no value for ${c} / ${g}`, { file: 'data/facts/prd_manufacturing_output_share_2018.csv', column: 'output_share_of_gdp_pct' });
  }));
  return { year: rows[0]?.year ?? 2018, cities, groups, sharePct: cells };
}

/**
 * Output of each manufacturing group summed over the PRD cities, 亿元: for group g,
 * Σ_c sharePct[g][c] / 100 × GDP_c — the shares of {@link prdManufacturingTable2018} turned
 * into output with each city's GDP of the same year (weights the cities by GDP, unlike an
 * unweighted mean of shares). Use it as the PRD reference mix for a specialisation index.
 * @param gdpByCity GDP of each city of the table, 亿元 (extra cities are ignored).
 * @throws {DataError} `unknown-city` when a city of the table has no GDP, `not-a-number` /
 *   `out-of-range` when a GDP is not finite or negative.
 * @example
 * ```ts
 * const t = prdManufacturingTable2018();
 * prdManufacturingOutput2018(Object.fromEntries(t.cities.map((c) => [c, 100])))[0] // Σ_c sharePct[0][c]
 * ```
 */
export function prdManufacturingOutput2018(gdpByCity: Readonly<Record<string, number>>, table: PrdManufacturingTable2018 = prdManufacturingTable2018()): number[] {
  const gdp = table.cities.map((c) => {
    const v = Object.prototype.hasOwnProperty.call(gdpByCity, c) ? gdpByCity[c] : undefined;
    if (v === undefined) throw new DataError('unknown-city', `no GDP for ${c}`, { column: 'gdp' }, `give the ${table.year} GDP of every city: ${table.cities.join('、')}`);
    if (!Number.isFinite(v)) throw new DataError('not-a-number', `GDP of ${c} is ${String(v)}`, { column: 'gdp' });
    if (v < 0) throw new DataError('out-of-range', `GDP of ${c} is negative (${v})`, { column: 'gdp' });
    return v;
  });
  return table.sharePct.map((row) => sum(row.map((p, ci) => (p / 100) * gdp[ci]!)));
}

/** The three aggregates of the 2011 plan's structure target. */
export type AdvancedIndustryAggregate = 'advanced-manufacturing' | 'high-tech-manufacturing' | 'modern-services';

/** Chinese names of each {@link AdvancedIndustryAggregate}, in report order. */
export const ADVANCED_INDUSTRY_LABELS: Readonly<Record<AdvancedIndustryAggregate, string>> = Object.freeze({
  'advanced-manufacturing': '先进制造业',
  'high-tech-manufacturing': '高技术制造业',
  'modern-services': '现代服务业',
});

/** One published figure on 先进制造业, 高技术制造业 or 现代服务业. */
export interface AdvancedIndustryFact {
  aggregate: AdvancedIndustryAggregate;
  /** A share (%) or a value-added level. */
  kind: 'share' | 'value';
  /** City short name, 广东, or a region as published. */
  geography: string;
  /** Period as published ("2015", "2012 Jan-Sep", "2019 H1"). */
  period: string;
  year: number;
  /** Whether the period is a whole calendar year. */
  fullYear: boolean;
  /** The figure; null when the text gives no plain number. */
  value: number | null;
  /** '%' for shares; for levels the unit in Chinese (亿元, 万亿元, 亿元（规模以上）). */
  unit_zh: string;
  /** Denominator of a share ({@link shareBasis}); null for levels. */
  basis: FactShareBasis | null;
  source_id: string;
  source_url: string;
  /** Title of the source page, as recorded. */
  source_title: string;
  /** How reliable the source is ({@link bulletinFactGrade} for bulletin facts, {@link textFactGrade} for text facts). */
  grade: SourceGrade;
}

const BULLETIN_AGGREGATES: Readonly<Partial<Record<BulletinIndicator, [AdvancedIndustryAggregate, 'share' | 'value']>>> = {
  advanced_mfg_share_pct: ['advanced-manufacturing', 'share'], advanced_mfg_va: ['advanced-manufacturing', 'value'],
  hightech_mfg_share_pct: ['high-tech-manufacturing', 'share'], hightech_mfg_va: ['high-tech-manufacturing', 'value'],
  modern_services_share_pct: ['modern-services', 'share'], modern_services_va: ['modern-services', 'value'],
};

/**
 * Every bundled figure on 先进制造业, 高技术制造业 and 现代服务业: the bulletin facts of those
 * indicators, then the text facts whose indicator names one of them (先进制造业 / 高技术 /
 * 现代服务业), a text fact quoting the same figure from the same page as a bulletin fact (same
 * address, year and value) listed once. Sorted by aggregate (in {@link ADVANCED_INDUSTRY_LABELS}
 * order), shares before levels, year, then geography (Chinese collation).
 * @param toYear keep figures of this year and earlier (default: all).
 * @example
 * ```ts
 * advancedIndustryFacts().length // 28
 * advancedIndustryFacts().filter((f) => f.kind === 'share').map((f) => f.basis) // 'above-scale-industry', 'all-industry', …
 * ```
 */
export function advancedIndustryFacts(toYear = Number.POSITIVE_INFINITY): AdvancedIndustryFact[] {
  const out: AdvancedIndustryFact[] = [];
  const bulletin = loadBulletinFacts().filter((f) => BULLETIN_AGGREGATES[f.indicator] !== undefined && f.year <= toYear);
  for (const f of bulletin) {
    const [aggregate, kind] = BULLETIN_AGGREGATES[f.indicator]!;
    out.push({
      aggregate, kind, geography: f.city_zh, period: String(f.year), year: f.year, fullYear: true, value: f.value,
      unit_zh: kind === 'share' ? '%' : f.unit.replace(' (规模以上)', '（规模以上）'), basis: kind === 'share' ? shareBasis(f) ?? 'unknown' : null,
      source_id: f.source_id, source_url: f.source_url, source_title: f.source_title, grade: bulletinFactGrade(f) ?? 'other',
    });
  }
  for (const f of loadTextFacts()) {
    if (!/先进制造业|高技术|现代服务业/.test(f.indicator) || f.year > toYear) continue;
    if (bulletin.some((b) => b.source_url === f.source_url && b.year === f.year && b.value === f.value_number)) continue;
    const aggregate: AdvancedIndustryAggregate = /先进制造业/.test(f.indicator) ? 'advanced-manufacturing' : /高技术/.test(f.indicator) ? 'high-tech-manufacturing' : 'modern-services';
    const kind = f.unit === '%' ? 'share' : 'value';
    out.push({
      aggregate, kind, geography: f.geography, period: f.period, year: f.year, fullYear: /^\d{4}$/.test(f.period), value: f.value_number,
      unit_zh: f.unit.replace('trillion yuan', '万亿元'), basis: kind === 'share' ? shareBasis(f) ?? 'unknown' : null,
      source_id: f.source_id, source_url: f.source_url, source_title: f.source_title, grade: textFactGrade(f),
    });
  }
  const order = Object.keys(ADVANCED_INDUSTRY_LABELS);
  return out.sort((a, b) => order.indexOf(a.aggregate) - order.indexOf(b.aggregate) || (a.kind === b.kind ? 0 : a.kind === 'share' ? -1 : 1)
    || a.year - b.year || a.geography.localeCompare(b.geography, 'zh'));
}

/** Shares of one aggregate in one place on one denominator, whole years only. */
export interface ComparableShareSeries {
  aggregate: AdvancedIndustryAggregate;
  geography: string;
  basis: FactShareBasis;
  /** The points, in the order of the input. */
  points: AdvancedIndustryFact[];
}

/**
 * The groups of share figures that could form a series: same aggregate, same geography, same
 * denominator, whole-year periods, at least `minPoints` of them (default 2). Groups come in
 * order of aggregate, then first appearance of the geography and of the basis in the input.
 * @example
 * ```ts
 * comparableShareSeries(advancedIndustryFacts()).map((s) => `${s.geography} ${s.points.map((p) => p.year).join('/')}`)
 * ```
 */
export function comparableShareSeries(facts: ReadonlyArray<AdvancedIndustryFact>, minPoints = 2): ComparableShareSeries[] {
  const shares = facts.filter((f) => f.kind === 'share');
  const places = Array.from(new Set(shares.map((f) => f.geography)));
  const bases = Array.from(new Set(shares.map((f) => f.basis ?? 'unknown')));
  const out: ComparableShareSeries[] = [];
  for (const aggregate of Object.keys(ADVANCED_INDUSTRY_LABELS) as AdvancedIndustryAggregate[]) {
    for (const geography of places) {
      for (const basis of bases) {
        const points = shares.filter((f) => f.aggregate === aggregate && f.geography === geography && (f.basis ?? 'unknown') === basis && f.fullYear);
        if (points.length >= minPoints) out.push({ aggregate, geography, basis, points });
      }
    }
  }
  return out;
}

/**
 * How reliable the source of a fact is, best first: an official statistics bulletin or yearbook
 * (or a statistics bureau's release); another government document (work report, government
 * site); a full copy of an official document on another host; a news report quoting the
 * figure; anything else (secondary summaries, reposts, machine-written pages, encyclopaedias).
 * Findings rest only on the first four ({@link usableInFindings}); `other` is shown, never used.
 */
export type SourceGrade = 'statistics-bulletin' | 'government-document' | 'mirror-official' | 'news' | 'other';

/** The grades, best first. */
export const SOURCE_GRADES: readonly SourceGrade[] = ['statistics-bulletin', 'government-document', 'mirror-official', 'news', 'other'];

/** Chinese and English labels of each {@link SourceGrade}. */
export const SOURCE_GRADE_LABELS: Readonly<Record<SourceGrade, { zh: string; en: string }>> = Object.freeze({
  'statistics-bulletin': { zh: '统计公报/年鉴', en: 'statistics bulletin or yearbook' },
  'government-document': { zh: '其他政府文件', en: 'other government document' },
  'mirror-official': { zh: '官方文件转载', en: 'mirror of an official document' },
  news: { zh: '新闻报道', en: 'news report' },
  other: { zh: '其他', en: 'other' },
});

/** Whether a finding may rest on a fact of this grade (every grade but `other`). */
export function usableInFindings(grade: SourceGrade): boolean {
  return grade !== 'other';
}

/** The worse of two grades (a figure computed from two facts takes the worse). */
export function worseGrade(a: SourceGrade, b: SourceGrade): SourceGrade {
  return SOURCE_GRADES.indexOf(a) >= SOURCE_GRADES.indexOf(b) ? a : b;
}

/**
 * The grade of a candidate fact from its `source_type` column (`official`, `mirror-official`,
 * `news`, `other`, as recorded by the second search) and `stated_in`: `official` is a
 * statistics bulletin when `stated_in` names a 公报, 统计局, 年鉴 or 统计 release, else another
 * government document.
 * @throws DataError on an unknown source type.
 * @example
 * ```ts
 * gradeOfSourceType('official', '2018年中山市国民经济和社会发展统计公报') // 'statistics-bulletin'
 * ```
 */
export function gradeOfSourceType(sourceType: string, statedIn: string, where: { file?: string; row?: number } = {}): SourceGrade {
  switch (sourceType) {
    case 'official': return /公报|统计局|年鉴|统计/.test(statedIn) ? 'statistics-bulletin' : 'government-document';
    case 'mirror-official': return 'mirror-official';
    case 'news': return 'news';
    case 'other': return 'other';
    default: throw new DataError('unknown-category', `unknown source_type "${sourceType}"`, { ...where, column: 'source_type' }, 'one of official, mirror-official, news, other');
  }
}

/**
 * The {@link SourceGrade} of a macro text fact (`loadTextFacts`, ids T…): the pages are press
 * articles quoting the figure, so `news`, unless the source title names a statistics bulletin or
 * bureau (统计公报, 统计局, statistical communiqué) on a government host (`gov.cn`): then
 * `statistics-bulletin`. Conservative: a text fact is never graded better than what its page is.
 * @example
 * ```ts
 * textFactGrade({ source_title: 'Guangdong leads in modernization drive (China Daily)', source_url: 'https://global.chinadaily.com.cn/…' }) // 'news'
 * ```
 */
export function textFactGrade(fact: Pick<TextFact, 'source_title' | 'source_url'>): SourceGrade {
  return /统计公报|统计局|statistical communiqu/i.test(fact.source_title) && /gov\.cn/.test(fact.source_url) ? 'statistics-bulletin' : 'news';
}

// Reliability grades of the bulletin facts CB01–CB42 as given in the source notes (section 7.2):
// A official site or full text of an official bulletin on a mirror; B press reports; C secondary.
const CB_A = new Set(['CB01', 'CB02', 'CB03', 'CB09', 'CB11', 'CB18', 'CB23', 'CB26', 'CB28', 'CB29', 'CB30', 'CB32', 'CB38', 'CB41']);
const CB_C = new Set(['CB05', 'CB20', 'CB21', 'CB25', 'CB31', 'CB36']);

/**
 * The {@link SourceGrade} of a bulletin fact (`CB01`–`CB42`): grade A of the source notes is a
 * statistics bulletin when the page is on a government host (`gov.cn`), else a mirror of one;
 * grade B is a news report; grade C is `other`. Null for an id outside CB01–CB42.
 * @example
 * ```ts
 * bulletinFactGrade('CB21') // 'other'  (an aggregator table)
 * ```
 */
export function bulletinFactGrade(fact: Pick<BulletinFact, 'source_id' | 'source_url'>): SourceGrade | null {
  const m = /^CB(\d\d)$/.exec(fact.source_id);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 42) return null;
  if (CB_C.has(fact.source_id)) return 'other';
  if (CB_A.has(fact.source_id)) return /gov\.cn/.test(fact.source_url) ? 'statistics-bulletin' : 'mirror-official';
  return 'news';
}

/** Indicators of the advanced-industry candidate files. */
export type AdvancedIndustryIndicator =
  | 'adv_mfg_va' | 'adv_mfg_share' | 'hightech_mfg_va' | 'hightech_mfg_share' | 'modern_services_va' | 'modern_services_share' | 'above_scale_industry_va';

/** One figure of `facts/advanced_industry_city_series_{a,b}.csv`. */
export interface AdvancedIndustryCandidate {
  /** City short name or 广东. */
  place: string;
  year: number;
  /** Period as published: 全年, 1-9月, 上半年, 一季度…. */
  period: string;
  /** Whether `period` is 全年. */
  full_year: boolean;
  indicator: AdvancedIndustryIndicator;
  value: number;
  /** %, 亿元 or 万亿元. */
  unit: string;
  /** Denominator as the text states it ('' for levels). */
  denominator: string;
  /** The denominator is 规模以上工业增加值 (above-scale industry). */
  above_scale_basis: boolean;
  growth_pct: number | null;
  stated_in: string;
  source_type: string;
  grade: SourceGrade;
  source_url: string;
  note: string;
  /** File and 1-based data row, for citation. */
  file: string;
  row: number;
}

const ADV_INDICATORS = new Set<string>(['adv_mfg_va', 'adv_mfg_share', 'hightech_mfg_va', 'hightech_mfg_share', 'modern_services_va', 'modern_services_share', 'above_scale_industry_va']);

/**
 * The advanced-manufacturing, high-tech and modern-services candidate figures (both files, 113
 * rows), each with its {@link SourceGrade}. Values as read; nothing recomputed here.
 * @throws DataError on an unknown indicator or source type.
 * @example
 * ```ts
 * loadAdvancedIndustryCandidates().filter((f) => f.place === '广东' && f.period === '1-9月' && f.indicator === 'adv_mfg_share').map((f) => [f.year, f.value, f.grade])
 * // [[2012, 47.9, 'news'], [2016, 48.7, 'other'], [2019, 55.9, 'news'], [2022, 54.6, 'statistics-bulletin']]
 * ```
 */
export function loadAdvancedIndustryCandidates(): AdvancedIndustryCandidate[] {
  const out: AdvancedIndustryCandidate[] = [];
  for (const name of ['a', 'b']) {
    const file = `facts/advanced_industry_city_series_${name}.csv`;
    const rows = readFacts<Omit<AdvancedIndustryCandidate, 'full_year' | 'above_scale_basis' | 'grade' | 'file' | 'row'>>(file, {
      place: 'text', year: 'number', period: 'text',
      indicator: (c) => {
        const v = c.text('indicator');
        if (!ADV_INDICATORS.has(v)) throw new DataError('unknown-category', `unknown indicator "${v}"`, { file: `data/${file}`, column: 'indicator' });
        return v as AdvancedIndustryIndicator;
      },
      value: 'number', unit: 'text', denominator: 'text', growth_pct: 'number?', stated_in: 'text', source_type: 'text', source_url: 'text', note: 'text',
    });
    rows.forEach((r, i) => out.push({
      ...r, full_year: r.period === '全年', above_scale_basis: r.denominator.startsWith('规模以上工业增加值'),
      grade: gradeOfSourceType(r.source_type, r.stated_in, { file: `data/${file}`, row: i + 1 }), file, row: i + 1,
    }));
  }
  return out;
}

/** One year-end resident population figure of `facts/city_resident_population_bulletins.csv`. */
export interface ResidentPopulationBulletin {
  city_zh: string;
  year: number;
  /** Year-end resident (常住) population, 万人. Before 2020 on the pre-7th-census basis unless `note` says revised. */
  resident_population: number;
  stated_in: string;
  source_type: string;
  grade: SourceGrade;
  source_url: string;
  note: string;
  row: number;
}

/**
 * Year-end resident population of non-PRD cities from bulletins and pages quoting them (29 rows,
 * mostly `other`: reposts), with grades.
 * @example
 * ```ts
 * loadResidentPopulationBulletins().find((r) => r.city_zh === '梅州' && r.year === 2022)?.grade // 'government-document'
 * ```
 */
export function loadResidentPopulationBulletins(): ResidentPopulationBulletin[] {
  const file = 'facts/city_resident_population_bulletins.csv';
  return readFacts<Omit<ResidentPopulationBulletin, 'grade' | 'row' | 'city_zh' | 'resident_population'> & { city: string; resident_pop_10k: number }>(file, {
    city: 'text', year: 'number', resident_pop_10k: 'number', stated_in: 'text', source_type: 'text', source_url: 'text', note: 'text',
  }).map((r, i) => ({
    city_zh: r.city, year: r.year, resident_population: r.resident_pop_10k, stated_in: r.stated_in, source_type: r.source_type,
    grade: gradeOfSourceType(r.source_type, r.stated_in, { file: `data/${file}`, row: i + 1 }), source_url: r.source_url, note: r.note, row: i + 1,
  }));
}

/** One real-growth figure of `facts/city_real_growth_bulletins.csv`. */
export interface RealGrowthBulletin {
  city_zh: string;
  year: number;
  /** Real GDP growth, %, as published (some integers, some 约 / 预计: read `note`). */
  gdp_real_growth: number;
  /** GDP, 亿元, where the same text gives it. */
  gdp: number | null;
  stated_in: string;
  source_type: string;
  grade: SourceGrade;
  source_url: string;
  note: string;
  row: number;
}

/**
 * City real GDP growth for years missing or nominal in the panel (2013, 2017–2019), 23 rows, graded.
 * @example
 * ```ts
 * loadRealGrowthBulletins().find((r) => r.city_zh === '中山' && r.year === 2018)?.grade // 'statistics-bulletin'
 * ```
 */
export function loadRealGrowthBulletins(): RealGrowthBulletin[] {
  const file = 'facts/city_real_growth_bulletins.csv';
  return readFacts<Omit<RealGrowthBulletin, 'grade' | 'row' | 'city_zh' | 'gdp_real_growth' | 'gdp'> & { city: string; gdp_real_growth_pct: number; gdp_100m_yuan: number | null }>(file, {
    city: 'text', year: 'number', gdp_real_growth_pct: 'number', gdp_100m_yuan: 'number?', stated_in: 'text', source_type: 'text', source_url: 'text', note: 'text',
  }).map((r, i) => ({
    city_zh: r.city, year: r.year, gdp_real_growth: r.gdp_real_growth_pct, gdp: r.gdp_100m_yuan, stated_in: r.stated_in, source_type: r.source_type,
    grade: gradeOfSourceType(r.source_type, r.stated_in, { file: `data/${file}`, row: i + 1 }), source_url: r.source_url, note: r.note, row: i + 1,
  }));
}

/** One row of `facts/park_evaluations_more.csv`. */
export interface ParkEvaluationFact {
  /** Year as published (e.g. "2015", "2014H1"). */
  period: string;
  year: number;
  /** Event as published, e.g. `yellow_card (黄牌警告 + 约谈当地政府主要领导)`. */
  event: string;
  /** The event code: the text before the first space or parenthesis (`yellow_card`, `substandard`, …). */
  event_code: string;
  park_name: string;
  city: string;
  count: number | null;
  value: string;
  unit: string;
  stated_in: string;
  source_type: string;
  grade: SourceGrade;
  source_url: string;
  note: string;
  row: number;
}

/**
 * Park evaluation results of the second search (37 rows): the nine parks below standard in 2015
 * and the three yellow cards (惠州, 乐昌, 徐闻产业园), 2012–2013 results, 河源 rankings, rewards.
 * @example
 * ```ts
 * loadParkEvaluationsMore().filter((f) => f.year === 2015 && f.event_code === 'yellow_card').map((f) => f.park_name)
 * // ['惠州产业园', '乐昌产业园', '徐闻产业园']
 * ```
 */
export function loadParkEvaluationsMore(): ParkEvaluationFact[] {
  const file = 'facts/park_evaluations_more.csv';
  return readFacts<Omit<ParkEvaluationFact, 'grade' | 'row' | 'period' | 'year' | 'event_code'> & { year: string }>(file, {
    year: 'text', event: 'text', park_name: 'text', city: 'text', count: 'number?', value: 'text', unit: 'text',
    stated_in: 'text', source_type: 'text', source_url: 'text', note: 'text',
  }).map((r, i) => ({
    ...r, period: r.year, year: Number(r.year.slice(0, 4)), event_code: r.event.split(/[\s(（]/)[0]!,
    grade: gradeOfSourceType(r.source_type, r.stated_in, { file: `data/${file}`, row: i + 1 }), row: i + 1,
  }));
}
