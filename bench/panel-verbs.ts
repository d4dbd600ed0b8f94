/**
 * The arquero-verb version of each panel table against its former hand-written loop, on the
 * SYNTHETIC panel of bench/panel-data.ts (not data). Each run is its own process; the two sides
 * alternate (verbs, loop, verbs, loop…); for each side it prints min / median / max of the wall
 * time and of the CPU time of the call (the machine is shared: CPU time is the steadier figure),
 * the ratio of the medians (verbs / loop) and the load average at the start and end of each case.
 * A benchmark, not a test: nothing fails on time. The rule (issue 11 §1): a loop stays only where
 * it is at least 3× faster than the verbs at a size users have (3,000 × 30).
 *
 * Usage: npx tsx bench/panel-verbs.ts [units,…] [runs] [case,…]
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const sizes = (process.argv[2] ?? '3000').split(',').map(Number);
const runs = Number(process.argv[3] ?? 5);
const cases = (process.argv[4] ?? 'regionShares').split(',');

interface Result { ms: number; cpu_ms: number; peak_mib: number; rows: number }
function run(name: string, side: string, units: number): Result {
  const r = spawnSync(process.execPath, [...process.execArgv, join(here, 'panel-verbs-case.ts'), name, side, String(units)], { encoding: 'utf8' });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`${name} ${side} failed: ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(line) as Result;
}
const q = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0]!, med: s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2, max: s[s.length - 1]! };
};
const fmt = (x: { min: number; med: number; max: number }) => `${x.min.toFixed(0)} / ${x.med.toFixed(0)} / ${x.max.toFixed(0)}`;

console.log(`SYNTHETIC panels; ${runs} runs per side, alternating; ms of the call, min / median / max`);
for (const units of sizes) {
  console.log(`\n== ${units.toLocaleString('en')} units × 30 years`);
  for (const name of cases) {
    const load0 = loadavg()[0]!;
    const v: Result[] = [];
    const l: Result[] = [];
    for (let k = 0; k < runs; k++) {
      v.push(run(name, 'verbs', units));
      l.push(run(name, 'loop', units));
    }
    const load1 = loadavg()[0]!;
    const [wv, wl, cv, cl] = [q(v.map((r) => r.ms)), q(l.map((r) => r.ms)), q(v.map((r) => r.cpu_ms)), q(l.map((r) => r.cpu_ms))];
    console.log(`${name.padEnd(22)} verbs wall ${fmt(wv)} cpu ${fmt(cv)} | loop wall ${fmt(wl)} cpu ${fmt(cl)} | ` +
      `verbs/loop wall ${(wv.med / wl.med).toFixed(2)}× cpu ${(cv.med / cl.med).toFixed(2)}× | rows ${v[0]!.rows}/${l[0]!.rows} | load ${load0.toFixed(1)}→${load1.toFixed(1)}`);
  }
}
