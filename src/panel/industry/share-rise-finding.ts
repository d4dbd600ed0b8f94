/**
 * Whether an industry share "进一步提高" (rose further) against a baseline year, per unit and
 * aggregate, refusing to compare across a GB/T 4754 edition break unless asked — and then
 * saying so.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import type { GbtEdition, IndustryAggregateKind } from '../../measures/structure/industry-mapping.js';
import type { IndustryIndicator, IndustryScope } from '../../data/read-industry.js';
import type { IndustryShareRow } from './industry-share-table.js';

/** The finding: `raised` (进一步提高), `not-raised`, `undetermined` (bounds overlap), `not-comparable` (edition break, refused), `no-data`. */
export type ShareRiseVerdict = 'raised' | 'not-raised' | 'undetermined' | 'not-comparable' | 'no-data';

/** Chinese wording of each verdict. */
export const SHARE_RISE_VERDICT_ZH: Readonly<Record<ShareRiseVerdict, string>> = Object.freeze({
  raised: '进一步提高',
  'not-raised': '未进一步提高',
  undetermined: '区间重叠，无法判断',
  'not-comparable': '跨行业分类标准版本，不作直接比较',
  'no-data': '缺基期或比较年份数据',
});

/** A comparison of two years of one series. */
export interface ShareComparison {
  year: number;
  share: number | null;
  edition: GbtEdition | null;
  /** (share − baseline share) × 100, percentage points; null unless both shares are exact. */
  change_pp: number | null;
  /** raised / not-raised / undetermined. */
  verdict: 'raised' | 'not-raised' | 'undetermined';
}

/** One finding of {@link shareRiseFinding}. */
export interface ShareRiseFinding {
  unit: string;
  unit_zh: string;
  level: IndustryShareRow['level'];
  aggregate: IndustryAggregateKind;
  aggregate_zh: string;
  mapping_id: string;
  scope: IndustryScope;
  indicator: IndustryIndicator;
  baseline_year: number;
  baseline_share: number | null;
  baseline_edition: GbtEdition | null;
  /** The year compared (the option, else the unit's last year). */
  year: number | null;
  share: number | null;
  edition: GbtEdition | null;
  /** (share − baseline share) × 100, percentage points; null when refused across a break or when only bounds are known. */
  change_pp: number | null;
  /** Years after the baseline, up to `year`, where the edition changes (the series breaks). */
  break_years: number[];
  verdict: ShareRiseVerdict;
  verdict_zh: string;
  /** The comparison across the break when `acrossBreaks: 'state'` was asked, else null. */
  across_break: ShareComparison | null;
  /** When the comparison crosses a break: the comparison with the last year of the baseline's edition (no break in between), if any; else null. */
  same_edition: ShareComparison | null;
  /** One sentence each, ready for a report. */
  statement_zh: string;
  statement_en: string;
}

/** Options of {@link shareRiseFinding}. */
export interface ShareRiseOptions {
  /** Baseline year (default 2010, the 2011 plan's base). */
  baseline?: number;
  /** Year compared (default: each series' last year). */
  year?: number;
  /** Across an edition break: `refuse` (default: verdict `not-comparable`) or `state` (compare, and say so). */
  acrossBreaks?: 'refuse' | 'state';
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function compare(b: IndustryShareRow, y: IndustryShareRow): ShareComparison {
  let verdict: ShareComparison['verdict'];
  if (b.share !== null && y.share !== null) verdict = y.share > b.share ? 'raised' : 'not-raised';
  else if (b.lower === null || y.lower === null) verdict = 'undetermined';
  else if (y.lower > b.upper!) verdict = 'raised';
  else if (y.upper! <= b.lower) verdict = 'not-raised';
  else verdict = 'undetermined';
  return { year: y.year, share: y.share, edition: y.edition, change_pp: b.share !== null && y.share !== null ? (y.share - b.share) * 100 : null, verdict };
}

const shareText = (r: IndustryShareRow) => (r.share !== null ? pct(r.share) : r.lower !== null ? `${pct(r.lower)}–${pct(r.upper!)}` : '—');

/**
 * Per unit (city, region, province) and aggregate of an {@link industryShareTable} result: did
 * the share rise further (进一步提高) between the baseline year (2010) and a later year?
 *
 * Rule: raised when share(year) > share(baseline) (strictly); with bounds only (`range` rows),
 * raised when the later lower bound exceeds the baseline's upper bound, not raised when the
 * later upper bound is at most the baseline's lower bound, else undetermined.
 *
 * Convention: the shares of two GB/T 4754 editions are different definitions. When an edition
 * change lies between the two years, the default (`acrossBreaks: 'refuse'`) gives verdict
 * `not-comparable` with the break years named, and reports instead the comparison with the last
 * year of the baseline's edition (`same_edition`, e.g. 2010 → 2011). With `'state'` the
 * comparison across the break is made (`across_break`, and `verdict`), and the statement says
 * that it crosses the break. Each scope and indicator is its own series.
 *
 * Units: shares fractions; `change_pp` in percentage points.
 *
 * @throws MeasureError when `rows` is empty.
 * @example
 * ```ts
 * shareRiseFinding(industryShareTable(t, { by: 'city' }), { baseline: 2010, year: 2011 })[0].verdict_zh; // → '进一步提高'
 * ```
 */
export function shareRiseFinding(rows: ReadonlyArray<IndustryShareRow>, options: ShareRiseOptions = {}): ShareRiseFinding[] {
  if (!Array.isArray(rows) || rows.length === 0) throw new MeasureError('empty', 'shareRiseFinding', 'needs rows of industryShareTable', { argument: 'rows' });
  const baseline = options.baseline ?? 2010;
  const across = options.acrossBreaks ?? 'refuse';
  const series = new Map<string, IndustryShareRow[]>();
  for (const r of rows) {
    const k = [r.level, r.unit, r.mapping_id, r.scope, r.indicator].join('\u0000');
    const s = series.get(k);
    if (s) s.push(r); else series.set(k, [r]);
  }
  const out: ShareRiseFinding[] = [];
  for (const s of series.values()) {
    s.sort((a, b) => a.year - b.year);
    const r0 = s[0]!;
    const b = s.find((r) => r.year === baseline);
    const target = options.year !== undefined ? s.find((r) => r.year === options.year) : s.filter((r) => r.year > baseline).at(-1);
    const name = `${r0.unit_zh}${r0.aggregate_zh.replace(/[(（].*$/, '')}占比`;
    const nameEn = `${r0.unit} ${r0.aggregate} share`;
    const base = {
      unit: r0.unit, unit_zh: r0.unit_zh, level: r0.level, aggregate: r0.aggregate, aggregate_zh: r0.aggregate_zh, mapping_id: r0.mapping_id,
      scope: r0.scope, indicator: r0.indicator, baseline_year: baseline,
    };
    if (!b || !target) {
      out.push({ ...base, baseline_share: b?.share ?? null, baseline_edition: b?.edition ?? null, year: target?.year ?? options.year ?? null,
        share: target?.share ?? null, edition: target?.edition ?? null, change_pp: null, break_years: [], verdict: 'no-data', verdict_zh: SHARE_RISE_VERDICT_ZH['no-data'],
        across_break: null, same_edition: null,
        statement_zh: `${name}：${!b ? `缺${baseline}年基期数据` : `缺${options.year ?? '比较'}年数据`}，不作判断。`,
        statement_en: `${nameEn}: no ${!b ? `baseline (${baseline})` : `${options.year ?? 'later'}`} value; no finding.` });
      continue;
    }
    const between = s.filter((r) => r.year > b.year && r.year <= target.year);
    const breakYears: number[] = [];
    let prev = b.edition;
    for (const r of between) {
      if (r.edition !== prev) breakYears.push(r.year);
      prev = r.edition;
    }
    const sameEdRow = s.filter((r) => r.year > b.year && r.year <= target.year && (breakYears.length === 0 || r.year < breakYears[0]!)).at(-1);
    const sameEdition = sameEdRow ? compare(b, sameEdRow) : null;
    const direct = compare(b, target);
    const crosses = breakYears.length > 0;
    const verdict: ShareRiseVerdict = crosses && across === 'refuse' ? 'not-comparable' : direct.verdict;
    const change = crosses && across === 'refuse' ? null : direct.change_pp;
    const breaksZh = breakYears.map((y) => `${y}年`).join('、');
    const changeZh = (c: ShareComparison) => (c.change_pp !== null ? `${c.change_pp >= 0 ? '提高' : '下降'}${Math.abs(c.change_pp).toFixed(1)}个百分点` : '仅有区间');
    const changeEn = (c: ShareComparison) => (c.change_pp !== null ? `${c.change_pp >= 0 ? '+' : '−'}${Math.abs(c.change_pp).toFixed(1)} pp` : 'bounds only');
    let zh: string;
    let en: string;
    if (crosses && across === 'refuse') {
      zh = `${name}：${baseline}年为${shareText(b)}（GB/T 4754-${b.edition ?? '混合'}），${target.year}年为${shareText(target)}（GB/T 4754-${target.edition ?? '混合'}），其间${breaksZh}行业分类标准版本变更，口径不同，不作直接比较`;
      en = `${nameEn}: ${shareText(b)} in ${baseline} (GB/T 4754-${b.edition ?? 'mixed'}) and ${shareText(target)} in ${target.year} (GB/T 4754-${target.edition ?? 'mixed'}); the classification changed in ${breakYears.join(', ')}, so they are not compared`;
      if (sameEdition) {
        zh += `；同一版本内（${baseline}—${sameEdition.year}年）${changeZh(sameEdition)}，${SHARE_RISE_VERDICT_ZH[sameEdition.verdict]}`;
        en += `; within one edition (${baseline}–${sameEdition.year}) ${changeEn(sameEdition)}: ${sameEdition.verdict}`;
      }
      zh += '。';
      en += '.';
    } else {
      zh = `${name}由${baseline}年的${shareText(b)}变为${target.year}年的${shareText(target)}，${changeZh(direct)}，${SHARE_RISE_VERDICT_ZH[direct.verdict]}` +
        (crosses ? `（注意：跨越${breaksZh}行业分类标准版本变更，口径不完全可比）` : '') + '。';
      en = `${nameEn} went from ${shareText(b)} in ${baseline} to ${shareText(target)} in ${target.year} (${changeEn(direct)}): ${direct.verdict}` +
        (crosses ? ` (caution: across the GB/T 4754 edition change of ${breakYears.join(', ')}; definitions differ)` : '') + '.';
    }
    out.push({ ...base, baseline_share: b.share, baseline_edition: b.edition, year: target.year, share: target.share, edition: target.edition,
      change_pp: change, break_years: breakYears, verdict, verdict_zh: SHARE_RISE_VERDICT_ZH[verdict],
      across_break: crosses && across === 'state' ? direct : null, same_edition: crosses ? sameEdition : null, statement_zh: zh, statement_en: en });
  }
  return out;
}
