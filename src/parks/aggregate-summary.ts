/**
 * `parkAggregateSummary`: the province-wide park totals a report can show up to a year — the core
 * facts in year order and, per core indicator, the years with a full-year total.
 * @module
 */
import { PANEL_YEARS } from '../data/panel.js';
import { SOURCE_GRADE_LABELS, usableInFindings, type ParkAggregateFact, type SourceGrade } from '../data/facts.js';
import { formatPeriodZh } from '../data/labels.js';
import { parkSourceGrade, parkSources, type GradedParkSource } from '../data/park-source-grade.js';
import { parkAggregateCoverage, parkAggregateKind, PARK_AGGREGATE_KIND_LABELS, type ParkAggregateKind } from './aggregates.js';

/** One core indicator's coverage as a table row. */
export interface ParkAggregateCoverageRow {
  kind: ParkAggregateKind;
  /** Chinese name of the indicator. */
  indicator: string;
  /** Years with a full-year total, joined with 、 ('无' when none). */
  have: string;
  /** Years without, joined with 、. */
  missing: string;
  /** Number of years with a full-year total. */
  n: number;
}

/** What {@link parkAggregateSummary} returns. */
export interface ParkAggregateSummary {
  /**
   * Core facts (a {@link parkAggregateKind}) up to `to`, by year then period, the period in
   * Chinese (`period_zh`), the grade of the source ({@link parkSourceGrade}) and its Chinese label.
   */
  facts: (ParkAggregateFact & { period_zh: string; grade: SourceGrade; grade_zh: string })[];
  /** First year with a gross-output fact, and the last year of the span. */
  first: number;
  last: number;
  /** Gross output, value added, tax, fixed-asset investment — in that order; only facts of a usable grade count. */
  coverage: ParkAggregateCoverageRow[];
  /** The same rows by kind. */
  byKind: Record<'gross-output' | 'value-added' | 'tax' | 'fixed-asset-investment', ParkAggregateCoverageRow>;
  /** The sources of `facts`, graded, in order of first use (for `cite`). */
  sources: GradedParkSource[];
  /** Facts of `facts` whose source is graded `other`: shown, never counted in `coverage`. */
  otherGrade: number;
}

const KINDS: readonly ParkAggregateKind[] = ['gross-output', 'value-added', 'tax', 'fixed-asset-investment'];

/**
 * The park totals a report up to `to` shows: the core facts of year ≤ `to` and the coverage of
 * each core indicator over first gross-output year … min(`to`, last panel year). Every fact
 * carries the grade of its source; the coverage (and the first year) counts only facts of a
 * grade a finding may rest on (not `other`), so a figure from an unchecked page is listed but
 * never fills a year.
 * @throws DataError when a fact's source id is not in the park source registry.
 * @param to the report's last year (`--year`); null = the last panel year (2021).
 * @example
 * ```ts
 * const s = parkAggregateSummary(loadParkAggregateFacts(), null);
 * [s.first, s.last, s.coverage[0].have] // [2008, 2021, '2008、2011']
 * ```
 */
export function parkAggregateSummary(facts: ReadonlyArray<ParkAggregateFact>, to: number | null): ParkAggregateSummary {
  const last = Math.min(to ?? PANEL_YEARS.last, PANEL_YEARS.last);
  const core = facts.filter((f) => f.year <= (to ?? Number.POSITIVE_INFINITY) && parkAggregateKind(f) !== null)
    .sort((a, b) => a.year - b.year || a.period.localeCompare(b.period))
    .map((f) => {
      const grade = parkSourceGrade(f.source_id);
      return { ...f, period_zh: formatPeriodZh(f.period), grade, grade_zh: SOURCE_GRADE_LABELS[grade].zh };
    });
  const usable = core.filter((f) => usableInFindings(f.grade));
  let first = last;
  for (const f of usable) if (parkAggregateKind(f) === 'gross-output' && f.year < first) first = f.year;
  const coverage = KINDS.map((kind): ParkAggregateCoverageRow => {
    const c = parkAggregateCoverage(usable, kind, first, last);
    return { kind, indicator: PARK_AGGREGATE_KIND_LABELS[kind].zh, have: c.years.length ? c.years.join('、') : '无', missing: c.missing.join('、'), n: c.years.length };
  });
  const [output, valueAdded, tax, fai] = coverage;
  return {
    facts: core, first, last, coverage, byKind: { 'gross-output': output!, 'value-added': valueAdded!, tax: tax!, 'fixed-asset-investment': fai! },
    sources: parkSources(core.map((f) => f.source_id)), otherGrade: core.length - usable.length,
  };
}
