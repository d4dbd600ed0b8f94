/**
 * `npm run bench:firms` — a benchmark, not a test: nothing here fails on time.
 *
 * 1. Firm level (DuckDB, src/firms): generates (or reuses, cached in bench/out/) a SYNTHETIC
 *    panel of FIRMS_ROWS firm-years (default 10,000,000), then times openFirmPanel (read +
 *    validate), detectRelocations (from the PRD), relocationFlows (origin × destination ×
 *    industry × year) and outputMovedOut, on the Parquet file and on a CSV copy; reports
 *    peak memory (VmHWM), and runs bench/firms_pandas.py under /usr/bin/python3 on the CSV
 *    copy (Debian's pandas has no Parquet engine). Each case runs in its own process,
 *    BENCH_RUNS times (default 5) in rotated order; min / median / max and the load average
 *    are printed, the answers of every run compared.
 * 2. Panel measures (arquero, src/panel): growthGapTable by city and by region on SYNTHETIC
 *    3,000 × 30 and 100,000 × 30 city-like panels vs bench/panel_pandas.py.
 *
 * Environment: FIRMS_ROWS (default 10000000), BENCH_RUNS (default 5), FIRMS_SKIP_CSV=1 (no CSV copy: skips the
 * DuckDB-on-CSV run and pandas), PANEL_SIZES (default "3000,100000").
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import * as aq from 'arquero';
import { setWarningHandler } from '../src/core/warnings.js';
import { FIRM_CITIES } from '../src/firms/cities.js';
import { generateFirmPanel } from '../src/firms/generate.js';
import { GBT4754_RULES, detectRelocations, openFirmPanel, outputMovedOut, relocationFlows } from '../src/firms/index.js';
import { growthGapTable } from '../src/panel/index.js';
import { syntheticCityPanel } from './synthetic-panel.js';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const PY = '/usr/bin/python3';
const ROWS = Number(process.env.FIRMS_ROWS ?? 10_000_000);
const SEED = 2011;
const GEN_VERSION = 'gen-v2';

function vmHWM(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  return process.memoryUsage().rss / 2 ** 20;
}

const fmt = (s: number): string => `${s.toFixed(2)} s`;
const mib = (m: number): string => `${m.toFixed(0)} MiB`;

function pandasAvailable(): boolean {
  const r = spawnSync(PY, ['-c', 'import pandas'], { encoding: 'utf8' });
  return r.status === 0;
}

async function ensurePanel(): Promise<{ parquet: string; csv: string; parks: string[] }> {
  mkdirSync(OUT, { recursive: true });
  const parquet = join(OUT, `firms-${ROWS}-s${SEED}.synthetic.parquet`);
  const csv = parquet.replace(/\.parquet$/, '.csv');
  const metaFile = `${parquet}.meta.json`;
  let meta: { version?: string; provincialParks?: string[] } = {};
  if (existsSync(metaFile)) meta = JSON.parse(readFileSync(metaFile, 'utf8')) as typeof meta;
  if (!existsSync(parquet) || meta.version !== GEN_VERSION) {
    const t = performance.now();
    const r = await generateFirmPanel({ rows: ROWS, out: parquet, seed: SEED });
    writeFileSync(metaFile, JSON.stringify({ ...JSON.parse(readFileSync(metaFile, 'utf8')), version: GEN_VERSION }, null, 2));
    meta = { version: GEN_VERSION, provincialParks: r.provincialParks };
    console.log(`generated ${r.rows} SYNTHETIC firm-years (${r.plantedMoves} planted moves) in ${fmt((performance.now() - t) / 1000)} → ${parquet}`);
  } else {
    console.log(`reusing ${parquet}`);
  }
  if (!existsSync(csv) && process.env.FIRMS_SKIP_CSV !== '1') {
    const t = performance.now();
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(`COPY (SELECT * FROM read_parquet('${parquet}')) TO '${csv}' (FORMAT csv, HEADER)`);
    c.closeSync();
    db.closeSync();
    console.log(`wrote the CSV copy in ${fmt((performance.now() - t) / 1000)} → ${csv}`);
  }
  return { parquet, csv, parks: meta.provincialParks ?? [] };
}

interface Answers {
  rows_read: number;
  rows_usable: number;
  moves_from_prd: number;
  output_from_prd: number;
  flow_cells: number;
  flow_output: number;
  output_moved_out: number[];
}

async function runDuckDB(file: string): Promise<{ seconds: Record<string, number>; answers: Answers }> {
  const s: Record<string, number> = {};
  let t = performance.now();
  const lap = (k: string): void => {
    const now = performance.now();
    s[k] = (now - t) / 1000;
    t = now;
  };
  const panel = await openFirmPanel(file);
  lap('open_validate');
  const moves = await detectRelocations(panel, { from: 'PRD' });
  lap('detect');
  const flows = await relocationFlows(panel, { by: ['origin', 'destination', 'industry', 'year'], from: 'PRD' });
  lap('flows');
  const [y0, y1] = panel.years;
  const out = await outputMovedOut(panel, { year: [y0 + 1, y1] });
  lap('output_moved_out');
  s.compute = s.detect! + s.flows! + s.output_moved_out!;
  s.total = s.open_validate! + s.compute;
  const sumOf = (tb: aq.ColumnTable, c: string): number => (tb.array(c) as number[]).reduce((a, b) => a + b, 0);
  const answers: Answers = {
    rows_read: panel.report.rowsRead,
    rows_usable: panel.report.rowsUsable,
    moves_from_prd: moves.numRows(),
    output_from_prd: sumOf(moves, 'output_before'),
    flow_cells: flows.numRows(),
    flow_output: sumOf(flows, 'output_moved'),
    output_moved_out: out.array('output_moved_out') as number[],
  };
  await panel.close();
  return { seconds: s, answers };
}

function sameAnswers(a: Answers, b: Answers): string[] {
  const diffs: string[] = [];
  const close = (x: number, y: number): boolean => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  for (const k of ['rows_read', 'rows_usable', 'moves_from_prd', 'flow_cells'] as const) if (a[k] !== b[k]) diffs.push(`${k}: ${a[k]} vs ${b[k]}`);
  for (const k of ['output_from_prd', 'flow_output'] as const) if (!close(a[k], b[k])) diffs.push(`${k}: ${a[k]} vs ${b[k]}`);
  a.output_moved_out.forEach((x, i) => {
    if (!close(x, b.output_moved_out[i] ?? Number.NaN)) diffs.push(`output_moved_out[${i}]: ${x} vs ${b.output_moved_out[i]}`);
  });
  return diffs;
}

type CaseName = 'duckdb-parquet' | 'duckdb-csv' | 'pandas-csv';
interface CaseResult { seconds: Record<string, number>; answers: Answers; peak_mib: number; engine: string }

/** One case, in this (child) process: prints one JSON line. */
async function runCase(name: CaseName, file: string): Promise<void> {
  const r = await runDuckDB(file);
  console.log(JSON.stringify({ ...r, peak_mib: vmHWM(), engine: name }));
}

function spawnCase(name: CaseName, files: { parquet: string; csv: string }, ctx: string): CaseResult {
  const r = name === 'pandas-csv'
    ? spawnSync(PY, [join(here, 'firms_pandas.py'), files.csv, ctx], { encoding: 'utf8', maxBuffer: 1 << 24 })
    : spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'case', name, name === 'duckdb-csv' ? files.csv : files.parquet],
      { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as CaseResult;
}

const stats = (xs: number[]): string => {
  const v = [...xs].sort((a, b) => a - b);
  const med = v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  return `min ${fmt(v[0]!)} / median ${fmt(med)} / max ${fmt(v[v.length - 1]!)}`;
};

async function firmLevel(): Promise<void> {
  // Generation and the CSV copy run in a child process so that the peak memory below is the
  // analysis's own.
  const prep = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'prepare'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (prep.status !== 0) throw new Error(`preparing the synthetic panel failed (exit ${prep.status})`);
  const files = JSON.parse(prep.stdout.trim().split('\n').pop()!) as { parquet: string; csv: string };
  console.log(prep.stdout.trim().split('\n').slice(0, -1).join('\n'));
  const ctx = join(OUT, 'firms-context.json');
  writeFileSync(ctx, JSON.stringify({
    cities: FIRM_CITIES.map((c) => c.city_code),
    prd: FIRM_CITIES.filter((c) => c.region === 'PRD').map((c) => c.city_code),
    rules: GBT4754_RULES,
    years: [2009, 2017],
  }));
  const cases: CaseName[] = ['duckdb-parquet'];
  if (process.env.FIRMS_SKIP_CSV !== '1') {
    cases.push('duckdb-csv');
    if (pandasAvailable()) cases.push('pandas-csv');
    else console.log(`pandas side skipped: ${PY} cannot import pandas. Install it with: apt-get install -y python3-pandas`);
  }
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  console.log(`\n== firm level: ${ROWS.toLocaleString('en')} SYNTHETIC firm-years; ${runs} runs, each case in its own process, order rotated every run`);
  const results = new Map<CaseName, CaseResult[]>(cases.map((c) => [c, []]));
  const loads: number[] = [];
  for (let k = 0; k < runs; k++) {
    const order = cases.map((_, i) => cases[(i + k) % cases.length]!);
    for (const c of order) {
      loads.push(loadavg()[0]!);
      results.get(c)!.push(spawnCase(c, files, ctx));
    }
  }
  console.log(`load average (1 min) before each run: ${stats(loads).replace(/ s/g, '')}`);
  for (const c of cases) {
    const rs = results.get(c)!;
    const total = rs.map((r) => r.seconds.total!);
    const first = rs[0]!.seconds;
    const phases = c === 'pandas-csv'
      ? `read_csv ${fmt(first.read_csv!)}, validate ${fmt(first.validate!)}`
      : `open+validate ${fmt(first.open_validate!)}`;
    console.log(`${c.padEnd(15)} total ${stats(total)} (first run: ${phases}, detect ${fmt(first.detect!)}, flows ${fmt(first.flows!)}, output moved out ${fmt(first.output_moved_out!)}), peak ${mib(Math.max(...rs.map((r) => r.peak_mib)))}`);
  }
  const ref = results.get('duckdb-parquet')![0]!.answers;
  for (const c of cases) {
    for (const r of results.get(c)!) {
      const d = sameAnswers(ref, r.answers);
      if (d.length) console.log(`  DIFFERENT answers ${c} vs duckdb-parquet: ${d.join('; ')}`);
    }
  }
  console.log('  answers compared across every run and case');
  const med = (c: CaseName): number => {
    const v = results.get(c)!.map((r) => r.seconds.total!).sort((a, b) => a - b);
    return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
  };
  if (results.has('pandas-csv')) {
    console.log(`ratio of medians pandas(csv) / DuckDB(parquet): ${(med('pandas-csv') / med('duckdb-parquet')).toFixed(2)}×`);
    console.log(`ratio of medians pandas(csv) / DuckDB(csv): ${(med('pandas-csv') / med('duckdb-csv')).toFixed(2)}× (above 1 = DuckDB faster)`);
  }
}

async function panelLevel(): Promise<void> {
  const sizes = (process.env.PANEL_SIZES ?? '3000,100000').split(',').map(Number);
  for (const units of sizes) {
    console.log(`\n== panel measures: growthGapTable on a SYNTHETIC ${units.toLocaleString('en')} × 30 panel (load average ${loadavg().map((v) => v.toFixed(1)).join(' ')})`);
    const cols = syntheticCityPanel(units, 30);
    const table = aq.table(cols);
    const csv = join(OUT, `panel-${units}x30.synthetic.csv`);
    await (async () => {
      const names = Object.keys(cols);
      const lines = [names.join(',')];
      const n = cols.year!.length;
      for (let i = 0; i < n; i++) lines.push(names.map((c) => (cols[c]![i] === null ? '' : String(cols[c]![i]))).join(','));
      writeFileSync(csv, lines.join('\n') + '\n');
    })();
    const prev = setWarningHandler(() => {});
    let t = performance.now();
    const byCity = growthGapTable(table, { by: 'city' });
    const tCity = (performance.now() - t) / 1000;
    t = performance.now();
    const byRegion = growthGapTable(table, { by: 'region' });
    const tRegion = (performance.now() - t) / 1000;
    setWarningHandler(prev);
    const gaps = (tb: aq.ColumnTable): number[] => (tb.array('gap_pp') as (number | null)[]).filter((v): v is number => v !== null);
    const cityGaps = gaps(byCity);
    const regionGaps = gaps(byRegion);
    const ours = {
      city_gaps: cityGaps.length,
      city_gap_sum: cityGaps.reduce((a, b) => a + b, 0),
      region_gaps: regionGaps.length,
      region_gap_sum: regionGaps.reduce((a, b) => a + b, 0),
    };
    console.log(`arquero growthGapTable: by city ${fmt(tCity)}, by region ${fmt(tRegion)}, peak ${mib(vmHWM())}`);
    if (!pandasAvailable()) {
      console.log(`pandas side skipped: install it with: apt-get install -y python3-pandas`);
      continue;
    }
    const r = spawnSync(PY, [join(here, 'panel_pandas.py'), csv], { encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) {
      console.log(`pandas run failed: ${r.stderr.slice(-1500)}`);
      continue;
    }
    const py = JSON.parse(r.stdout.trim().split('\n').pop()!) as { engine: string; seconds: Record<string, number>; peak_mib: number; answers: typeof ours };
    console.log(`${py.engine}: by city ${fmt(py.seconds.by_city!)}, by region ${fmt(py.seconds.by_region!)} (read_csv ${fmt(py.seconds.read_csv!)} not counted), peak ${mib(py.peak_mib)}`);
    const ok =
      ours.city_gaps === py.answers.city_gaps &&
      ours.region_gaps === py.answers.region_gaps &&
      Math.abs(ours.city_gap_sum - py.answers.city_gap_sum) <= 1e-6 * Math.max(1, Math.abs(ours.city_gap_sum)) &&
      Math.abs(ours.region_gap_sum - py.answers.region_gap_sum) <= 1e-6 * Math.max(1, Math.abs(ours.region_gap_sum));
    console.log(ok ? '  same answers (gap counts and sums)' : `  DIFFERENT answers: ours ${JSON.stringify(ours)} vs pandas ${JSON.stringify(py.answers)}`);
    console.log(`ratio arquero / pandas: by city ${(tCity / py.seconds.by_city!).toFixed(1)}×, by region ${(tRegion / py.seconds.by_region!).toFixed(1)}× (above 1 = pandas faster)`);
  }
}

if (process.argv[2] !== 'prepare' && process.argv[2] !== 'panel' && process.argv[2] !== 'case') console.log('All data in this benchmark are SYNTHETIC (seeded generator); times are from this machine.');
const only = process.argv[2];
setWarningHandler(() => {});
if (only === 'prepare') {
  const r = await ensurePanel();
  console.log(JSON.stringify(r));
} else if (only === 'case') {
  await runCase(process.argv[3] as CaseName, process.argv[4]!);
} else {
  if (only !== 'panel') await firmLevel();
  if (only === 'panel') await panelLevel();
  else if (only !== 'firms') {
    // A fresh process, so that its peak memory is the panel measures' own.
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'panel'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`panel benchmark failed (exit ${r.status})`);
  }
}
