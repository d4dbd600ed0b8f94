/**
 * Chart: LISA cluster map of Guangdong's 21 cities (HH, LL, HL, LH, not significant).
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { readRows } from '../rows.js';
import { label } from '../labels.js';
import type { ChartOptions, RowsInput } from '../types.js';
import { cityChoropleth } from './choropleth.js';
import type { CityFeatureCollection } from '../geo.js';

/** One city's LISA cluster class (e.g. a row of `lisaTable`). */
export interface LisaMapRow {
  city_code: string | number;
  /** 'HH' | 'LL' | 'HL' | 'LH' when significant, 'ns' otherwise. */
  cluster: string;
  /** Conditional permutation p (shown in the tooltip), optional. */
  p_sim?: number | null;
}

/** Options of {@link lisaClusterMap}. */
export interface LisaClusterMapOptions extends ChartOptions {
  /** Significance level named in the legend title (default 0.05). */
  alpha?: number;
  /** Print city names (default true). */
  cityLabels?: boolean;
  /** Boundaries (default: the cached Guangdong boundaries). */
  geo?: CityFeatureCollection;
}

/** The cluster classes in legend order with their colours (esda/GeoDa's LISA palette). */
export const LISA_CLUSTER_COLORS: Readonly<Record<'HH' | 'LL' | 'HL' | 'LH' | 'ns', string>> = {
  HH: '#d7191c', LL: '#2c7bb6', HL: '#fdae61', LH: '#89cff0', ns: '#d3d3d3',
};

const NAMES = {
  zh: { HH: '高–高', LL: '低–低', HL: '高–低', LH: '低–高', ns: '不显著' },
  en: { HH: 'High–High', LL: 'Low–Low', HL: 'High–Low', LH: 'Low–High', ns: 'Not significant' },
} as const;

/**
 * LISA cluster map: each city filled by its cluster class — high–high (red), low–low (blue),
 * high–low (orange), low–high (light blue), not significant (grey) — on the existing choropleth
 * (same boundaries, projection, labels; the fill layer is replaced by a nominal colour with a fixed
 * domain, so every class keeps its colour whichever classes occur). Cities without a row are grey
 * "no data" (the choropleth's base layer).
 *
 * @param rows one row per city with `city_code` and `cluster` (e.g. `lisaTable(...)`)
 * @throws DataError (`unknown-category`) for a cluster not in HH/LL/HL/LH/ns, and the choropleth's
 *   errors for unknown or repeated city codes.
 * @example
 * ```ts
 * lisaClusterMap(lisaTable(panel, { year: 2019, weights: w }), { title: '人均GDP的LISA集聚图（2019）' })
 * ```
 */
export function lisaClusterMap(rows: RowsInput<LisaMapRow>, options: LisaClusterMapOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const data = readRows(rows, [
    { name: 'city_code', kind: 'key' },
    { name: 'cluster', kind: 'key' },
    { name: 'p_sim', kind: 'number?', optional: true },
  ], 'lisaClusterMap');
  const classes = Object.keys(LISA_CLUSTER_COLORS) as (keyof typeof LISA_CLUSTER_COLORS)[];
  const names = NAMES[lang];
  const values = data.map((r, i) => {
    const c = r.cluster as string;
    if (!(classes as string[]).includes(c)) {
      throw new DataError('unknown-category', `cluster "${c}" is not one of ${classes.join(', ')}`, { file: 'lisaClusterMap', row: i + 1, column: 'cluster' });
    }
    return { city_code: r.city_code as string, cluster_label: names[c as keyof typeof names], p_sim: r.p_sim ?? null };
  });
  const base = cityChoropleth(values.map((v) => ({ city_code: v.city_code, value: 0 })), {
    lang,
    ...(options.title !== undefined ? { title: options.title } : {}),
    ...(options.width !== undefined ? { width: options.width } : {}),
    ...(options.height !== undefined ? { height: options.height } : {}),
    ...(options.cityLabels !== undefined ? { cityLabels: options.cityLabels } : {}),
    ...(options.geo ? { geo: options.geo } : {}),
  }) as unknown as { layer: Record<string, unknown>[] } & Record<string, unknown>;
  const alpha = options.alpha ?? 0.05;
  const legendTitle = lang === 'zh' ? `LISA集聚类型（p ≤ ${alpha}）` : `LISA cluster (p ≤ ${alpha})`;
  const fill = {
    data: base.layer[0]!.data,
    transform: [
      { lookup: 'properties.city_code', from: { data: { values }, key: 'city_code', fields: ['cluster_label', 'p_sim'] } },
      { filter: 'isValid(datum.cluster_label)' },
    ],
    mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.8 },
    encoding: {
      color: {
        field: 'cluster_label', type: 'nominal', title: legendTitle,
        scale: { domain: classes.map((c) => names[c]), range: classes.map((c) => LISA_CLUSTER_COLORS[c]) },
      },
      tooltip: [
        { field: 'properties.name', type: 'nominal', title: label('city', lang) },
        { field: 'cluster_label', type: 'nominal', title: legendTitle },
        { field: 'p_sim', type: 'quantitative', title: 'p', format: '.4f' },
      ],
    },
  };
  return { ...base, layer: [base.layer[0]!, fill, ...base.layer.slice(2)] } as unknown as TopLevelSpec;
}
