/**
 * Shares of 先进制造业 / 高技术制造业 / 现代服务业 by city, region or province and year, from a
 * city-industry table (`readIndustry`), with GB/T 4754 edition breaks marked, not smoothed.
 * @module
 */
import { DataError, MeasureError } from '../../core/errors.js';
import { guangdongCities } from '../../data/cities.js';
import { divisionsOf, gbtSection } from '../../data/industry-sections.js';
import { checkIndustryRows, industryGroupKey, INDUSTRY_TOTAL_CODE, type IndustryIndicator, type IndustryRow, type IndustryRowSource, type IndustryScope, type IndustryTable } from '../../data/read-industry.js';
import { REGION_LABELS, REGIONS, type Region } from '../../data/schema.js';
import { aggregateIndustries } from '../../measures/structure/aggregate-industries.js';
import type { GbtEdition, IndustryAggregateKind, IndustryMapping } from '../../measures/structure/industry-mapping.js';
import { loadIndustryMapping, type IndustryMappingId } from '../growth/industry-mappings.js';

/** Flags on a share row. */
export type IndustryShareFlag =
  /** The GB/T 4754 edition differs from that of the unit's previous year in the table: the series breaks here. */
  | 'edition-break'
  /** Some rows are coarser than the mapping (e.g. a 2-digit table for 高技术制造业): only bounds, `share` null. */
  | 'range'
  /** No TOTAL row: the denominator is the sum of the industries given. */
  | 'denominator-sum'
  /** Some cities of the region/province gave a TOTAL, others not. */
  | 'denominator-mixed'
  /** The cities of a region/province use different editions this year. */
  | 'mixed-editions'
  /** Not every city of the region/province is in the table this year. */
  | 'incomplete-units'
  /** The mapping is an assumption (现代服务业: no official definition). */
  | 'mapping-assumption'
  /** The mapping has no edition for the table's edition (e.g. high-tech-nbs before 2012): no numerator. */
  | 'no-mapping-edition';

/** One row of {@link industryShareTable}. */
export interface IndustryShareRow {
  /** City (Chinese short name), region id (PRD, East, West, North) or `Guangdong`. */
  unit: string;
  /** Chinese label: 广州, 珠三角, 广东省 (21市合计). */
  unit_zh: string;
  level: 'city' | 'region' | 'province';
  year: number;
  aggregate: IndustryAggregateKind;
  /** e.g. 先进制造业(广东省统计口径). */
  aggregate_zh: string;
  mapping_id: string;
  scope: IndustryScope;
  indicator: IndustryIndicator;
  /** Σ value of the industries wholly inside the aggregate, 亿元 (null: mapping lacks the edition). */
  numerator: number | null;
  /** Σ value of rows that straddle the aggregate, 亿元 (0 when exact). */
  straddling: number;
  /** TOTAL, or Σ of the industries given, 亿元 (summed over cities for a region). */
  denominator: number;
  /** numerator / denominator as a fraction; null when only bounds are known. */
  share: number | null;
  /** Bounds of the share (equal to `share` when exact; null with the numerator). */
  lower: number | null;
  upper: number | null;
  /** GB/T 4754 edition of the codes (null when the cities of a region mix editions). */
  edition: GbtEdition | null;
  /** Cities with data / cities expected in the unit. */
  n_cities: number;
  n_expected: number;
  flags: IndustryShareFlag[];
}

/** Options of {@link industryShareTable}. */
export interface IndustryShareOptions {
  /** Aggregates: bundled mapping ids or mapping objects (default 先进制造业, 高技术制造业 (Guangdong list), 现代服务业). */
  aggregates?: ReadonlyArray<IndustryMappingId | IndustryMapping>;
  /** One row per city, per region (PRD/East/West/North: Σ numerators / Σ denominators of its cities) or for the province (21-city sum). */
  by: 'city' | 'region' | 'province';
  /** Only these years (default all). */
  years?: readonly number[];
}

/** The default aggregates of {@link industryShareTable}. */
export const DEFAULT_SHARE_AGGREGATES: readonly IndustryMappingId[] = Object.freeze(['advanced-manufacturing-gd', 'high-tech-gd', 'modern-services']);

interface CityShare {
  city: string; region: Region; year: number; scope: IndustryScope; indicator: IndustryIndicator; edition: GbtEdition;
  numerator: number | null; straddling: number; denominator: number; fromTotal: boolean; noEdition: boolean;
}

/** Numerator and straddling of one city-year group under one mapping. */
function cityAggregate(rows: IndustryRow[], mapping: IndustryMapping, year: number, edition: GbtEdition): { numerator: number | null; straddling: number } {
  const ed = mapping.editions.find((e) => e.edition === edition);
  if (!ed) return { numerator: null, straddling: 0 };
  const codes = ed.groups.flatMap((g) => g.codes);
  let numerator = 0;
  let straddling = 0;
  const digitRows: Array<{ code: string; value: number }> = [];
  for (const r of rows) {
    if (r.industry_code === INDUSTRY_TOTAL_CODE) continue;
    if (gbtSection(edition, r.industry_code)) {
      // A section: wholly in when each of its divisions is a mapping code; straddling when some division is (partly) in.
      const divs = divisionsOf(edition, r.industry_code);
      const whole = divs.filter((d) => codes.some((c) => d.startsWith(c))).length;
      const touched = divs.filter((d) => codes.some((c) => d.startsWith(c) || c.startsWith(d))).length;
      if (whole === divs.length) numerator += r.value_yi;
      else if (touched > 0) straddling += r.value_yi;
      continue;
    }
    digitRows.push({ code: r.industry_code, value: r.value_yi });
  }
  if (digitRows.length > 0) {
    const a = aggregateIndustries(digitRows, mapping, year, { edition });
    numerator += a.total;
    straddling += a.straddling;
  }
  return { numerator, straddling };
}

/**
 * Shares of industry aggregates (先进制造业, 高技术制造业, 现代服务业 or your own mappings) in
 * each city's, region's or the province's total, year by year.
 *
 * Formula: share = N / D, where N = Σ value of the industries inside the aggregate (by the
 * mapping edition named in the table's `edition` column, see `aggregateIndustries`; a section
 * letter counts wholly when all its divisions are in the mapping) and D = the city-year's TOTAL
 * row if given, else Σ of the industries given for that city, year, scope and indicator. For a
 * region or the province, N and D are summed over its cities first (a ratio of sums, not a mean
 * of shares).
 *
 * Conventions: shares are **fractions**; values in 亿元 (万元 converted). Each scope
 * (above-scale / all) and indicator (value added / gross output) is a separate series. The
 * edition is the one the table states, never converted: where it changes (2012, 2018 in
 * Guangdong's yearbooks) the row carries `edition-break` — compare across it only knowingly
 * (see `shareRiseFinding`). Rows coarser than a mapping give bounds (`range`, share null),
 * never a guess. A mapping without the table's edition gives a null numerator
 * (`no-mapping-edition`). Aggregates are ≤ the industries' sum ≤ TOTAL (checked by the reader;
 * re-checked here for in-memory rows).
 *
 * Units: share a fraction of the denominator; numerator, straddling and denominator in 亿元.
 *
 * Reference: aggregate definitions in `data/industry-mappings/*.json`; GB/T 4754-2002/2011/2017.
 *
 * @param table what `readIndustry` returns, or its rows.
 * @throws DataError on rows that fail the reader's whole-table checks (overlapping codes, parts
 *   above TOTAL, mixed editions in a city-year); MeasureError on an unknown `by` or no rows.
 * @example
 * ```ts
 * const t = await readIndustry('data/examples/industry-synthetic.csv');
 * industryShareTable(t, { by: 'region' }).filter((r) => r.unit === 'PRD' && r.aggregate === 'advanced-manufacturing');
 * // → [{ unit: 'PRD', year: 2010, share: 0.…, edition: '2002', flags: [] }, …, { year: 2012, flags: ['edition-break'] }, …]
 * ```
 */
export function industryShareTable(table: IndustryTable | ReadonlyArray<IndustryRow>, options: IndustryShareOptions): IndustryShareRow[] {
  const fn = 'industryShareTable';
  const by = options?.by;
  if (by !== 'city' && by !== 'region' && by !== 'province') {
    throw new MeasureError('out-of-domain', fn, `by must be 'city', 'region' or 'province', not ${String(by)}`, { argument: 'by' });
  }
  const rows: ReadonlyArray<IndustryRow> = Array.isArray(table) ? table : (table as IndustryTable).rows;
  if (rows.length === 0) throw new MeasureError('empty', fn, 'the industry table has no rows', { argument: 'table' });
  if (Array.isArray(table)) {
    const sources: IndustryRowSource[] = rows.map((_, i) => ({ file: 'rows', row: i + 1 }));
    checkIndustryRows(rows, sources);
  }
  const mappings = (options.aggregates ?? DEFAULT_SHARE_AGGREGATES).map((m) => (typeof m === 'string' ? loadIndustryMapping(m) : m));
  const yearOk = options.years ? new Set(options.years) : null;
  const regionOfCity = new Map(guangdongCities.map((c) => [c.city_zh, c.region]));
  // Group rows by city-year-scope-indicator.
  const groups = new Map<string, IndustryRow[]>();
  for (const r of rows) {
    if (yearOk && !yearOk.has(r.year)) continue;
    const k = industryGroupKey(r);
    const g = groups.get(k);
    if (g) g.push(r); else groups.set(k, [r]);
  }
  if (groups.size === 0) throw new MeasureError('empty', fn, `no rows in the years ${[...(options.years ?? [])].join(', ')}`, { argument: 'years' });
  const out: IndustryShareRow[] = [];
  for (const mapping of mappings) {
    const perCity: CityShare[] = [];
    for (const g of groups.values()) {
      const first = g[0]!;
      const total = g.find((r) => r.industry_code === INDUSTRY_TOTAL_CODE);
      const parts = g.filter((r) => r.industry_code !== INDUSTRY_TOTAL_CODE).reduce((s, r) => s + r.value_yi, 0);
      const denominator = total ? total.value_yi : parts;
      if (!(denominator > 0)) {
        throw new DataError('out-of-range', `${first.city} ${first.year}: the denominator is ${denominator} 亿元`, { file: 'industry table', column: 'value' },
          'a share needs a positive total (give the industries or a TOTAL row)');
      }
      const { numerator, straddling } = cityAggregate(g.filter((r) => r.industry_code !== INDUSTRY_TOTAL_CODE), mapping, first.year, first.edition);
      perCity.push({ city: first.city, region: regionOfCity.get(first.city)!, year: first.year, scope: first.scope, indicator: first.indicator,
        edition: first.edition, numerator, straddling, denominator, fromTotal: total !== undefined, noEdition: numerator === null });
    }
    const unitsOf = (c: CityShare): Array<{ unit: string; unit_zh: string; expected: number }> => {
      if (by === 'city') return [{ unit: c.city, unit_zh: c.city, expected: 1 }];
      if (by === 'region') return [{ unit: c.region, unit_zh: REGION_LABELS[c.region].zh, expected: guangdongCities.filter((x) => x.region === c.region).length }];
      return [{ unit: 'Guangdong', unit_zh: '广东省（21市合计）', expected: guangdongCities.length }];
    };
    const agg = new Map<string, { unit: string; unit_zh: string; expected: number; members: CityShare[] }>();
    for (const c of perCity) {
      for (const u of unitsOf(c)) {
        const k = `${u.unit}\u0000${c.year}\u0000${c.scope}\u0000${c.indicator}`;
        const a = agg.get(k);
        if (a) a.members.push(c); else agg.set(k, { ...u, members: [c] });
      }
    }
    const unitRows: IndustryShareRow[] = [];
    for (const a of agg.values()) {
      const m = a.members;
      const c0 = m[0]!;
      const editions = [...new Set(m.map((x) => x.edition))];
      const noEdition = m.some((x) => x.noEdition);
      const numerator = noEdition ? null : m.reduce((s, x) => s + x.numerator!, 0);
      const straddling = m.reduce((s, x) => s + x.straddling, 0);
      const denominator = m.reduce((s, x) => s + x.denominator, 0);
      const flags: IndustryShareFlag[] = [];
      if (numerator !== null && straddling > 0) flags.push('range');
      const nTotal = m.filter((x) => x.fromTotal).length;
      if (nTotal === 0) flags.push('denominator-sum');
      else if (nTotal < m.length) flags.push('denominator-mixed');
      if (editions.length > 1) flags.push('mixed-editions');
      if (m.length < a.expected) flags.push('incomplete-units');
      if (mapping.status === 'assumption') flags.push('mapping-assumption');
      if (noEdition) flags.push('no-mapping-edition');
      const lower = numerator === null ? null : numerator / denominator;
      const upper = numerator === null ? null : (numerator + straddling) / denominator;
      unitRows.push({
        unit: a.unit, unit_zh: a.unit_zh, level: by, year: c0.year, aggregate: mapping.aggregate, aggregate_zh: mapping.name_zh, mapping_id: mapping.id,
        scope: c0.scope, indicator: c0.indicator, numerator, straddling, denominator,
        share: numerator !== null && straddling === 0 ? lower : null, lower, upper,
        edition: editions.length === 1 ? editions[0]! : null, n_cities: m.length, n_expected: a.expected, flags,
      });
    }
    // Order: unit (cities in registry order, regions PRD/East/West/North), scope, indicator, year; then mark edition breaks.
    const order = by === 'city' ? guangdongCities.map((c) => c.city_zh) : by === 'region' ? [...REGIONS] : ['Guangdong'];
    unitRows.sort((x, y) => order.indexOf(x.unit) - order.indexOf(y.unit) || cmp(x.scope, y.scope) || cmp(x.indicator, y.indicator) || x.year - y.year);
    for (let i = 1; i < unitRows.length; i++) {
      const p = unitRows[i - 1]!;
      const r = unitRows[i]!;
      if (p.unit === r.unit && p.scope === r.scope && p.indicator === r.indicator && p.edition !== r.edition) r.flags.splice(0, 0, 'edition-break');
    }
    for (const r of unitRows) out.push(r);
  }
  return out;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
