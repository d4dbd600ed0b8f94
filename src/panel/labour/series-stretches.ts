/**
 * The first and last value of each comparable stretch of a labour series.
 * @module
 */
import type { LabourUnit } from './aggregate.js';
import type { LabourSeriesPoint } from './segments.js';

/** Options of {@link seriesStretches}. */
export interface SeriesStretchOptions {
  /** Keep stretches of at least this many years (default 2: a change needs two years). */
  minYears?: number;
  /** Keep only stretches ending no later than this year (a report year); default: all. */
  to?: number;
}

/** One comparable stretch of {@link seriesStretches}. */
export interface SeriesStretchRow {
  unit: LabourUnit;
  segment: string;
  /** First and last year of the stretch. */
  from: number;
  to: number;
  /** Number of years with a value. */
  years: number;
  value_from: number;
  value_to: number;
  /** value_to − value_from (pp for shares). */
  change: number;
}

/**
 * Summarise a segmented labour series ({@link employmentShareSeries},
 * {@link productivityGapSeries}): for every segment, its first and last year, the values there
 * and the change, change = value_to − value_from. Only comparable (same-segment) values are ever
 * subtracted; segments shorter than `minYears` are left out. Points after `to` are ignored.
 * Rows come in the order of the first point of each segment.
 * @example
 * ```ts
 * seriesStretches([
 *   { unit: 'PRD', year: 2004, value: 68.9, segment: 'PRD:8' },
 *   { unit: 'PRD', year: 2010, value: 73.6, segment: 'PRD:8' },
 * ]) // [{ unit: 'PRD', segment: 'PRD:8', from: 2004, to: 2010, years: 2, value_from: 68.9, value_to: 73.6, change: ≈4.7 }]
 * ```
 */
export function seriesStretches(points: readonly LabourSeriesPoint[], options: SeriesStretchOptions = {}): SeriesStretchRow[] {
  const minYears = options.minYears ?? 2;
  const groups = new Map<string, LabourSeriesPoint[]>();
  for (const p of points) {
    if (options.to !== undefined && p.year > options.to) continue;
    groups.set(p.segment, [...(groups.get(p.segment) ?? []), p]);
  }
  const out: SeriesStretchRow[] = [];
  for (const [segment, ps] of groups) {
    if (ps.length < minYears) continue;
    const sorted = [...ps].sort((a, b) => a.year - b.year);
    const a = sorted[0]!;
    const b = sorted[sorted.length - 1]!;
    out.push({ unit: a.unit, segment, from: a.year, to: b.year, years: sorted.length, value_from: a.value, value_to: b.value, change: b.value - a.value });
  }
  return out;
}
