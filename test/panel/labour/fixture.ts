/** A three-city panel small enough to compute by hand (A, B in the PRD, C in the East). */
export const tiny = [
  { city_code: 1, city_zh: 'A', region: 'PRD', year: 2000, gdp: 200, employment: 100, employment_primary_share: 10, employment_secondary_share: 50, employment_tertiary_share: 40 },
  { city_code: 1, city_zh: 'A', region: 'PRD', year: 2001, gdp: 242, employment: 110, employment_primary_share: 5, employment_secondary_share: 55, employment_tertiary_share: 40 },
  { city_code: 2, city_zh: 'B', region: 'PRD', year: 2000, gdp: 50, employment: 50, employment_primary_share: 20, employment_secondary_share: 40, employment_tertiary_share: 40 },
  { city_code: 2, city_zh: 'B', region: 'PRD', year: 2001, gdp: 60, employment: 50, employment_primary_share: 20, employment_secondary_share: 40, employment_tertiary_share: 40 },
  { city_code: 3, city_zh: 'C', region: 'East', year: 2000, gdp: 25, employment: 50, employment_primary_share: 60, employment_secondary_share: 20, employment_tertiary_share: 20 },
  { city_code: 3, city_zh: 'C', region: 'East', year: 2001, gdp: 30, employment: 40, employment_primary_share: null, employment_secondary_share: 30, employment_tertiary_share: 30 },
];
