/**
 * Chart: a choropleth map of Guangdong's 21 cities.
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../../core/errors.js';
import { guangdongCityBoundaries } from '../geo.js';
import type { CityFeatureCollection } from '../geo.js';
import { readRows } from '../rows.js';
import { CITY_NAMES, label } from '../labels.js';
import { chartConfig, titleBlock, VEGA_LITE_SCHEMA } from '../theme.js';
import type { ChartOptions, RowsInput } from '../types.js';

/** One city's value (city code as number or text, e.g. 440100 or `"440100"`). */
export interface ChoroplethRow {
  city_code: string | number;
  /** The value to colour by; null shows the city in grey as "no data". */
  value: number | null;
}

/** Options of {@link cityChoropleth}. */
export interface CityChoroplethOptions extends ChartOptions {
  /** Legend title, e.g. "人均GDP（元）" (default "数值"). */
  valueTitle?: string;
  /** d3 format of legend and tooltip values (default `',.1f'`). */
  format?: string;
  /** Colour scheme (vega scheme name, default `'blues'`). */
  scheme?: string;
  /** Print city names on the map (default true). */
  cityLabels?: boolean;
  /** Boundaries to use (default: the cached {@link guangdongCityBoundaries}). */
  geo?: CityFeatureCollection;
}

/**
 * A choropleth of Guangdong's cities coloured by `value`, with the GeoJSON features embedded
 * inline (`data.values`), so the spec is self-contained. Cities without a row, or with a null
 * value, are drawn in grey. Projection: Mercator fitted to the plot.
 *
 * @throws DataError (`unknown-city`) when a row's code is not one of the map's cities, or
 *   (`duplicate-key`) when a city appears twice.
 * @example
 * ```ts
 * cityChoropleth([{ city_code: 440100, value: 150000 }]).title // { text: '广东省21个地级以上市' }
 * ```
 */
export function cityChoropleth(rows: RowsInput<ChoroplethRow>, options: CityChoroplethOptions = {}): TopLevelSpec {
  const lang = options.lang ?? 'zh';
  const geo = options.geo ?? guangdongCityBoundaries();
  const codes = new Set(geo.features.map((f) => f.properties.city_code));
  const seen = new Set<string>();
  const data = readRows(rows, [
    { name: 'city_code', kind: 'key' },
    { name: 'value', kind: 'number?' },
  ], 'cityChoropleth');
  data.forEach((r, i) => {
    const code = r.city_code as string;
    if (!codes.has(code)) {
      throw new DataError('unknown-city', `city code ${code} is not on the map`, { function: 'cityChoropleth', row: i + 1, column: 'city_code' },
        'use the six-digit GB/T 2260 codes of the 21 prefecture-level cities, e.g. 440100');
    }
    if (seen.has(code)) {
      throw new DataError('duplicate-key', `city ${code} appears twice`, { function: 'cityChoropleth', row: i + 1, column: 'city_code' },
        'pass one row per city (filter one year first)');
    }
    seen.add(code);
  });
  const valueTitle = options.valueTitle ?? label('value', lang);
  const format = options.format ?? ',.1f';
  const nameOf = (code: string, fallback: string): string => (lang === 'en' ? CITY_NAMES[code]?.en ?? fallback : fallback);
  const features = geo.features.map((f) => ({
    type: f.type, id: f.id, geometry: f.geometry,
    properties: { city_code: f.properties.city_code, name: nameOf(f.properties.city_code, f.properties.name) },
  }));
  const labels = geo.features.filter((f) => f.properties.cp).map((f) => ({
    name: nameOf(f.properties.city_code, f.properties.name).replace(/市$/, ''),
    lon: (f.properties.cp as [number, number])[0],
    lat: (f.properties.cp as [number, number])[1],
  }));
  const layers: unknown[] = [
    {
      data: { values: features },
      mark: { type: 'geoshape', fill: '#ddd', stroke: 'white', strokeWidth: 0.8 },
      encoding: { tooltip: [{ field: 'properties.name', type: 'nominal', title: label('city', lang) }] },
    },
    {
      data: { values: features },
      transform: [{ lookup: 'properties.city_code', from: { data: { values: data }, key: 'city_code', fields: ['value'] } },
        { filter: 'isValid(datum.value)' }],
      mark: { type: 'geoshape', stroke: 'white', strokeWidth: 0.8 },
      encoding: {
        color: { field: 'value', type: 'quantitative', title: valueTitle, scale: { scheme: options.scheme ?? 'blues' }, legend: { format } },
        tooltip: [
          { field: 'properties.name', type: 'nominal', title: label('city', lang) },
          { field: 'value', type: 'quantitative', title: valueTitle, format },
        ],
      },
    },
  ];
  if (options.cityLabels ?? true) {
    layers.push({
      data: { values: labels },
      mark: { type: 'text', fontSize: 10, color: '#222' },
      encoding: { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' }, text: { field: 'name' } },
    });
  }
  return {
    $schema: VEGA_LITE_SCHEMA,
    config: chartConfig(lang),
    title: titleBlock(options.title ?? label('choroplethTitle', lang)),
    width: options.width ?? 520,
    height: options.height ?? 400,
    projection: { type: 'mercator' },
    layer: layers,
  } as TopLevelSpec;
}
