/**
 * LISA cluster rows summarised by cluster class and region, for the narrative.
 * @module
 */
import { DataError } from '../../core/errors.js';
import { guangdongCities } from '../../data/cities.js';
import { REGIONS, type Region } from '../../data/schema.js';
import type { LisaCluster, LisaRow } from './lisa-table.js';

/** The cluster classes in report order. */
export const LISA_CLUSTERS: readonly LisaCluster[] = ['HH', 'LL', 'HL', 'LH', 'ns'];

/** The cities of one cluster class. */
export interface LisaClusterGroup {
  cluster: LisaCluster;
  /** Cities in the class. */
  n: number;
  /** Their names, in the order of the rows (city-code order for `lisaTable`). */
  cities: string[];
  /** Of them in the PRD, and in the periphery 粤东西北 (East, West, North). */
  n_prd: number;
  n_periphery: number;
  /** The regions they lie in, in the order PRD, East, West, North. */
  regions: Region[];
}

/** Result of {@link lisaSummary}. */
export interface LisaSummary {
  /** Cities summarised. */
  n: number;
  /** Cities in a significant cluster (HH, LL, HL or LH). */
  n_significant: number;
  /** Each class, always all five (empty ones with n = 0). */
  clusters: Record<LisaCluster, LisaClusterGroup>;
  /** Cities of the rows in the periphery 粤东西北. */
  periphery_cities: number;
  /** LL cities in the periphery ÷ periphery cities (0–1). */
  periphery_ll_share: number;
  /**
   * The periphery as a whole is a low–low cluster: more than half of its cities are significant
   * LL. False when the LL cities are a few (e.g. the eastern wing only).
   */
  periphery_is_ll: boolean;
  /** Every LL city lies in the periphery (false when there is none). */
  ll_only_periphery: boolean;
  /** Every HH city lies in the PRD (false when there is none). */
  hh_only_prd: boolean;
}

/**
 * Count the cities of a LISA table by cluster class (HH, LL, HL, LH, not significant) and by
 * region, with the answers a report sentence needs: which cities form each cluster, whether the
 * periphery 粤东西北 is a low–low cluster as a whole (more than half of its cities significant
 * LL) or only in part, whether the LL cities all lie in the periphery and the HH cities in the PRD.
 * A city's region comes from the official grouping (`guangdongCities`, matched by city code).
 *
 * @param rows the rows of {@link lisaTable}
 * @throws DataError (`unknown-city`) for a city code not among Guangdong's 21 cities.
 * @example
 * ```ts
 * const s = lisaSummary(lisaTable(panel, { year: 2019, weights: w }));
 * s.clusters.LL.cities // ['梅州', '潮州', '揭阳']; s.periphery_is_ll // false (3 of 12)
 * ```
 */
export function lisaSummary(rows: readonly LisaRow[]): LisaSummary {
  const regionOfCode = new Map(guangdongCities.map((c) => [String(c.city_code), c.region]));
  const region = rows.map((r, i) => {
    const g = regionOfCode.get(String(r.city_code));
    if (g === undefined) throw new DataError('unknown-city', `city_code ${r.city_code} is not one of Guangdong's 21 cities`, { function: 'lisaSummary', row: i + 1, column: 'city_code' });
    return g;
  });
  const group = (cluster: LisaCluster): LisaClusterGroup => {
    const idx = rows.map((_, i) => i).filter((i) => rows[i]!.cluster === cluster);
    const present = new Set(idx.map((i) => region[i]!));
    const nPrd = idx.filter((i) => region[i] === 'PRD').length;
    return { cluster, n: idx.length, cities: idx.map((i) => rows[i]!.city_zh), n_prd: nPrd, n_periphery: idx.length - nPrd, regions: REGIONS.filter((g) => present.has(g)) };
  };
  const clusters = Object.fromEntries(LISA_CLUSTERS.map((c) => [c, group(c)])) as Record<LisaCluster, LisaClusterGroup>;
  const periphery = region.filter((g) => g !== 'PRD').length;
  const ll = clusters.LL;
  const hh = clusters.HH;
  return {
    n: rows.length,
    n_significant: rows.length - clusters.ns.n,
    clusters,
    periphery_cities: periphery,
    periphery_ll_share: periphery === 0 ? 0 : ll.n_periphery / periphery,
    periphery_is_ll: periphery > 0 && ll.n_periphery > periphery / 2,
    ll_only_periphery: ll.n > 0 && ll.n_prd === 0,
    hh_only_prd: hh.n > 0 && hh.n_periphery === 0,
  };
}
