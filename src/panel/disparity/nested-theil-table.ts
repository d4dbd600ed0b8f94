/**
 * The nested (Akita two-stage) Theil decomposition of one year as table rows.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { Region } from '../../data/schema.js';
import { theilNested } from '../../measures/inequality/theil-nested.js';
import type { TableInput } from '../../data/table-input.js';
import { PERIPHERY_GROUP } from './access.js';
import { cityValues } from './city-values.js';

/** Options of {@link nestedTheilTable}. */
export interface NestedTheilTableOptions {
  year: number;
  /** Per-capita column; default `'gdp_per_capita'` (元), values > 0. */
  variable?: string;
}

/** The stages of {@link nestedTheilTable}, in order. */
export type NestedTheilStage = 'prd-vs-periphery' | 'among-periphery-regions' | 'within-regions' | 'total';

/** Result of {@link nestedTheilTable}. */
export interface NestedTheil {
  year: number;
  /** The four rows in order: the three stages, then the total. */
  rows: NestedTheilRow[];
  /** The same rows by stage. */
  stages: Record<NestedTheilStage, NestedTheilRow>;
}

/** One stage of {@link nestedTheilTable}. */
export interface NestedTheilRow {
  year: number;
  stage: NestedTheilStage;
  /** Name of the stage for the report. */
  label_zh: string;
  label_en: string;
  /** The stage's part of Theil T (unweighted: each city counts once). */
  value: number;
  /** value / total × 100 (percent); 100 for the total row; 0 when the total is 0 (all cities equal: no gap to split). */
  share_pct: number;
  /** Cities used. */
  n: number;
  /** Cities with a row but no value that year, not used. */
  missing_cities: string[];
}

const LABELS: Record<NestedTheilStage, { zh: string; en: string }> = {
  'prd-vs-periphery': { zh: '珠三角与粤东西北之间', en: 'Between the PRD and the periphery' },
  'among-periphery-regions': { zh: '粤东、粤西、粤北山区之间', en: 'Among the East, West and North' },
  'within-regions': { zh: '各区域内部城市之间', en: 'Among cities within each region' },
  total: { zh: '合计（泰尔指数T）', en: 'Total (Theil T)' },
};

/**
 * Unweighted Theil T of a per-capita variable across the cities in one year, split in the two
 * stages of Akita's nested decomposition (via `theilNested`): between the PRD and the periphery
 * 粤东西北; among the periphery's three regions (East, West, North; the PRD is one region, so its
 * term is 0); and among the cities within each of the four regions. Four rows (`rows`, and by
 * name in `stages`): the three stages and the total. The three values add up to the total, which equals `disparityTable`'s `theil_t`
 * of that year, and the first two add up to its `theil_t_between` (four regions).
 *
 * @throws DataError (`empty`) when fewer than two cities have a value that year; the errors of
 *   {@link cityValues} and `theilNested`.
 * @example
 * ```ts
 * nestedTheilTable(loadGuangdongPanel(), { year: 2019 }).stages['prd-vs-periphery'].share_pct // 69.95: the PRD–periphery gap
 * ```
 */
export function nestedTheilTable(table: TableInput, options: NestedTheilTableOptions): NestedTheil {
  const v = cityValues(table, { year: options.year, ...(options.variable !== undefined ? { variable: options.variable } : {}) });
  if (v.known.length < 2) {
    throw new DataError('empty', `${v.known.length} cities have ${v.variable} in ${options.year}: a decomposition needs at least two`, { function: 'nestedTheilTable', column: v.variable });
  }
  const bloc = (r: Region): string => (r === 'PRD' ? 'PRD' : PERIPHERY_GROUP);
  const nested = theilNested(v.known.map((r) => r.value), undefined, [v.known.map((r) => bloc(r.region)), v.known.map((r) => r.region)]);
  const stage = (kind: 'between' | 'within', level: number): number => nested.stages.find((s) => s.kind === kind && s.level === level)?.value ?? 0;
  const values: Array<[NestedTheilStage, number]> = [
    ['prd-vs-periphery', stage('between', 0)],
    ['among-periphery-regions', stage('between', 1)],
    ['within-regions', stage('within', 1)],
    ['total', nested.total],
  ];
  const rows = values.map(([s, value]): NestedTheilRow => ({
    year: options.year, stage: s, label_zh: LABELS[s].zh, label_en: LABELS[s].en, value,
    share_pct: s === 'total' ? 100 : nested.total === 0 ? 0 : (value / nested.total) * 100,
    n: v.known.length, missing_cities: v.missing_cities,
  }));
  return { year: options.year, rows, stages: Object.fromEntries(rows.map((r) => [r.stage, r])) as Record<NestedTheilStage, NestedTheilRow> };
}
