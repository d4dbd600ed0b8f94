/**
 * Report names of the scopes and groups of the disparity and convergence tables.
 * @module
 */
import { REGION_LABELS } from '../../data/schema.js';
import { PERIPHERY_GROUP, type DisparityGroupLabel } from './access.js';

/**
 * The name of a scope of `convergenceTable` or a group of `disparityTable`: `'all'` → 全省 /
 * Province, a region → its official name (`REGION_LABELS`: 珠三角, 粤东, 粤西, 粤北山区), `periphery`
 * → 粤东西北 / Periphery.
 * @example
 * ```ts
 * disparityGroupLabel('North') // '粤北山区'
 * disparityGroupLabel('periphery', 'en') // 'Periphery (East, West, North)'
 * ```
 */
export function disparityGroupLabel(scope: 'all' | DisparityGroupLabel, lang: 'zh' | 'en' = 'zh'): string {
  if (scope === 'all') return lang === 'zh' ? '全省' : 'Province';
  if (scope === PERIPHERY_GROUP) return lang === 'zh' ? '粤东西北' : 'Periphery (East, West, North)';
  return REGION_LABELS[scope][lang];
}
