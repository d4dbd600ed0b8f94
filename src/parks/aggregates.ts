/**
 * Province-wide park totals ({@link loadParkAggregateFacts}) grouped into the core indicators a
 * reader compares across years, and the years each is available for.
 * @module
 */
import { MeasureError } from '../core/errors.js';
import type { ParkAggregateFact } from '../data/facts.js';
import { isFullYearPeriod } from '../data/labels.js';

/** The core indicators of the province-wide park totals. */
export type ParkAggregateKind = 'park-count' | 'gross-output' | 'value-added' | 'tax' | 'fixed-asset-investment';

/** Chinese and English names of each {@link ParkAggregateKind}. */
export const PARK_AGGREGATE_KIND_LABELS: Readonly<Record<ParkAggregateKind, { zh: string; en: string }>> = Object.freeze({
  'park-count': { zh: '园区数量', en: 'number of parks' },
  'gross-output': { zh: '工业总产值', en: 'gross industrial output' },
  'value-added': { zh: '工业增加值', en: 'industrial value added' },
  tax: { zh: '税收', en: 'tax' },
  'fixed-asset-investment': { zh: '固定资产投资', en: 'fixed-asset investment' },
});

/**
 * The core indicator a park total belongs to, read from its English indicator name: "number
 * of provincial…" / "first batch…" → park-count; "gross industrial output…" → gross-output;
 * "…value added" (not a share) → value-added (all and above-scale VA together); "tax revenue",
 * "total tax revenue", "profits and taxes" → tax (different scopes together); "fixed-asset
 * investment…" → fixed-asset-investment; anything else (targets, project counts, shares,
 * counts of rated parks) → null.
 * @example
 * ```ts
 * parkAggregateKind({ indicator_en: 'above-scale industrial value added (Jan-Oct)' }) // 'value-added'
 * parkAggregateKind({ indicator_en: 'annual FAI target' }) // null
 * ```
 */
export function parkAggregateKind(fact: Pick<ParkAggregateFact, 'indicator_en'>): ParkAggregateKind | null {
  const en = fact.indicator_en;
  if (/^number of provincial|^first batch/.test(en)) return 'park-count';
  if (/gross industrial output/.test(en)) return 'gross-output';
  if (/value added/.test(en) && !/share/.test(en)) return 'value-added';
  if (/^(tax revenue|total tax revenue|profits and taxes)/.test(en)) return 'tax';
  if (/^fixed-asset investment/.test(en)) return 'fixed-asset-investment';
  return null;
}

/** The years from `from` to `to` for which a core indicator has a full-year numeric total. */
export interface ParkAggregateCoverage {
  kind: ParkAggregateKind;
  /** Years with a whole-year period ("2011", not "2012H1") and a plain number (not ">100"). */
  years: number[];
  /** The other years of the span. */
  missing: number[];
}

/**
 * Which years of `from`…`to` have a full-year numeric total of a core indicator: a fact counts
 * when {@link parkAggregateKind} is `kind`, its period is a whole year and its value is a plain
 * number.
 * @throws {MeasureError} when `from` or `to` is not an integer or `from > to`.
 * @example
 * ```ts
 * parkAggregateCoverage(loadParkAggregateFacts(), 'gross-output', 2008, 2021).years // [2008, 2011]
 * ```
 */
export function parkAggregateCoverage(facts: ReadonlyArray<ParkAggregateFact>, kind: ParkAggregateKind, from: number, to: number): ParkAggregateCoverage {
  if (!Number.isInteger(from)) throw new MeasureError('out-of-domain', 'parkAggregateCoverage', `from = ${from} is not a whole year`, { argument: 'from' });
  if (!Number.isInteger(to) || to < from) throw new MeasureError('out-of-domain', 'parkAggregateCoverage', `to = ${to} must be a whole year ≥ from (${from})`, { argument: 'to' });
  const years: number[] = [];
  const missing: number[] = [];
  for (let y = from; y <= to; y++) {
    const have = facts.some((f) => f.year === y && f.value_number !== null && isFullYearPeriod(f.period) && parkAggregateKind(f) === kind);
    (have ? years : missing).push(y);
  }
  return { kind, years, missing };
}
