/**
 * `npm run bench:firms` — a benchmark, not a test: nothing here fails on time.
 *
 * 1. Firm level (DuckDB, src/firms): generates (or reuses, cached in bench/out/) a SYNTHETIC
 *    panel of FIRMS_ROWS firm-years (default 10,000,000), then times openFirmPanel (read +
 *    validate), detectRelocations (from the PRD), relocationFlows (origin × destination ×
 *    industry × year) and outputMovedOut, on the Parquet file and on a CSV copy; reports
 *    rows/s and peak memory (VmHWM). Then runs bench/firms_pandas.py under /usr/bin/python3
 *    on the CSV copy (Debian's pandas has no Parquet engine), checks the answers agree and
 *    prints the time ratios.
 * 2. Panel measures (arquero, src/panel): growthGapTable by city and by region on SYNTHETIC
 *    3,000 × 30 and 100,000 × 30 city-like panels vs bench/panel_pandas.py.
 *
 * Environment: FIRMS_ROWS (default 10000000), FIRMS_SKIP_CSV=1 (no CSV copy: skips the
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

async function firmLevel(): Promise<void> {
  // Generation and the CSV copy run in a child process so that the peak memory below is the
  // analysis's own.
  const prep = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'prepare'], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (prep.status !== 0) throw new Error(`preparing the synthetic panel failed (exit ${prep.status})`);
  const { parquet, csv } = JSON.parse(prep.stdout.trim().split('\n').pop()!) as { parquet: string; csv: string };
  console.log(prep.stdout.trim().split('\n').slice(0, -1).join('\n'));
  console.log(`\n== firm level: ${ROWS.toLocaleString('en')} SYNTHETIC firm-years (load average ${loadavg().map((x) => x.toFixed(1)).join(' ')})`);
  const duck = await runDuckDB(parquet);
  const hwmParquet = vmHWM();
  const print = (label: string, r: { seconds: Record<string, number> }, hwm?: number): void => {
    const x = r.seconds;
    console.log(
      `${label}: open+validate ${fmt(x.open_validate!)}, detect ${fmt(x.detect!)}, flows ${fmt(x.flows!)}, output moved out ${fmt(x.output_moved_out!)}` +
        ` | compute ${fmt(x.compute!)}, total ${fmt(x.total!)} = ${(ROWS / x.total! / 1e6).toFixed(2)} M rows/s${hwm !== undefined ? `, peak ${mib(hwm)}` : ''}`,
    );
  };
  print('DuckDB  parquet', duck, hwmParquet);
  console.log(`  answers: ${duck.answers.moves_from_prd} moves from the PRD, ${duck.answers.flow_cells} flow cells, output moved out ${duck.answers.output_moved_out.reduce((a, b) => a + b, 0).toFixed(1)} (万元, synthetic)`);
  let duckCsv: Awaited<ReturnType<typeof runDuckDB>> | undefined;
  if (process.env.FIRMS_SKIP_CSV !== '1') {
    duckCsv = await runDuckDB(csv);
    print('DuckDB  csv    ', duckCsv, vmHWM());
    const d = sameAnswers(duck.answers, duckCsv.answers);
    console.log(d.length ? `  DIFFERENT answers parquet vs csv: ${d.join('; ')}` : '  same answers on parquet and csv');
  }
  if (process.env.FIRMS_SKIP_CSV === '1') {
    console.log('CSV copy, DuckDB-on-CSV and pandas skipped (FIRMS_SKIP_CSV=1)');
    return;
  }
  if (!pandasAvailable()) {
    console.log(`pandas side skipped: ${PY} cannot import pandas. Install it with: apt-get install -y python3-pandas`);
    return;
  }
  const ctx = join(OUT, 'firms-context.json');
  writeFileSync(ctx, JSON.stringify({
    cities: FIRM_CITIES.map((c) => c.city_code),
    prd: FIRM_CITIES.filter((c) => c.region === 'PRD').map((c) => c.city_code),
    rules: GBT4754_RULES,
    years: [2009, 2017],
  }));
  const r = spawnSync(PY, [join(here, 'firms_pandas.py'), csv, ctx], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    console.log(`pandas run failed (exit ${r.status}): ${r.stderr.slice(-2000)}`);
    return;
  }
  const py = JSON.parse(r.stdout.trim().split('\n').pop()!) as { engine: string; seconds: Record<string, number>; peak_mib: number; answers: Answers };
  const p = py.seconds;
  console.log(
    `${py.engine} csv: read_csv ${fmt(p.read_csv!)}, validate ${fmt(p.validate!)}, detect ${fmt(p.detect!)}, flows ${fmt(p.flows!)}, output moved out ${fmt(p.output_moved_out!)}` +
      ` | compute ${fmt(p.compute!)}, total ${fmt(p.total!)} = ${(ROWS / p.total! / 1e6).toFixed(2)} M rows/s, peak ${mib(py.peak_mib)}`,
  );
  const d = sameAnswers(duck.answers, py.answers);
  console.log(d.length ? `  DIFFERENT answers DuckDB vs pandas: ${d.join('; ')}` : '  same answers in DuckDB and pandas');
  console.log(`ratio pandas(csv) / DuckDB(parquet), end to end: ${(p.total! / duck.seconds.total!).toFixed(1)}×`);
  if (duckCsv) console.log(`ratio pandas(csv) / DuckDB(csv), end to end: ${(p.total! / duckCsv.seconds.total!).toFixed(1)}×`);
  console.log(`ratio pandas / DuckDB, relocation + flows + output moved out only (data already loaded): ${(
    (p.detect! + p.flows! + p.output_moved_out!) / duck.seconds.compute!
  ).toFixed(1)}×`);
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

if (process.argv[2] !== 'prepare' && process.argv[2] !== 'panel') console.log('All data in this benchmark are SYNTHETIC (seeded generator); times are from this machine.');
const only = process.argv[2];
setWarningHandler(() => {});
if (only === 'prepare') {
  const r = await ensurePanel();
  console.log(JSON.stringify(r));
} else {
  if (only !== 'panel') await firmLevel();
  if (only === 'panel') await panelLevel();
  else if (only !== 'firms') {
    // A fresh process, so that its peak memory is the panel measures' own.
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'panel'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`panel benchmark failed (exit ${r.status})`);
  }
}
