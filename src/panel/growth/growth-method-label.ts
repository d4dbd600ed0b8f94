/**
 * Reader-facing labels of the `method` codes of {@link growthGapTable}.
 * @module
 */
import { DataError } from '../../core/errors.js';
import type { GrowthGapMethod } from './growth-gap-table.js';

const LABELS: Readonly<Record<GrowthGapMethod, { zh: string; en: string }>> = {
  official: { zh: '官方公布', en: 'published (official)' },
  'identity-resident-population': { zh: '由GDP增速与常住人口增速推算', en: 'derived from GDP growth and resident-population growth' },
  'identity-registered-population': { zh: '由GDP增速与户籍人口增速推算', en: 'derived from GDP growth and registered-population growth' },
  'missing-gdp-growth': { zh: '缺GDP实际增速', en: 'no real GDP growth' },
  'missing-population': { zh: '缺人口数据', en: 'no population data' },
  'missing-official-per-capita': { zh: '缺官方人均增速', en: 'no official per-capita growth' },
  'census-break': { zh: '跨人口普查断点，不计算', en: 'crosses the census break, not computed' },
  incomplete: { zh: '部分城市数据不全', en: 'some member cities lack data' },
};

/** Every `method` code {@link growthGapTable} can emit, in the order of {@link GrowthGapMethod}. */
export const GROWTH_GAP_METHODS: readonly GrowthGapMethod[] = Object.freeze(Object.keys(LABELS) as GrowthGapMethod[]);

/**
 * How a per-capita growth rate of {@link growthGapTable} was obtained, said for the reader:
 * the `method` code in Chinese (`'zh'`, default) or English (`'en'`).
 *
 * Convention: the codes stay the stable keys of the table; this only words them (the label
 * table is typed `Record<GrowthGapMethod, …>`, so a new code without a label does not compile).
 *
 * Units: none (a label).
 *
 * Reference: the `method` documentation of {@link GrowthGapMethod}.
 *
 * @throws DataError `unknown-category` for a string that is not a {@link GrowthGapMethod}, or a
 *   language other than `'zh'` / `'en'`.
 * @example
 * ```ts
 * growthMethodLabel('identity-registered-population') // '由GDP增速与户籍人口增速推算'
 * growthMethodLabel('official', 'en') // 'published (official)'
 * ```
 */
export function growthMethodLabel(method: GrowthGapMethod | string, lang: 'zh' | 'en' = 'zh'): string {
  if (!Object.prototype.hasOwnProperty.call(LABELS, method)) {
    throw new DataError('unknown-category', `growthMethodLabel: unknown growth-gap method ${JSON.stringify(method)}`, { column: 'method' }, `use one of ${GROWTH_GAP_METHODS.join(', ')}`);
  }
  if (lang !== 'zh' && lang !== 'en') {
    throw new DataError('unknown-category', `growthMethodLabel: unknown language ${JSON.stringify(lang)}`, {}, "use 'zh' or 'en'");
  }
  return LABELS[method as GrowthGapMethod][lang];
}
