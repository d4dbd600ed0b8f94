// Shared test input: German Länder 2015 (test/fixtures/inequality.json), as REAT's hoover() example.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface Fixture {
  cases: { measure: string; input: { values: number[]; weights?: number[]; corrected?: boolean; epsilon?: number }; expected: number }[];
  germanLaender2015: {
    order: string[];
    gdp: number[];
    population: number[];
    groups: { East: string[] };
    expected: Record<string, number>;
  };
}

export const fixture = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../fixtures/inequality.json', import.meta.url)), 'utf8'),
) as Fixture;

const L = fixture.germanLaender2015;
/** GDP per capita (EUR bn per person; the indices are scale-free). */
export const perCapita = Object.freeze(L.gdp.map((g, i) => g / L.population[i]!));
export const population = Object.freeze([...L.population]);
export const gdp = Object.freeze([...L.gdp]);
export const eastWest = Object.freeze(L.order.map((k) => (L.groups.East.includes(k) ? 'East' : 'West')));
export const expected = L.expected;
export const cases = (measure: string) => fixture.cases.filter((c) => c.measure === measure);
