/**
 * `regionalShiftByPeriod`: the regional-shift (competitive) component of a shift-share
 * decomposition, one row a period, one column a region.
 * @module
 */
import type { ShiftShareRow } from './transfer-table.js';

/** One period of {@link regionalShiftByPeriod}: regional shift of each region, 亿元 (null when the period lacks the scope). */
export interface RegionalShiftPeriodRow {
  from: number;
  to: number;
  /** e.g. `2010—2015`. */
  period: string;
  PRD: number | null;
  East: number | null;
  West: number | null;
  North: number | null;
  /** East + West + North as one scope (`periphery`). */
  periphery: number | null;
}

/**
 * Pivot the `shiftShare` rows of `transferTable(…, { groups: 'region' })` for one sector: one
 * row per consecutive period (from < to, in the order of `from`), the `regional_shift` of PRD,
 * East, West, North and the periphery as columns. Spans that are not between consecutive listed
 * years (e.g. 2005—2020 when 2010 and 2015 are listed) are left out.
 *
 * Convention: the regional shifts of the four regions of one period add up to zero (Dunn);
 * that identity is tested with `transferTable`, not checked here. Units: 亿元 (current prices).
 * @example
 * ```ts
 * const t = transferTable(panel, { variable: 'secondary_va', years: [2005, 2010, 2015, 2020], groups: 'region' });
 * regionalShiftByPeriod(t.shiftShare.rows(), 'secondary').map((r) => r.period) // ['2005—2010', '2010—2015', '2015—2020']
 * ```
 */
export function regionalShiftByPeriod(rows: ReadonlyArray<ShiftShareRow>, sector: ShiftShareRow['sector']): RegionalShiftPeriodRow[] {
  const sel = rows.filter((r) => r.sector === sector);
  const years = Array.from(new Set(sel.flatMap((r) => [r.from, r.to]))).sort((a, b) => a - b);
  const out: RegionalShiftPeriodRow[] = [];
  for (let i = 1; i < years.length; i++) {
    const from = years[i - 1]!;
    const to = years[i]!;
    const of = (scope: string): number | null => sel.find((r) => r.from === from && r.to === to && r.scope === scope)?.regional_shift ?? null;
    if (!sel.some((r) => r.from === from && r.to === to)) continue;
    out.push({ from, to, period: `${from}—${to}`, PRD: of('PRD'), East: of('East'), West: of('West'), North: of('North'), periphery: of('periphery') });
  }
  return out;
}
