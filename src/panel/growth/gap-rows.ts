/**
 * The reductions a report makes of growth-gap rows (`growthGapTable(…).rows()`,
 * `regionGrowthGap(…).rows()`): the rows of a year range, the latest year with a gap, its rows
 * ordered by gap, the widest gap, and the years where a gap is missing.
 * @module
 */

/** What {@link gapRowsSummary} finds. */
export interface GapRowsSummary<R> {
  /** Rows within [from, to], in input order. */
  rows: R[];
  /** Those of `rows` with a gap. */
  withGap: R[];
  /** Latest year with at least one gap; null when none. */
  latestYear: number | null;
  /** Rows of `latestYear` with a gap, widest positive gap first (gap descending). */
  latest: R[];
  /** The row of `latest` with the largest |gap| (the first such in input order on a tie); null when none. */
  widest: R | null;
  /** Years (ascending) where some row of `rows` has no gap. */
  missingYears: number[];
}

/**
 * Reduce growth-gap rows for a report: keep the years in [from, to], find the latest year with a
 * gap, its rows by gap, the widest |gap| there, and the years with a missing gap.
 * @param rows - rows with `year` and `gap_pp` (pp, null when not computed).
 * @param options - `from`, `to`: the year range kept (null or absent: no bound).
 * @example
 * ```ts
 * gapRowsSummary([{ year: 2020, gap_pp: 1 }, { year: 2021, gap_pp: -2 }, { year: 2021, gap_pp: 0.5 }, { year: 2022, gap_pp: null }])
 * // latestYear 2021, latest gaps [0.5, -2], widest gap −2, missingYears [2022]
 * ```
 */
export function gapRowsSummary<R extends { year: number; gap_pp: number | null }>(rows: readonly R[], options: { from?: number | null; to?: number | null } = {}): GapRowsSummary<R> {
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const to = options.to ?? Number.POSITIVE_INFINITY;
  const kept = rows.filter((r) => r.year >= from && r.year <= to);
  const withGap = kept.filter((r) => r.gap_pp !== null);
  let latestYear: number | null = null;
  for (const r of withGap) if (latestYear === null || r.year > latestYear) latestYear = r.year;
  const latest = withGap.filter((r) => r.year === latestYear).sort((a, b) => (b.gap_pp ?? 0) - (a.gap_pp ?? 0));
  let widest: R | null = null;
  for (const r of withGap) {
    if (r.year === latestYear && (widest === null || Math.abs(r.gap_pp ?? 0) > Math.abs(widest.gap_pp ?? 0))) widest = r;
  }
  const missingYears = Array.from(new Set(kept.filter((r) => r.gap_pp === null).map((r) => r.year))).sort((a, b) => a - b);
  return { rows: kept, withGap, latestYear, latest, widest, missingYears };
}
