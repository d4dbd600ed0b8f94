/**
 * Breaks in the employed-persons series of each city.
 * @module
 */
import { detectPopulationBreaks, type PopulationBreakReason } from '../../data/population.js';
import type { Region } from '../../data/schema.js';
import type { TableInput } from '../../data/table-input.js';
import { readCityYears } from './rows.js';

/** Options of {@link employmentBreaks}. */
export interface EmploymentBreakOptions {
  /** A change departing from the local trend by more than this many pp is a break. Default 20. */
  thresholdPp?: number;
}

/** One city-year of {@link employmentBreaks}. */
export interface EmploymentBreakRow {
  city_code: number;
  city_zh: string;
  region: Region;
  year: number;
  /** Employed persons, 万人 (panel `employment`). */
  employment: number | null;
  /** Change against the previous year, %. */
  change_pct: number | null;
  break_before: boolean;
  reasons: PopulationBreakReason[];
  /** `${city_code}:${n}`: the stretch of years on one basis; null when no value. */
  segment_id: string | null;
}

/**
 * Where each city's employed-persons series changes basis, found from the data with
 * {@link detectPopulationBreaks} (local-median rule, default threshold 20 pp: employment is
 * more volatile than population). In the bundled CSMAR panel (`Eect05`) the series switches,
 * city by city between 1998 and 2001, from all employed persons (社会从业人员, with a primary
 * share of 20–60 %) to unit employment (单位从业人员, primary share mostly under 5 %): 梅州
 * 208.2 万 in 1997 → 26.56 万 in 1998. A second switch in 2013 widens the count (深圳 280 →
 * 457.4, 东莞 25.3 → 244.9). Levels, shares and productivity are comparable only within a segment.
 * @param panel a city-year panel with `employment`
 * @returns one row per city-year, sorted by city code then year
 * @example
 * ```ts
 * employmentBreaks(loadGuangdongPanel()).find((r) => r.city_zh === '梅州' && r.year === 1998)?.break_before // true
 * ```
 */
export function employmentBreaks(panel: TableInput, options: EmploymentBreakOptions = {}): EmploymentBreakRow[] {
  const rows = readCityYears(panel, 'employmentBreaks', ['employment']);
  const out: EmploymentBreakRow[] = [];
  let i = 0;
  while (i < rows.length) {
    let j = i;
    while (j < rows.length && rows[j]!.city_code === rows[i]!.city_code) j++;
    const city = rows.slice(i, j);
    const series: Array<{ year: number; value: number | null }> = [];
    for (let y = city[0]!.year, k = 0; y <= city[city.length - 1]!.year; y++) {
      const r = city[k]?.year === y ? city[k++]! : null;
      series.push({ year: y, value: r ? r.values.employment! : null });
    }
    const det = new Map(detectPopulationBreaks(series, { thresholdPp: options.thresholdPp ?? 20 }).map((d) => [d.year, d]));
    for (const r of city) {
      const d = det.get(r.year)!;
      out.push({
        city_code: r.city_code, city_zh: r.city_zh, region: r.region, year: r.year, employment: r.values.employment!,
        change_pct: d.change_pct, break_before: d.break_before, reasons: d.reasons,
        segment_id: d.segment === null ? null : `${r.city_code}:${d.segment}`,
      });
    }
    i = j;
  }
  return out;
}
