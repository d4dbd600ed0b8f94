/**
 * The seeded SYNTHETIC firm-panel generator (`npm run gen:firms`). No real firm-level
 * microdata are public in this project's reach, so tests and benchmarks run on a made-up
 * panel shaped like an industrial-enterprise panel. Everything it writes says SYNTHETIC: the
 * file name (`*.synthetic.parquet`), a `data_origin = 'SYNTHETIC'` column, Parquet key-value
 * metadata `synthetic = true`, and a `<file>.meta.json` sidecar.
 * @module
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { MeasureError } from '../core/errors.js';
import { loadGuangdongPanel } from '../data/panel.js';
import type { Region } from '../data/schema.js';
import { FIRM_CITIES } from './cities.js';
import { duckdb, loadSql, queryRows, renderSql, sqlString } from './engine.js';

/** Options of {@link generateFirmPanel}. */
export interface GenerateFirmPanelOptions {
  /** Number of firm-year rows (exact). */
  rows: number;
  /** Output file (.parquet or .csv); `.synthetic` is inserted into the name when missing. */
  out: string;
  /** PRNG seed (default 2011). */
  seed?: number;
  /** First year (default 2008). */
  firstYear?: number;
  /** Years per firm (default 10: 2008–2017). */
  years?: number;
  /** Also write the planted relocations (firm_id, year, origin, destination, kind) here. */
  truthOut?: string;
  /** Share of PRD firms that move out on their own (default 0.03). */
  pMove?: number;
  /** Share of (home city, division, chain) keys whose chain moves together (default 0.04). */
  pChain?: number;
  /** Share of a moving chain's firms that go along (default 0.6). */
  pMember?: number;
  /** Share of PRD firms that move to another PRD city (default 0.005). */
  pIntra?: number;
  /** Share of out-movers that move a second time (default 0.1). */
  pAgain?: number;
  /** Share of moves out landing in a provincial transfer park (default 0.55). */
  pPark?: number;
  /** Share landing in a local (non-provincial) park (default 0.15). */
  pLocalPark?: number;
  /** DuckDB threads (default: all cores). */
  threads?: number;
}

/** What {@link generateFirmPanel} wrote. */
export interface GenerateFirmPanelResult {
  /** The data file actually written (its name contains `synthetic`). */
  file: string;
  /** The JSON sidecar describing it. */
  metaFile: string;
  rows: number;
  firms: number;
  seed: number;
  firstYear: number;
  years: number;
  /** Relocations planted and observable in the file. */
  plantedMoves: number;
  /** Ids of the synthetic provincial transfer parks (input for parkCapture). */
  provincialParks: string[];
  /** How home-city sizes were set. */
  citySizes: string;
  /** Always true. */
  synthetic: true;
}

/** Illustrative (not estimated) industry mix by region: GB/T 4754-2011 division → weight. */
export const SYNTHETIC_INDUSTRY_MIX: Readonly<Record<Region, Readonly<Record<number, number>>>> = Object.freeze({
  PRD: { 39: 20, 38: 12, 33: 6, 29: 7, 18: 6, 17: 4, 19: 4, 21: 4, 24: 4, 26: 5, 34: 5, 35: 4, 36: 5, 30: 3, 13: 2, 14: 2, 22: 3, 23: 2, 27: 2, 40: 2 },
  East: { 18: 18, 17: 15, 24: 14, 19: 8, 29: 8, 39: 8, 30: 8, 13: 6, 14: 5, 38: 5, 33: 5 },
  West: { 25: 12, 26: 14, 13: 14, 30: 12, 31: 10, 32: 6, 22: 6, 20: 6, 38: 6, 33: 6, 14: 8 },
  North: { 30: 18, 32: 14, 31: 10, 13: 10, 20: 10, 26: 8, 38: 8, 39: 6, 33: 6, 22: 5, 18: 5 },
});

/** The file name with `.synthetic` before its extension, unless it already says synthetic. */
export function syntheticName(path: string): string {
  const base = basename(path);
  if (/synthetic/i.test(base)) return path;
  const ext = extname(base);
  return join(dirname(path), `${base.slice(0, base.length - ext.length)}.synthetic${ext}`);
}

function citySizes(): { shares: Map<number, number>; label: string } {
  const t = loadGuangdongPanel({ from: 2019, to: 2019 });
  const rows = t.objects() as { city_code: number; gdp: number | null }[];
  const shares = new Map<number, number>();
  let total = 0;
  for (const r of rows) {
    if (r.gdp !== null && r.gdp > 0) {
      shares.set(r.city_code, r.gdp);
      total += r.gdp;
    }
  }
  if (shares.size !== FIRM_CITIES.length) {
    return { shares: new Map(FIRM_CITIES.map((c) => [c.city_code, 1 / FIRM_CITIES.length])), label: 'equal (2019 GDP incomplete in the bundled panel)' };
  }
  for (const [k, v] of shares) shares.set(k, v / total);
  return { shares, label: '2019 GDP shares of the bundled city panel (data/city-panel.csv)' };
}

function cumulative<T>(items: readonly T[], weight: (t: T) => number): { item: T; lo: number; hi: number }[] {
  const total = items.reduce((s, t) => s + weight(t), 0);
  let acc = 0;
  return items.map((item, i) => {
    const lo = acc / total;
    acc += weight(item);
    return { item, lo, hi: i === items.length - 1 ? 1.0000001 : acc / total };
  });
}

function check(name: string, v: number, lo: number, hi: number, integer = false): void {
  if (!Number.isFinite(v) || v < lo || v > hi || (integer && !Number.isInteger(v))) {
    throw new MeasureError('out-of-domain', 'generateFirmPanel', `${name} must be ${integer ? 'an integer ' : ''}in [${lo}, ${hi}], got ${v}`, { argument: name });
  }
}

/**
 * Write a SYNTHETIC firm-year panel generated inside DuckDB (range() + integer hashing, no
 * JavaScript objects per row), deterministic for a seed and the pinned DuckDB version.
 *
 * Structure: firms are balanced over `years` (firm n has rows n·years … n·years+years−1 of
 * the first `rows`); home cities drawn by 2019 GDP share of the bundled panel; 2011-edition
 * manufacturing divisions drawn by an illustrative regional mix; log-normal output (median
 * 5 000 万元, σ = 1) growing 2–12 % a year with noise; employment from output. Relocation
 * process from the PRD: individual moves out (pMove), chains — firms of one home city,
 * division and chain number moving the same year to the same city and park (pChain,
 * pMember) — moves inside the PRD (pIntra) and second moves (pAgain). Moves out land in a
 * provincial park `SYN-PARK-<city>-<1|2>` (pPark), a local park `SYN-LOCAL-<city>`
 * (pLocalPark) or none. Industry codes before 2012 are written in GB/T 4754-2002 (so the
 * crosswalk is exercised), from 2012 in the 2011 edition. Output in 万元, employment in persons.
 *
 * @throws {MeasureError} when an option is out of range.
 * @example
 * ```ts
 * const r = await generateFirmPanel({ rows: 10_000, out: 'firms.parquet', seed: 1 });
 * r.file; // 'firms.synthetic.parquet'
 * ```
 */
export async function generateFirmPanel(options: GenerateFirmPanelOptions): Promise<GenerateFirmPanelResult> {
  const rows = options.rows;
  const seed = options.seed ?? 2011;
  const firstYear = options.firstYear ?? 2008;
  const years = options.years ?? 10;
  check('rows', rows, 1, 2e9, true);
  check('seed', seed, 0, 2 ** 31 - 1, true);
  check('firstYear', firstYear, 1990, 2100, true);
  check('years', years, 2, 60, true);
  const p = {
    p_move: options.pMove ?? 0.03,
    p_chain: options.pChain ?? 0.04,
    p_member: options.pMember ?? 0.6,
    p_intra: options.pIntra ?? 0.005,
    p_again: options.pAgain ?? 0.1,
    p_park: options.pPark ?? 0.55,
    p_local_park: options.pLocalPark ?? 0.15,
  };
  for (const [k, v] of Object.entries(p)) check(k, v, 0, 1);
  if (p.p_park + p.p_local_park > 1) check('pPark + pLocalPark', p.p_park + p.p_local_park, 0, 1);
  const file = syntheticName(options.out);
  const format = /\.csv$/i.test(file) ? 'csv' : 'parquet';
  const firms = Math.ceil(rows / years);
  const sizes = citySizes();

  const config: Record<string, string> = {};
  if (options.threads !== undefined) config.threads = String(options.threads);
  const instance = await duckdb().DuckDBInstance.create(':memory:', config);
  const conn = await instance.connect();
  try {
    const cities = cumulative(FIRM_CITIES, (c) => sizes.shares.get(c.city_code) ?? 0);
    await conn.run(
      `CREATE TEMP TABLE gen_city (city_code INTEGER, region VARCHAR, idx INTEGER, lo DOUBLE, hi DOUBLE);
       INSERT INTO gen_city VALUES ${cities.map((c, i) => `(${c.item.city_code}, ${sqlString(c.item.region)}, ${i}, ${c.lo}, ${c.hi})`).join(', ')};`,
    );
    const ind: string[] = [];
    for (const region of ['PRD', 'East', 'West', 'North'] as const) {
      const mix = Object.entries(SYNTHETIC_INDUSTRY_MIX[region]).map(([d, w]) => ({ d: Number(d), w }));
      for (const c of cumulative(mix, (m) => m.w)) ind.push(`(${sqlString(region)}, ${c.item.d}, ${c.lo}, ${c.hi})`);
    }
    await conn.run(`CREATE TEMP TABLE gen_industry (region VARCHAR, division INTEGER, lo DOUBLE, hi DOUBLE); INSERT INTO gen_industry VALUES ${ind.join(', ')};`);
    const dest = FIRM_CITIES.filter((c) => c.region !== 'PRD');
    const destCum = cumulative(dest, () => 1);
    await conn.run(
      `CREATE TEMP TABLE gen_dest (city_code INTEGER, idx INTEGER, lo DOUBLE, hi DOUBLE);
       INSERT INTO gen_dest VALUES ${destCum.map((c, i) => `(${c.item.city_code}, ${i}, ${c.lo}, ${c.hi})`).join(', ')};
       CREATE TEMP TABLE gen_prd (city_code INTEGER, idx INTEGER);
       INSERT INTO gen_prd VALUES ${FIRM_CITIES.filter((c) => c.region === 'PRD').map((c, i) => `(${c.city_code}, ${i})`).join(', ')};`,
    );
    const params = {
      seed, firms, years, rows, first_year: firstYear, ...p,
      chains_per_key: 200, median_output: 5000, sigma: 1, productivity: 50, n_dest: dest.length,
    };
    await conn.run(renderSql(loadSql('generate.sql'), params));
    const target = sqlString(file);
    if (format === 'parquet') {
      await conn.run(
        `COPY (SELECT * FROM gen_panel ORDER BY firm_id, year) TO ${target}
         (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000,
          KV_METADATA {synthetic: 'true', generator: 'prd-restructuring gen:firms', seed: '${seed}', rows: '${rows}'})`,
      );
    } else {
      await conn.run(`COPY (SELECT * FROM gen_panel ORDER BY firm_id, year) TO ${target} (FORMAT csv, HEADER)`);
    }
    const truthSql = renderSql(loadSql('generate-truth.sql'), { years, first_year: firstYear, rows });
    const planted = Number((await queryRows(conn, `SELECT CAST(count(*) AS DOUBLE) AS n FROM (${truthSql})`))[0]?.n ?? 0);
    if (options.truthOut) {
      const fmt = /\.csv$/i.test(options.truthOut) ? '(FORMAT csv, HEADER)' : '(FORMAT parquet)';
      await conn.run(`COPY (SELECT * FROM (${truthSql}) ORDER BY firm_id, year) TO ${sqlString(options.truthOut)} ${fmt}`);
    }
    const provincialParks = dest.flatMap((c) => [`SYN-PARK-${c.city_code}-1`, `SYN-PARK-${c.city_code}-2`]);
    const result: GenerateFirmPanelResult = {
      file, metaFile: `${file}.meta.json`, rows, firms, seed, firstYear, years, plantedMoves: planted,
      provincialParks, citySizes: sizes.label, synthetic: true,
    };
    writeFileSync(
      result.metaFile,
      JSON.stringify({ notice: 'SYNTHETIC DATA — generated by prd-restructuring gen:firms; describes no real firm', ...result, parameters: params }, null, 2) + '\n',
    );
    return result;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
