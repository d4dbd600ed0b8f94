/**
 * Regions' labour productivity relative to the PRD, split into segments on one employment basis.
 * @module
 */
import type { TableInput } from '../../data/table-input.js';
import { withSegments, type LabourSeriesOptions, type LabourSeriesPoint } from './segments.js';
import { labourProductivity } from './labour-productivity.js';

/**
 * GDP per employed person of each region and of the 21 cities relative to the PRD (PRD = 1,
 * {@link labourProductivity}), for every unit but the PRD, split into segments: a new segment
 * starts where a member city of the unit or of the PRD breaks (for the province: any city) and
 * after a missing year, so a ratio is compared over time only on one basis.
 * @example
 * ```ts
 * productivityGapSeries(loadGuangdongPanel()).find((p) => p.unit === 'North' && p.year === 1995)?.value // ≈ 0.320
 * ```
 */
export function productivityGapSeries(panel: TableInput, options: LabourSeriesOptions = {}): LabourSeriesPoint[] {
  const rows = labourProductivity(panel, options);
  const prdBreak = new Set(rows.filter((r) => r.unit === 'PRD' && r.break_before).map((r) => r.year));
  return withSegments(rows.filter((r) => r.unit !== 'PRD'), (r) => r.ratio_to_prd, (r) => r.break_before || prdBreak.has(r.year));
}
