/**
 * Regional labour series on one employment basis: the point type and the segmenting helper
 * shared by {@link employmentShareSeries} and {@link productivityGapSeries}.
 * @module
 */
import type { LabourUnit } from './aggregate.js';

/** One unit-year of a labour series on one employment basis (chart and stretch input). */
export interface LabourSeriesPoint {
  unit: LabourUnit;
  year: number;
  /** The value (unit depends on the series: % for shares, PRD = 1 for the productivity ratio). */
  value: number;
  /** `${unit}:${n}`: points with the same segment are on one employment basis and may be compared. */
  segment: string;
}

/** Options of {@link employmentShareSeries} and {@link productivityGapSeries}. */
export interface LabourSeriesOptions {
  /** Employment break threshold, pp ({@link employmentBreaks}); default 20. */
  breakThresholdPp?: number;
}

/** Internal: number the segments of each unit (new one after a missing year or where `breaks` holds). */
export function withSegments<R extends { unit: LabourUnit; year: number }>(
  rows: readonly R[], value: (r: R) => number | null, breaks: (r: R) => boolean,
): LabourSeriesPoint[] {
  const out: LabourSeriesPoint[] = [];
  const last = new Map<LabourUnit, { year: number; n: number }>();
  for (const r of [...rows].sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : a.year - b.year))) {
    const v = value(r);
    if (v === null) continue;
    const prev = last.get(r.unit);
    const n = prev === undefined ? 0 : prev.year === r.year - 1 && !breaks(r) ? prev.n : prev.n + 1;
    last.set(r.unit, { year: r.year, n });
    out.push({ unit: r.unit, year: r.year, value: v, segment: `${r.unit}:${n}` });
  }
  const order: LabourUnit[] = ['PRD', 'East', 'West', 'North', 'Guangdong'];
  return out.sort((a, b) => order.indexOf(a.unit) - order.indexOf(b.unit) || a.year - b.year);
}

