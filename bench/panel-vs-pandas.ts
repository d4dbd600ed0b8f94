/**
 * Panel tables against pandas doing the same work (bench/panel_pandas.py), on the SYNTHETIC
 * panel of bench/panel-data.ts (not data). Each run is its own process; the two sides alternate
 * (node, pandas, node, pandas…); for each side it prints min / median / max over the runs of
 * the computation time (the call only: building or reading the panel is not counted) and of the
 * process's peak memory, the ratio of the medians, the machine's load average at the start and
 * end of each case, and whether the two sides gave the same answers (counts equal, sums to 1e-9
 * relative). A benchmark, not a test: nothing fails on time.
 *
 * Usage: npx tsx bench/panel-vs-pandas.ts [units,…] [runs] [case,…]
 *   e.g. npx tsx bench/panel-vs-pandas.ts 21,3000,100000 5
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES } from './panel-case.js';
import { syntheticPanel, writePanelCsv } from './panel-data.js';

const here = dirname(fileURLToPath(import.meta.url));
const OUT = join(here, 'out');
const PY = process.env.PYTHON ?? '/usr/bin/python3';
const sizes = (process.argv[2] ?? '3000,100000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 5);
const cases = process.argv[4] ? process.argv[4].split(',') : Object.keys(CASES);

interface Result { ms: number; peak_mib: number; answer: Record<string, number>; engine: string }

function run(cmd: string, args: string[]): Result | string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) return `failed (exit ${r.status}): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`;
  return JSON.parse(line) as Result;
}

const q = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, med: s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2, max: s[s.length - 1]! };
};
const fmt = (x: { min: number; med: number; max: number }, d = 0) => `${x.min.toFixed(d)} / ${x.med.toFixed(d)} / ${x.max.toFixed(d)}`;

function same(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k];
    const y = b[k];
    if (x === undefined || y === undefined) return false;
    if (k.endsWith('_sum') ? Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y)) : x !== y) return false;
  }
  return true;
}

mkdirSync(OUT, { recursive: true });
console.log(`SYNTHETIC panels; ${runs} runs per side, alternating; times = the computation only (ms), min / median / max; peak = process peak RSS (MiB)`);
for (const units of sizes) {
  const csv = join(OUT, `panel-${units}x30.synthetic.csv`);
  if (!existsSync(csv)) writePanelCsv(csv, syntheticPanel(units));
  console.log(`\n== ${units.toLocaleString('en')} units × 30 years`);
  for (const name of cases) {
    const load0 = loadavg()[0]!;
    const node: Result[] = [];
    const py: Result[] = [];
    let failure = '';
    for (let k = 0; k < runs && !failure; k++) {
      const a = run(process.execPath, [...process.execArgv, join(here, 'panel-case.ts'), name, String(units)]);
      const b = run(PY, [join(here, 'panel_pandas.py'), name, csv]);
      if (typeof a === 'string') failure = `node ${a}`;
      else node.push(a);
      if (typeof b === 'string') failure ||= `pandas ${b}`;
      else py.push(b);
    }
    const load1 = loadavg()[0]!;
    if (failure) {
      console.log(`${name.padEnd(24)} ${failure}`);
      continue;
    }
    const tn = q(node.map((r) => r.ms));
    const tp = q(py.map((r) => r.ms));
    const mn = q(node.map((r) => r.peak_mib));
    const mp = q(py.map((r) => r.peak_mib));
    const ok = same(node[0]!.answer, py[0]!.answer);
    console.log(`${name.padEnd(24)} node ${fmt(tn)} ms | pandas ${fmt(tp)} ms | median ratio ${(tn.med / tp.med).toFixed(2)}× | ` +
      `peak node ${fmt(mn)} / pandas ${fmt(mp)} MiB | load ${load0.toFixed(1)}→${load1.toFixed(1)} | ${ok ? 'same answers' : 'DIFFERENT answers'}`);
    if (!ok) console.log(`  node ${JSON.stringify(node[0]!.answer)}\n  pandas ${JSON.stringify(py[0]!.answer)}`);
  }
}
