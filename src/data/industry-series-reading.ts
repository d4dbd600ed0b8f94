/**
 * `readIndustrySeries`: what the graded advanced-industry series (`comparableIndustrySeries`)
 * allow a report to say — the change between the first and last point whose source grade
 * supports a finding, and which points were set aside for their grade.
 * @module
 */
import { SOURCE_GRADE_LABELS, usableInFindings } from './facts.js';
import type { IndustrySeries, IndustrySeriesPoint, IndustryShareBasis } from './fact-checks.js';

/** Chinese names of the indicators of an {@link IndustrySeries}. */
export const INDUSTRY_SERIES_LABELS: Readonly<Record<IndustrySeries['indicator'], string>> = Object.freeze({
  adv_mfg_share: '先进制造业',
  hightech_mfg_share: '高技术制造业',
  modern_services_share: '现代服务业',
});

/** Chinese names of the denominators of an {@link IndustrySeries}. */
export const INDUSTRY_SERIES_BASIS_LABELS: Readonly<Record<IndustryShareBasis, string>> = Object.freeze({
  'above-scale-industry': '规模以上工业增加值',
  services: '服务业增加值',
  gdp: '地区生产总值',
});

/** One series read by {@link readIndustrySeries}. */
export interface IndustrySeriesReading {
  place: string;
  indicator: IndustrySeries['indicator'];
  /** 先进制造业, 高技术制造业, 现代服务业. */
  indicator_zh: string;
  /** 全年 or the part of the year (1-9月…). */
  period: string;
  basis: IndustryShareBasis;
  basis_zh: string;
  /** Points (up to `toYear`) whose grade supports a finding, by year. */
  usable: IndustrySeriesPoint[];
  /** Points (up to `toYear`) set aside: grade `other`. */
  excluded: IndustrySeriesPoint[];
  /** First and last usable point; null with fewer than two usable points. */
  from: IndustrySeriesPoint | null;
  to: IndustrySeriesPoint | null;
  /** (to − from) in percentage points; null with fewer than two usable points. */
  change_pp: number | null;
  /** `raised` when to > from, `not-raised` when to ≤ from, null with fewer than two usable points. */
  direction: 'raised' | 'not-raised' | null;
  /** One sentence, ready for a report. */
  statement_zh: string;
}

const fmt = (v: number): string => (Number.isInteger(v * 10) ? v.toFixed(1) : String(Number(v.toFixed(2))));
const pointZh = (p: IndustrySeriesPoint): string => `${p.year}年${fmt(p.value)}%（${SOURCE_GRADE_LABELS[p.grade].zh}${p.derived ? '，由增加值推算' : ''}）`;

/**
 * Read each graded series: keep the points up to `toYear`, set aside those whose grade does not
 * support a finding (`usableInFindings`: grade `other`), and compare the first and the last of
 * the remaining points.
 *
 * Rule: with ≥ 2 usable points, change_pp = last − first (shares in %, so percentage points),
 * `raised` when strictly positive. With fewer, no direction: the statement says which points
 * were set aside and why. A series with no point up to `toYear` is left out. Conventions: the
 * series is one place, one denominator, one kind of period (a part-year series, e.g. 1-9月, is
 * only compared with the same part of another year); derived points (value added ÷ above-scale
 * VA) are labelled.
 *
 * @param series `comparableIndustrySeries().series`.
 * @param options `toYear`: keep points of this year and earlier (default all).
 * @example
 * ```ts
 * readIndustrySeries(comparableIndustrySeries().series).find((r) => r.place === '东莞' && r.indicator === 'adv_mfg_share')
 * // → { from: { year: 2014, value: 47, … }, to: { year: 2016, value: 49.86…, derived: true, … }, change_pp: 2.86…, direction: 'raised', … }
 * ```
 */
export function readIndustrySeries(series: ReadonlyArray<IndustrySeries>, options: { toYear?: number } = {}): IndustrySeriesReading[] {
  const toYear = options.toYear ?? Number.POSITIVE_INFINITY;
  const out: IndustrySeriesReading[] = [];
  for (const s of series) {
    const pts = s.points.filter((p) => p.year <= toYear).sort((a, b) => a.year - b.year);
    if (pts.length === 0) continue;
    const usable = pts.filter((p) => usableInFindings(p.grade));
    const excluded = pts.filter((p) => !usableInFindings(p.grade));
    const from = usable.length >= 2 ? usable[0]! : null;
    const to = usable.length >= 2 ? usable[usable.length - 1]! : null;
    const change = from && to ? to.value - from.value : null;
    const name = `${s.place}${INDUSTRY_SERIES_LABELS[s.indicator]}占${INDUSTRY_SERIES_BASIS_LABELS[s.basis]}比重（${s.period}）`;
    const set = excluded.length ? `；${excluded.map((p) => `${p.year}年`).join('、')}的数据来源等级为“${SOURCE_GRADE_LABELS.other.zh}”，只列示、不作依据` : '';
    let zh: string;
    if (from && to && change !== null) {
      zh = `${name}：${usable.map(pointZh).join('→')}，${from.year}—${to.year}年${change > 0 ? '提高' : change < 0 ? '下降' : '变化'} ${Math.abs(change).toFixed(2)} 个百分点${set}。`;
    } else {
      zh = `${name}：${pts.map(pointZh).join('、')}${set}；可作依据的数据点不足两个，不判断变化。`;
    }
    out.push({
      place: s.place, indicator: s.indicator, indicator_zh: INDUSTRY_SERIES_LABELS[s.indicator], period: s.period, basis: s.basis,
      basis_zh: INDUSTRY_SERIES_BASIS_LABELS[s.basis], usable, excluded, from, to, change_pp: change,
      direction: change === null ? null : change > 0 ? 'raised' : 'not-raised', statement_zh: zh,
    });
  }
  return out;
}
