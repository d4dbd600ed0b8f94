/**
 * The 21 prefecture-level cities of Guangdong (GB/T 2260 codes) and their official region,
 * as the firm engine needs them inside SQL (a small `gd_city` table joined to firm rows).
 * Taken from the bundled city list of the data layer (`guangdongCities`, data/cities.csv).
 * @module
 */
import { guangdongCities } from '../data/cities.js';
import type { Region } from '../data/schema.js';

/** One Guangdong city as used by the firm engine. */
export interface FirmCity {
  /** GB/T 2260 code, e.g. 440100. */
  city_code: number;
  city_zh: string;
  city_en: string;
  region: Region;
}

/** The 21 Guangdong cities in the order of data/cities.csv (PRD, East, West, North). */
export const FIRM_CITIES: readonly FirmCity[] = Object.freeze(
  guangdongCities.map((c) =>
    Object.freeze({ city_code: c.city_code, city_zh: c.city_zh, city_en: c.city_en, region: c.region }),
  ),
);

const BY_CODE = new Map(FIRM_CITIES.map((c) => [c.city_code, c]));

/** The city with this code, or undefined. */
export function firmCity(code: number): FirmCity | undefined {
  return BY_CODE.get(code);
}
