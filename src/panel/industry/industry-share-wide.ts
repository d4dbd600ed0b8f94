/**
 * `industryShareWide`: the rows of `industryShareTable` as a report table — one row a unit and
 * year, the three aggregates side by side, each with its change against a baseline year.
 * @module
 */
import type { IndustryAggregateKind } from '../../measures/structure/industry-mapping.js';
import type { IndustryShareRow } from './industry-share-table.js';

/** One unit-year of {@link industryShareWide}. */
export interface IndustryShareWideRow {
  unit: string;
  unit_zh: string;
  year: number;
  /** e.g. `GB/T 4754-2011`, with `（断点）` in the first year of a new edition; `混合` when the cities mix editions. */
  edition_text: string;
  /** True in the first year of a new edition (any aggregate's row flagged `edition-break`). */
  edition_break: boolean;
  /**
   * Per aggregate (`advanced` 先进制造业, `hightech` 高技术制造业, `modern` 现代服务业): the share as
   * text (`47.3`, bounds `23.1–25.4`, or `—`); `_pct` the share in % (null when only bounds are
   * known or no data); `_pp` percentage points against the baseline year, null when either share
   * is not exact or the GB/T 4754 edition differs from the baseline's (not compared across a break).
   */
  advanced: string;
  advanced_pct: number | null;
  advanced_pp: number | null;
  hightech: string;
  hightech_pct: number | null;
  hightech_pp: number | null;
  modern: string;
  modern_pct: number | null;
  modern_pp: number | null;
}

const AGGREGATES: readonly IndustryAggregateKind[] = ['advanced-manufacturing', 'high-tech-manufacturing', 'modern-services'];

const pctText = (r: IndustryShareRow | undefined): string =>
  !r ? '—' : r.share !== null ? (r.share * 100).toFixed(1) : r.lower !== null && r.upper !== null ? `${(r.lower * 100).toFixed(1)}–${(r.upper * 100).toFixed(1)}` : '—';

/**
 * Pivot `industryShareTable` rows to one row per unit and year (units in `options.units` order,
 * else first-seen order; years ascending), the shares of 先进制造业 / 高技术制造业 / 现代服务业 in
 * percent with their change since `baseline` (default 2010) in percentage points.
 *
 * Conventions: the change is given only within the baseline's GB/T 4754 edition — across an
 * edition change it is null (the break is marked in `edition_text`, never smoothed); bounds-only
 * shares (`range`, e.g. 高技术制造业 from 2-digit codes) show as `lower–upper` with no change.
 * Rows of several scopes or indicators for one unit-year: the first in input order is used
 * (pass one scope's rows to be sure). Units: %, percentage points.
 * @example
 * ```ts
 * industryShareWide(industryShareTable(t, { by: 'region' }), { units: ['PRD'] })[0]
 * // → { unit: 'PRD', unit_zh: '珠三角', year: 2010, edition_text: 'GB/T 4754-2002', advanced: '41.2', advanced_pct: 41.2, advanced_pp: 0, … }
 * ```
 */
export function industryShareWide(rows: ReadonlyArray<IndustryShareRow>, options: { baseline?: number; units?: readonly string[] } = {}): IndustryShareWideRow[] {
  const baseline = options.baseline ?? 2010;
  const keep = options.units ? new Set(options.units) : null;
  const cells = new Map<string, IndustryShareRow>();
  const units: string[] = options.units ? [...options.units] : [];
  const years = new Set<number>();
  const names = new Map<string, string>();
  for (const r of rows) {
    if (keep && !keep.has(r.unit)) continue;
    if (!units.includes(r.unit)) units.push(r.unit);
    names.set(r.unit, r.unit_zh);
    years.add(r.year);
    const k = `${r.unit}\u0000${r.year}\u0000${r.aggregate}`;
    if (!cells.has(k)) cells.set(k, r);
  }
  const sortedYears = [...years].sort((a, b) => a - b);
  const out: IndustryShareWideRow[] = [];
  for (const unit of units) {
    for (const year of sortedYears) {
      const of = (agg: IndustryAggregateKind, y: number) => cells.get(`${unit}\u0000${y}\u0000${agg}`);
      const present = AGGREGATES.map((a) => of(a, year)).filter((r): r is IndustryShareRow => r !== undefined);
      if (present.length === 0) continue;
      const edition = present[0]!.edition;
      const edBreak = present.some((r) => r.flags.includes('edition-break'));
      const cell = (agg: IndustryAggregateKind): [string, number | null, number | null] => {
        const r = of(agg, year);
        const b = of(agg, baseline);
        const pct = r && r.share !== null ? r.share * 100 : null;
        const change = r && b && r.share !== null && b.share !== null && r.edition !== null && r.edition === b.edition ? (r.share - b.share) * 100 : null;
        return [pctText(r), pct, change];
      };
      const [a, apct, app] = cell('advanced-manufacturing');
      const [h, hpct, hpp] = cell('high-tech-manufacturing');
      const [m, mpct, mpp] = cell('modern-services');
      out.push({
        unit, unit_zh: names.get(unit) ?? unit, year,
        edition_text: `${edition === null ? '混合' : `GB/T 4754-${edition}`}${edBreak ? '（断点）' : ''}`, edition_break: edBreak,
        advanced: a, advanced_pct: apct, advanced_pp: app, hightech: h, hightech_pct: hpct, hightech_pp: hpp, modern: m, modern_pct: mpct, modern_pp: mpp,
      });
    }
  }
  return out;
}
