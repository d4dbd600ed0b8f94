/**
 * Regions' employment shares split into segments on one employment basis.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { withSegments, type LabourSeriesOptions, type LabourSeriesPoint } from './segments.js';
import { employmentByRegion } from './employment-by-region.js';

/**
 * Each region's share of the 21 cities' employed persons (%, {@link employmentByRegion}), one
 * point per region-year with a value, split into segments: a new segment starts in every year
 * where any city's employment series breaks (the shares of all regions then change basis) and
 * after a missing year. Compare shares only within one segment.
 * @example
 * ```ts
 * employmentShareSeries(loadGuangdongPanel()).filter((p) => p.unit === 'PRD' && p.year >= 2004 && p.year <= 2010) // one segment
 * ```
 */
export function employmentShareSeries(panel: TableInput, options: LabourSeriesOptions = {}): LabourSeriesPoint[] {
  const rows = employmentByRegion(panel, options).filter((r) => r.unit !== 'Guangdong');
  const provinceBreak = new Set(rows.filter((r) => r.break_before).map((r) => r.year));
  return withSegments(rows, (r) => r.share_pct, (r) => provinceBreak.has(r.year));
}
