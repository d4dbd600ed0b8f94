/**
 * The SYNTHETIC city-like panel shared by the benchmarks (seeded, deterministic): units ×
 * years with the columns growthGapTable and readPanel read.
 */
export /** A SYNTHETIC city-like panel: units × years with the columns growthGapTable reads. */
function syntheticCityPanel(units: number, years: number): Record<string, unknown[]> {
  let x = 123456789;
  const rnd = (): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x / 2 ** 32;
  };
  const cols: Record<string, unknown[]> = {
    city_zh: [], region: [], year: [], gdp: [], gdp_real_growth: [], gdp_per_capita_real_growth: [],
    population_resident: [], population_registered: [], flags: [],
  };
  const regions = ['PRD', 'East', 'West', 'North'];
  for (let u = 0; u < units; u++) {
    let gdp = 50 + 500 * rnd();
    let res = 100 + 400 * rnd();
    let reg = res * (0.7 + 0.3 * rnd());
    for (let k = 0; k < years; k++) {
      const year = 1992 + k;
      const g = 4 + 10 * rnd();
      gdp *= 1 + (g + 2) / 100;
      res *= 1 + (rnd() * 3 - 0.5) / 100;
      reg *= 1 + (rnd() * 2 - 0.5) / 100;
      cols.city_zh!.push(`U${u}`);
      cols.region!.push(regions[u % 4]);
      cols.year!.push(year);
      cols.gdp!.push(Math.round(gdp * 100) / 100);
      cols.gdp_real_growth!.push(Math.round(g * 10) / 10);
      cols.gdp_per_capita_real_growth!.push(rnd() < 0.1 ? Math.round((g - 1) * 10) / 10 : null);
      cols.population_resident!.push(year >= 2000 ? Math.round(res * 100) / 100 : null);
      cols.population_registered!.push(Math.round(reg * 100) / 100);
      cols.flags!.push('');
    }
  }
  return cols;
}

/** The panel as CSV text (header + rows; missing values empty). */
export function cityPanelCsv(cols: Record<string, unknown[]>): string {
  const names = Object.keys(cols);
  const n = cols[names[0]!]!.length;
  const lines = [names.join(',')];
  for (let i = 0; i < n; i++) lines.push(names.map((c) => { const v = cols[c]![i]; return v === null || v === undefined ? '' : String(v); }).join(','));
  return lines.join('\n') + '\n';
}
