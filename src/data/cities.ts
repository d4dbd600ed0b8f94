/**
 * The 21 prefecture-level cities of Guangdong and the official four-region grouping
 * (珠三角 PRD / 粤东 East / 粤西 West / 粤北 North), read from the bundled `data/cities.csv`.
 * @module
 */
import { DataError } from '../core/errors.js';
import { readBundledCsv } from './csv.js';
import type { Region } from './schema.js';
import { clipText, nearest } from './suggest.js';

/** One Guangdong prefecture-level city. */
export interface GuangdongCity {
  /** GB/T 2260 code, e.g. 440100. */
  readonly city_code: number;
  /** Chinese short name, e.g. 广州. */
  readonly city_zh: string;
  /** English name, e.g. Guangzhou. */
  readonly city_en: string;
  /** Official region: PRD (珠三角), East (粤东), West (粤西), North (粤北). */
  readonly region: Region;
  /** Region label as in the source, e.g. 珠三角. */
  readonly region_zh: string;
  /** Source ids of the region assignment (see data/SOURCES.md). */
  readonly source_ids: string;
}

const REGIONS = new Set<string>(['PRD', 'East', 'West', 'North']);

function loadCities(): readonly GuangdongCity[] {
  const file = 'data/cities.csv';
  return Object.freeze(
    readBundledCsv('cities.csv').map((r, i) => {
      if (!REGIONS.has(r.region ?? '')) {
        throw new DataError('unknown-category', `region "${r.region}" is not PRD/East/West/North`, { file, row: i + 1, column: 'region' });
      }
      return Object.freeze({
        city_code: Number(r.city_code),
        city_zh: r.city_zh ?? '',
        city_en: r.city_en ?? '',
        region: r.region as Region,
        region_zh: r.region_zh ?? '',
        source_ids: r.source_ids ?? '',
      });
    }),
  );
}

/**
 * The 21 prefecture-level cities of Guangdong with code, names and official region
 * (order of `data/cities.csv`: PRD, East, West, North).
 * @example
 * ```ts
 * guangdongCities.length // 21
 * guangdongCities.filter((c) => c.region === 'PRD').length // 9
 * ```
 */
export const guangdongCities: readonly GuangdongCity[] = loadCities();

const byKey = new Map<string, GuangdongCity>();
for (const c of guangdongCities) {
  for (const k of [String(c.city_code), c.city_zh, `${c.city_zh}市`, c.city_en.toLowerCase(), `${c.city_en.toLowerCase()} city`]) {
    byKey.set(k, c);
  }
}

/**
 * Find a Guangdong city by code or name; `undefined` when it is not one of the 21.
 * Accepts 440100, '440100', '广州', '广州市', 'Guangzhou' (case-insensitive), 'Guangzhou City'.
 * @example
 * ```ts
 * findCity('广州市')?.city_code // 440100
 * ```
 */
export function findCity(cityCodeOrName: number | string): GuangdongCity | undefined {
  const k = String(cityCodeOrName).trim();
  return byKey.get(k) ?? byKey.get(k.toLowerCase());
}

/**
 * The nearest city to an unknown name or code, by edit distance over codes, Chinese names
 * and English names (for "did you mean …?" messages).
 * @example
 * ```ts
 * suggestCity('Guangzou')?.city_zh // '广州'
 * suggestCity('440110')?.city_code // 440100
 * ```
 */
export function suggestCity(input: number | string): GuangdongCity | undefined {
  const candidates = guangdongCities.flatMap((c) => [
    { label: String(c.city_code), value: c },
    { label: c.city_zh, value: c },
    { label: `${c.city_zh}市`, value: c },
    { label: c.city_en, value: c },
  ]);
  return nearest(String(input), candidates)?.value;
}

/**
 * Resolve a city or throw a {@link DataError} (`unknown-city`) that suggests the nearest one.
 * @throws DataError when the input is not one of the 21 cities.
 */
export function requireCity(cityCodeOrName: number | string, where: { file?: string; row?: number; column?: string } = {}): GuangdongCity {
  const c = findCity(cityCodeOrName);
  if (c) return c;
  const s = suggestCity(cityCodeOrName);
  throw new DataError(
    'unknown-city',
    `"${clipText(String(cityCodeOrName))}" is not one of Guangdong's 21 prefecture-level cities`,
    where,
    s ? `did you mean ${s.city_zh} (${s.city_en}, ${s.city_code})?` : 'use a GB/T 2260 code such as 440100 or a name such as 广州',
  );
}

/**
 * Official region (PRD / East / West / North) of a Guangdong city given by code or name.
 * @throws DataError (`unknown-city`, with the nearest city suggested) when the city is unknown.
 * @example
 * ```ts
 * regionOf(440100)     // 'PRD'
 * regionOf('汕头市')    // 'East'
 * regionOf('Zhanjiang') // 'West'
 * regionOf('梅州')      // 'North'
 * ```
 */
export function regionOf(cityCodeOrName: number | string): Region {
  return requireCity(cityCodeOrName, { column: 'city' }).region;
}

/**
 * Resolve the city of a row that names it in several cells (e.g. `city_code`, `city_zh`,
 * `city_en`) and require that they all name the same city. Empty cells are skipped; the first
 * non-empty cell is the key. A row whose code and name disagree is refused rather than filed
 * under one of them.
 * @param cells `[column, value]` pairs, the key column first.
 * @throws DataError `unknown-city` (nearest suggested) for a cell naming no Guangdong city;
 *   `invalid` naming both columns when two cells name different cities.
 * @example
 * ```ts
 * requireSameCity([['city_code', 440300], ['city_zh', '深圳市']]).city_zh // '深圳'
 * requireSameCity([['city_code', 440300], ['city_zh', '广州']]) // throws: city_code "440300" is 深圳 (440300) but city_zh "广州" is 广州 (440100)
 * ```
 */
export function requireSameCity(
  cells: ReadonlyArray<readonly [column: string, value: unknown]>,
  where: { file?: string; row?: number } = {},
): GuangdongCity {
  let first: { column: string; value: unknown; city: GuangdongCity } | undefined;
  for (const [column, value] of cells) {
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    const city = requireCity(String(value), { ...where, column });
    if (!first) { first = { column, value, city }; continue; }
    if (city.city_code !== first.city.city_code) {
      throw new DataError('invalid',
        `${first.column} "${String(first.value)}" is ${first.city.city_zh} (${first.city.city_code}) but ${column} "${String(value)}" is ${city.city_zh} (${city.city_code}): the row names two cities`,
        { ...where, column }, `correct one of the two cells; a row is never filed under one of two disagreeing cities`);
    }
  }
  if (!first) throw new DataError('missing-column', 'the city cell is empty', { ...where, column: cells[0]?.[0] }, 'fill in a city code or name');
  return first.city;
}
