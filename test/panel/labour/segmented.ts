/**
 * A three-city, eight-year panel with one basis break, small enough to compute by hand: A and B
 * in the PRD, C in the East; C's employment jumps from 50 to 250 万 in 2004 (a coverage change
 * the break rule finds), or, with `prdBreak`, B's does instead.
 */
export function segmentedPanel(prdBreak = false): Array<Record<string, string | number>> {
  return [2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007].flatMap((year, k) => [
    { city_code: 1, city_zh: 'A', region: 'PRD', year, gdp: 200 + 20 * k, employment: 100 + k },
    { city_code: 2, city_zh: 'B', region: 'PRD', year, gdp: 100 + 10 * k, employment: prdBreak && year >= 2004 ? 250 : 50 },
    { city_code: 3, city_zh: 'C', region: 'East', year, gdp: 40 + 4 * k, employment: !prdBreak && year >= 2004 ? 250 : 50 },
  ]);
}
