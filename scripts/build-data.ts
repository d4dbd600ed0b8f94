/**
 * Build the bundled data under `data/` from the shared source folder.
 *
 * Usage: `npx tsx scripts/build-data.ts [sourceDir]` (or `PRD_DATA_SOURCES=<dir>`); the default
 * is `../shared/data-sources` relative to the repository root. Re-runnable: the output depends
 * only on the source files. Afterwards run `npm run data:manifest`.
 *
 * Nothing is estimated or interpolated. Every value is copied from a source file, converted
 * between units by a power of ten (万元 → 亿元, persons → 万人), or — only for sector value
 * added outside 2017–2021 — computed as gdp × share / 100 and flagged `va-derived`.
 * Known defects are kept visible as flags (see data/SOURCES.md).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { QUALITY_FLAGS } from '../src/data/flags.js';
import { CITY_PANEL_COLUMNS, PROVINCE_COLUMNS } from '../src/data/panel.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = resolve(
  repoRoot,
  process.argv[2] ?? process.env.PRD_DATA_SOURCES ?? '../shared/data-sources',
);
const dataDir = join(repoRoot, 'data');

type Row = Record<string, string>;

function readCsv(name: string): Row[] {
  const text = readFileSync(join(sourceDir, name), 'utf8');
  return parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
}

function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const v = Number(s);
  if (!Number.isFinite(v)) throw new Error(`not a number: ${s}`);
  return v;
}

/** Divide by a power of ten without binary noise (e.g. 1750827.4333 / 1e4). */
function shift(v: number | null, digits: number): number | null {
  if (v === null) return null;
  return Number((v / 10 ** digits).toFixed(10));
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}

function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(path: string, columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): void {
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))];
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, lines.join('\n') + '\n', 'utf8');
}

// ---------------------------------------------------------------- cities
const REGION_BY_ZH: Record<string, string> = { 珠三角: 'PRD', 粤东: 'East', 粤西: 'West', 粤北: 'North' };
const regions = readCsv('gd_city_regions.csv');
const cities = regions.map((r) => {
  const region = REGION_BY_ZH[r.region_zh!];
  if (!region) throw new Error(`unknown region ${r.region_zh}`);
  return {
    city_code: Number(r.city_code),
    city_zh: r.city_zh!,
    city_en: r.city_en!,
    region,
    region_zh: r.region_zh!,
    source_ids: r.source_ids!,
  };
});
if (cities.length !== 21) throw new Error(`expected 21 cities, got ${cities.length}`);
writeCsv(join(dataDir, 'cities.csv'), ['city_code', 'city_zh', 'city_en', 'region', 'region_zh', 'source_ids'], cities);
const cityByCode = new Map(cities.map((c) => [c.city_code, c]));
const codeByZh = new Map(cities.map((c) => [c.city_zh, c.city_code]));

// ---------------------------------------------------------------- city panel
const SRC_GDP = 'CSMAR-GDPCT';
const SRC_POP = 'CSMAR-EPLWAGCT';
const SRC_CENSUS = 'LEIII-CENSUS';

interface PanelRow {
  city_code: number;
  city_zh: string;
  city_en: string;
  region: string;
  year: number;
  gdp: number | null;
  gdp_real_growth: number | null;
  gdp_growth_csmar: number | null;
  gdp_per_capita: number | null;
  gdp_per_capita_csmar: number | null;
  gdp_per_capita_real_growth: number | null;
  primary_share: number | null;
  secondary_share: number | null;
  tertiary_share: number | null;
  primary_va: number | null;
  secondary_va: number | null;
  tertiary_va: number | null;
  population_registered: number | null;
  population_resident: number | null;
  population_census: number | null;
  employment: number | null;
  employment_primary_share: number | null;
  employment_secondary_share: number | null;
  employment_tertiary_share: number | null;
  flags: Set<string>;
  sources: Set<string>;
}

const panel = new Map<string, PanelRow>();
const key = (code: number, year: number): string => `${code}|${year}`;
function rowFor(code: number, year: number): PanelRow {
  const k = key(code, year);
  let r = panel.get(k);
  if (!r) {
    const c = cityByCode.get(code);
    if (!c) throw new Error(`unknown city code ${code}`);
    r = {
      city_code: code, city_zh: c.city_zh, city_en: c.city_en, region: c.region, year,
      gdp: null, gdp_real_growth: null, gdp_growth_csmar: null, gdp_per_capita: null,
      gdp_per_capita_csmar: null, gdp_per_capita_real_growth: null,
      primary_share: null, secondary_share: null, tertiary_share: null,
      primary_va: null, secondary_va: null, tertiary_va: null,
      population_registered: null, population_resident: null, population_census: null,
      employment: null, employment_primary_share: null, employment_secondary_share: null,
      employment_tertiary_share: null, flags: new Set(), sources: new Set(),
    };
    panel.set(k, r);
  }
  return r;
}

// CSMAR CRE_Gdpct
for (const s of readCsv('gd_city_gdp_csmar_1990_2021.csv')) {
  const r = rowFor(Number(s.Ctnm_id), Number(s.Sgnyea));
  if (r.city_zh !== s.city_zh) throw new Error(`name mismatch ${s.Ctnm_id}: ${s.city_zh}`);
  r.gdp = num(s.Gdpct01);
  r.primary_share = num(s.Gdpct02);
  r.secondary_share = num(s.Gdpct03);
  r.tertiary_share = num(s.Gdpct04);
  r.gdp_per_capita_csmar = num(s.GDP_PerCapita);
  r.gdp_per_capita = r.gdp_per_capita_csmar;
  r.gdp_growth_csmar = num(s.GDPYoY);
  r.gdp_real_growth = r.gdp_growth_csmar;
  r.primary_va = shift(num(s.GDP_PrimInd), 4);
  r.secondary_va = shift(num(s.GDP_SecInd), 4);
  r.tertiary_va = shift(num(s.GDP_TerInd), 4);
  r.sources.add(SRC_GDP);
}

// CSMAR CRE_Eplwagct
for (const s of readCsv('gd_city_population_employment_csmar_1990_2021.csv')) {
  const r = rowFor(Number(s.Ctnm_id), Number(s.Sgnyea));
  r.population_registered = num(s.Eect01);
  r.employment = num(s.Eect05);
  r.employment_primary_share = num(s.Eect08);
  r.employment_secondary_share = num(s.Eect09);
  r.employment_tertiary_share = num(s.Eect10);
  if ([r.population_registered, r.employment, r.employment_primary_share, r.employment_secondary_share,
    r.employment_tertiary_share].some((v) => v !== null)) r.sources.add(SRC_POP);
}

// Census (leiii/census): persons → 万人, exact with 4 decimals.
for (const s of readCsv('gd_city_census_2010_2020_leiii.csv')) {
  const code = Number(s.city_code);
  const r2020 = rowFor(code, 2020);
  r2020.population_census = shift(num(s.popu_2020), 4);
  r2020.sources.add(SRC_CENSUS);
  const r2010 = rowFor(code, 2010);
  r2010.population_census = shift(num(s.popu_2010), 4);
  r2010.sources.add(SRC_CENSUS);
  r2010.flags.add('census-2010-adjusted');
}

// Resident (常住) population from text sources (P1–P4): city rows only, years in the panel.
for (const s of readCsv('gd_city_resident_population_textsources.csv')) {
  const code = codeByZh.get(s.city_zh!);
  if (code === undefined) continue; // province / 9-city totals are facts, not city rows
  const year = Number(s.year);
  if (year > 2021) continue;
  const r = rowFor(code, year);
  const v = num(s.resident_pop_10k);
  if (r.population_resident !== null && r.population_resident !== v) {
    throw new Error(`conflicting resident population ${s.city_zh} ${year}`);
  }
  r.population_resident = v;
  r.sources.add(s.source_id!);
}

// Bulletin facts
const bulletin = readCsv('gd_city_bulletin_facts.csv');
const bulletinValue = (code: number, year: number, indicator: string): { value: number; id: string } | undefined => {
  const hits = bulletin.filter((b) => Number(b.city_code) === code && Number(b.year) === year && b.indicator === indicator);
  if (hits.length === 0) return undefined;
  const values = new Set(hits.map((h) => Number(h.value)));
  if (values.size > 1) throw new Error(`conflicting bulletin values ${code} ${year} ${indicator}`);
  return { value: Number(hits[0]!.value), id: hits.map((h) => h.source_id).join(';') };
};
for (const b of bulletin) {
  const code = Number(b.city_code);
  const year = Number(b.year);
  if (!cityByCode.has(code) || year > 2021) continue;
  const r = rowFor(code, year);
  const v = Number(b.value);
  if (b.indicator === 'resident_population_10k') {
    if (r.population_resident !== null && r.population_resident !== v) {
      throw new Error(`resident population conflict ${b.city_zh} ${year}: ${r.population_resident} vs ${v}`);
    }
    r.population_resident = v;
    r.sources.add(b.source_id!);
  } else if (b.indicator === 'gdp_per_capita_real_growth_pct') {
    r.gdp_per_capita_real_growth = v;
    r.sources.add(b.source_id!);
  }
}

// ---- known breaks and defects as flags
const GROWTH_FIX: Array<[number, number]> = [];
const MISASSIGNED = new Set([441900, 442000, 441600, 441700]);
for (const r of panel.values()) {
  if (r.year === 1992 || r.year === 1993) {
    if (r.gdp !== null) r.flags.add('gdp-urban-district');
  }
  if ((r.year === 1998 || r.year === 1999) && MISASSIGNED.has(r.city_code)) r.flags.add('gdp-misassigned-suspect');
  // per-capita: pre-census up to 2019; 2021 CSMAR withheld (bulletin where published)
  if (r.gdp_per_capita !== null && r.year <= 2019) r.flags.add('per-capita-pre-census');
  // 2001 per-capita values carry decimals and jump against 2002 in every city: another basis
  if (r.gdp_per_capita !== null && r.year === 2001) r.flags.add('per-capita-basis-2001');
  if (r.year === 2021) {
    const b = bulletinValue(r.city_code, 2021, 'gdp_per_capita_yuan');
    if (b) {
      r.gdp_per_capita = b.value;
      r.flags.add('per-capita-bulletin');
      r.flags.add('bulletin-value');
      r.sources.add(b.id);
    } else {
      r.gdp_per_capita = null;
      r.flags.add('per-capita-inconsistent');
    }
  }
  // growth: 2013 nominal for all cities; 汕头 2014 index; gaps filled from bulletins
  if (r.year === 2013) {
    const b = bulletinValue(r.city_code, 2013, 'gdp_real_growth_pct');
    r.flags.add('growth-nominal');
    if (b) {
      r.gdp_real_growth = b.value;
      r.flags.add('growth-bulletin');
      r.flags.add('bulletin-value');
      r.sources.add(b.id);
    } else {
      r.gdp_real_growth = null;
    }
  } else if (r.city_code === 440500 && r.year === 2014) {
    const b = bulletinValue(440500, 2014, 'gdp_real_growth_pct');
    if (!b || r.gdp_growth_csmar !== 109) throw new Error('汕头 2014 correction source missing');
    r.gdp_real_growth = b.value;
    r.flags.add('growth-index-corrected');
    r.sources.add(b.id);
    GROWTH_FIX.push([r.city_code, r.year]);
  } else if (r.gdp_real_growth === null) {
    const b = bulletinValue(r.city_code, r.year, 'gdp_real_growth_pct');
    if (b) {
      r.gdp_real_growth = b.value;
      r.flags.add('growth-bulletin');
      r.flags.add('bulletin-value');
      r.sources.add(b.id);
    }
  }
  if (r.population_resident !== null && r.year >= 2011 && r.year <= 2019) r.flags.add('resident-pre-census');
  // sector value added outside the published years: arithmetic on published numbers, flagged
  if (r.primary_va === null && r.secondary_va === null && r.tertiary_va === null && r.gdp !== null &&
    r.primary_share !== null && r.secondary_share !== null && r.tertiary_share !== null) {
    r.primary_va = round((r.gdp * r.primary_share) / 100, 4);
    r.secondary_va = round((r.gdp * r.secondary_share) / 100, 4);
    r.tertiary_va = round((r.gdp * r.tertiary_share) / 100, 4);
    r.flags.add('va-derived');
  }
}
// growth vs level consistency (rule documented in data/SOURCES.md)
for (const r of panel.values()) {
  const prev = panel.get(key(r.city_code, r.year - 1));
  if (!prev || prev.gdp === null || r.gdp === null || r.gdp_growth_csmar === null) continue;
  if (r.year === 2013 || r.flags.has('growth-index-corrected')) continue;
  const nominal = (r.gdp / prev.gdp - 1) * 100;
  if (Math.abs(r.gdp_growth_csmar - nominal) > 15) r.flags.add('growth-level-mismatch');
}

// Column and flag order come from the library, so the file and its loader cannot drift apart.
const FLAG_ORDER: readonly string[] = Object.keys(QUALITY_FLAGS);
const sortedFlags = (s: Set<string>): string => {
  for (const f of s) if (!FLAG_ORDER.includes(f)) throw new Error(`flag ${f} not in FLAG_ORDER`);
  return FLAG_ORDER.filter((f) => s.has(f)).join(';');
};
const SOURCE_ORDER = (a: string, b: string): number => {
  const rank = (x: string): number => (x.startsWith('CSMAR') ? 0 : x.startsWith('LEIII') ? 1 : 2);
  return rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true });
};
const panelRows = [...panel.values()]
  .sort((a, b) => a.city_code - b.city_code || a.year - b.year)
  .map((r) => ({
    ...r,
    flags: sortedFlags(r.flags),
    sources: [...new Set([...r.sources].flatMap((s) => s.split(';')))].sort(SOURCE_ORDER).join(';'),
  }));
writeCsv(join(dataDir, 'city-panel.csv'), CITY_PANEL_COLUMNS, panelRows);

// ---------------------------------------------------------------- province
const nbs = readCsv('china_province_gdp_nbs_1992_2020.csv');
const wiki = readCsv('gd_province_gdp_zhwiki_2006_2022.csv');
const years = new Set<number>([...nbs.map((r) => Number(r.year)), ...wiki.map((r) => Number(r.year))]);
const province = [...years].sort((a, b) => a - b).map((year) => {
  const n = nbs.find((r) => Number(r.year) === year);
  const w = wiki.find((r) => Number(r.year) === year);
  const gdpNbs = n ? num(n['广东省']) : null;
  const gdpWiki = w ? num(w.gdp_100m_cny) : null;
  const source = [n ? 'NBS-PROV' : null, w ? 'ZHWIKI-GD' : null].filter(Boolean).join(';');
  return {
    year,
    // Rule: zh.wikipedia (latest vintage, 2 decimals) where it exists (2006–2022), else NBS (1992–2005).
    gdp: gdpWiki ?? gdpNbs,
    gdp_real_growth: w ? num(w.gdp_real_growth_pct) : null,
    gdp_per_capita: w ? num(w.gdp_per_capita_cny) : null,
    gdp_per_capita_real_growth: w ? num(w.gdp_per_capita_real_growth_pct) : null,
    gdp_nbs: gdpNbs,
    gdp_source: gdpWiki !== null ? 'ZHWIKI-GD' : 'NBS-PROV',
    source,
  };
});
writeCsv(join(dataDir, 'province.csv'), PROVINCE_COLUMNS, province);

// ---------------------------------------------------------------- facts, copied verbatim
const COPIES: Array<[string, string]> = [
  ['gd_text_facts_macro.csv', 'facts/macro_text_facts.csv'],
  ['gd_city_bulletin_facts.csv', 'facts/city_bulletin_facts.csv'],
  ['gd_parks_aggregate_facts.csv', 'facts/park_aggregate_facts.csv'],
  ['gd_parks_events.csv', 'facts/park_events.csv'],
  ['gd_parks_sources.csv', 'facts/park_sources.csv'],
  ['gd_parks_meizhou_2016_scores.csv', 'facts/meizhou_park_scores_2016.csv'],
  ['gd_city_census_2010_2020_leiii.csv', 'facts/city_census_2010_2020.csv'],
  ['gd_city_resident_population_textsources.csv', 'facts/resident_population_text_sources.csv'],
  ['prd_manufacturing_output_share_of_gdp_2018_dlyj.csv', 'facts/prd_manufacturing_output_share_2018.csv'],
  ['china_province_gdp_nbs_1992_2020.csv', 'facts/province_gdp_nbs_1992_2020.csv'],
  ['gd_city_regions.csv', 'facts/city_regions.csv'],
  // Candidate facts of the second search (2026-11-29), each row with its source_type (graded in src/data/facts.ts)
  ['advanced_industry_city_series_a.csv', 'facts/advanced_industry_city_series_a.csv'],
  ['advanced_industry_city_series_b.csv', 'facts/advanced_industry_city_series_b.csv'],
  ['city_resident_population_bulletins.csv', 'facts/city_resident_population_bulletins.csv'],
  ['city_real_growth_bulletins.csv', 'facts/city_real_growth_bulletins.csv'],
  ['park_evaluations_more.csv', 'facts/park_evaluations_more.csv'],
  ['external/mexico_state_gdp_per_capita_1940_2000.csv', 'external/mexico_state_gdp_per_capita_1940_2000.csv'],
];
for (const [from, to] of COPIES) {
  mkdirSync(dirname(join(dataDir, to)), { recursive: true });
  copyFileSync(join(sourceDir, from), join(dataDir, to));
}

process.stdout.write(
  `built data/: ${cities.length} cities, ${panelRows.length} city-year rows, ${province.length} province years, ` +
    `${COPIES.length} fact files (from ${sourceDir})\n`,
);
