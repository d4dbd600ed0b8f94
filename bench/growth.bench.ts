/**
 * Benchmark: the six panel tables (growthGapTable and structureTable by city and by region,
 * regionShares, disparityTable, convergenceTable, transferTable) on generated panels (synthetic
 * numbers — not data; bench/panel-data.ts): 3,000 units × 30 years (90,000 city-year rows, mean of 3 runs after a
 * warm-up) and 100,000 units × 30 years (3,000,000 rows, one run per function, each in its own
 * process so that its peak resident memory can be read). Prints rows per second and peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as aq from 'arquero';
import { setWarningHandler } from '../src/core/warnings.js';
import { CASES as PANEL_CASES } from './panel-case.js';
import { syntheticPanel } from './panel-data.js';

const UNITS = 3000;
const LARGE_UNITS = 100_000;
const YEARS = 30;

/** The SYNTHETIC panel of bench/panel-data.ts (also the one bench/panel-vs-pandas.ts compares with pandas). */
function generate(units = UNITS): aq.ColumnTable {
  return aq.table(syntheticPanel(units));
}

function time(label: string, rows: number, fn: () => unknown): void {
  fn(); // warm-up
  const runs = 3;
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) fn();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((rows / ms) * 1000).toLocaleString('en-US').padStart(12)} rows/s`);
}

const CASES: Record<string, (t: aq.ColumnTable) => unknown> = PANEL_CASES;

const MiB = 1024 * 1024;

/** Child process: generate the large panel, run one case once, print JSON {ms, cpuMs, inputRss, peakRss} (RSS in bytes). */
function child(label: string): void {
  setWarningHandler(() => {});
  const t = generate(LARGE_UNITS);
  const inputRss = process.resourceUsage().maxRSS * 1024;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  CASES[label]!(t);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, inputRss, peakRss: process.resourceUsage().maxRSS * 1024 }));
}

function large(): void {
  const rows = LARGE_UNITS * YEARS;
  console.log(`panel: ${LARGE_UNITS} units × ${YEARS} years = ${rows} rows (synthetic), one run each in a fresh process`);
  for (const label of Object.keys(CASES)) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--growth-bench-child', label], { encoding: 'utf8' });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) {
      console.log(`${label.padEnd(38)} failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
      continue;
    }
    const { ms, cpuMs, inputRss, peakRss } = JSON.parse(line) as { ms: number; cpuMs: number; inputRss: number; peakRss: number };
    console.log(`${label.padEnd(38)} ${ms.toFixed(0).padStart(6)} ms  ${Math.round((rows / ms) * 1000).toLocaleString('en-US').padStart(12)} rows/s` +
      `  (CPU ${cpuMs.toFixed(0)} ms)  peak RSS ${(peakRss / MiB).toFixed(0).padStart(5)} MiB (input panel alone ${(inputRss / MiB).toFixed(0)} MiB)`);
  }
}

export default async function bench(): Promise<void> {
  const prev = setWarningHandler(() => {});
  try {
    const t = generate();
    const rows = t.numRows();
    console.log(`panel: ${UNITS} units × ${YEARS} years = ${rows} rows (synthetic)`);
    for (const [label, fn] of Object.entries(CASES)) time(label, rows, () => fn(t));
  } finally {
    setWarningHandler(prev);
  }
  large();
}

const at = process.argv.indexOf('--growth-bench-child');
if (at >= 0) child(process.argv[at + 1]!);
