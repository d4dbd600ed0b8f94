/**
 * `npx tsx bench/read-panel.ts` — a benchmark, not a test: nothing here fails on time.
 *
 * Times readPanel (parse + validate + build the arquero table, `cities: 'any'`) on a SYNTHETIC
 * city-like CSV of UNITS × 30 rows (default 3,000 × 30 = 90,000 rows, bench/synthetic-panel.ts)
 * against pandas.read_csv on the same file under /usr/bin/python3. Each side runs in its own
 * process, BENCH_RUNS times (default 5), alternating; the wall time and the CPU time (user +
 * system of the whole process, all threads: Node's GC helpers, pandas' one thread) are measured
 * inside the process around the read alone (start-up and imports excluded on both sides) and
 * printed as min / median / max with the load average. On a shared machine the CPU time is the
 * steadier figure.
 *
 * Environment: UNITS (default 3000), BENCH_RUNS (default 5).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setWarningHandler } from '../src/core/warnings.js';
import { readPanel } from '../src/data/read-panel.js';
import { cityPanelCsv, syntheticCityPanel } from './synthetic-panel.js';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const PY = '/usr/bin/python3';
const PANDAS = `
import sys, time
import pandas as pd
t = time.perf_counter()
c = time.process_time()
df = pd.read_csv(sys.argv[1])
print(time.perf_counter() - t, len(df), time.process_time() - c)
`;

const median = (xs: number[]): number => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length % 2 ? v[(v.length - 1) / 2]! : (v[v.length / 2 - 1]! + v[v.length / 2]!) / 2;
};
const stats = (xs: number[]): string =>
  `min ${Math.min(...xs).toFixed(3)} / median ${median(xs).toFixed(3)} / max ${Math.max(...xs).toFixed(3)}`;

if (process.argv[2] === 'case') {
  setWarningHandler(() => {});
  const c = process.cpuUsage();
  const t = performance.now();
  const table = await readPanel(process.argv[3]!, { cities: 'any' });
  const wall = (performance.now() - t) / 1000;
  const cpu = process.cpuUsage(c);
  console.log(`${wall} ${table.numRows()} ${(cpu.user + cpu.system) / 1e6}`);
} else {
  const units = Number(process.env.UNITS ?? 3000);
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  mkdirSync(OUT, { recursive: true });
  const csv = join(OUT, `read-panel-${units}x30.synthetic.csv`);
  writeFileSync(csv, cityPanelCsv(syntheticCityPanel(units, 30)));
  console.log(`readPanel vs pandas.read_csv on a SYNTHETIC ${units.toLocaleString('en')} × 30 city-like CSV; ${runs} runs each, alternating, each in its own process`);
  const ours: number[] = [];
  const pandas: number[] = [];
  const oursCpu: number[] = [];
  const pandasCpu: number[] = [];
  const loads: number[] = [];
  const rows = new Set<string>();
  for (let k = 0; k < runs; k++) {
    const sides = k % 2 === 0 ? ['ours', 'pandas'] : ['pandas', 'ours'];
    for (const side of sides) {
      loads.push(loadavg()[0]!);
      const r = side === 'ours'
        ? spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'case', csv], { encoding: 'utf8' })
        : spawnSync(PY, ['-c', PANDAS, csv], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${side} failed (exit ${r.status}): ${r.stderr.slice(-1500)}`);
      const [sec, n, cpu] = r.stdout.trim().split('\n').pop()!.split(' ');
      rows.add(`${side}:${n}`);
      (side === 'ours' ? ours : pandas).push(Number(sec));
      (side === 'ours' ? oursCpu : pandasCpu).push(Number(cpu));
    }
  }
  console.log(`load average (1 min) before each run: ${stats(loads)}`);
  console.log(`readPanel         wall ${stats(ours)} s, CPU ${stats(oursCpu)} s`);
  console.log(`pandas.read_csv   wall ${stats(pandas)} s, CPU ${stats(pandasCpu)} s`);
  console.log(`rows: ${[...rows].join(', ')}`);
  console.log(`ratio of medians readPanel / pandas: wall ${(median(ours) / median(pandas)).toFixed(1)}×, CPU ${(median(oursCpu) / median(pandasCpu)).toFixed(1)}× (below 2 meets the goal of issue 14)`);
}
