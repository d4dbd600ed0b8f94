/**
 * `npm run bench:report`: time of the whole report, per phase and per notebook (tslab engine by
 * default; `npm run bench:report -- jupyter` for the Jupyter engine).
 *
 * Phases (from the runner's progress lines): library build (only when dist/ is stale), the
 * notebooks (with the cell-conversion cache: `warm` reuses every conversion; `cold` runs on an
 * empty cache, as after a fresh clone), figures, index.html (with the WOFF2 font subsets),
 * report.docx, Chromium's launch (in parallel with figures/HTML/DOCX, so not on the critical path)
 * and report.pdf. Targets: warm report ≤ 12 s, cold ≤ 25 s on 2 cores. A benchmark, not a test:
 * nothing fails on time. The machine load (1-minute average) is printed with the numbers.
 *
 * Usage: `npm run bench:report [-- tslab|jupyter] [-- --cold]`. Output goes to bench/out/report/
 * (gitignored); `--cold` uses an empty cell cache under bench/out/cell-cache-cold/.
 */
import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReport } from '../src/report/runner.js';
import type { EngineName } from '../src/report/engine.js';

const WARM_TARGET = 12;
const COLD_TARGET = 25;
const NOTEBOOK_TARGET = 10;

/** Build the report once and print the timings per phase against the targets. */
export default async function benchReport(engine: EngineName = 'tslab', cold = false): Promise<void> {
  const here = dirname(fileURLToPath(import.meta.url));
  const out = join(here, 'out', 'report');
  const coldCache = join(here, 'out', 'cell-cache-cold');
  if (cold) rmSync(coldCache, { recursive: true, force: true });
  const lines: string[] = [];
  const load = loadavg()[0]!.toFixed(2);
  const r = await runReport({ out, engine, log: (l) => lines.push(l), ...(cold ? { cacheDir: coldCache } : {}) });
  const seconds = (l: string) => Number(/([\d.]+) s$/.exec(l)?.[1] ?? NaN);
  console.log(`engine ${engine}; ${cold ? 'cold (empty cell cache)' : 'warm (cell cache as left by earlier runs)'}; output ${out}`);
  console.log(`load average at start ${load}, at end ${loadavg()[0]!.toFixed(2)} (2 cores; shared machines make timings noisy)`);
  console.log('\nphase                                                  seconds');
  const phase = (name: string, s: number) => console.log(`${name.padEnd(52)} ${s.toFixed(2).padStart(9)}`);
  for (const l of lines.filter((x) => x.startsWith('build') || x.startsWith('start   tslab'))) phase(l.replace(/\s+[\d.]+ s$/, ''), seconds(l));
  phase('notebooks (sum)', r.timings.reduce((a, t) => a + t.seconds, 0));
  for (const l of lines.filter((x) => x.startsWith('cache'))) console.log(`  ${l}`);
  for (const l of lines.filter((x) => x.startsWith('write') || x.startsWith('start   Chromium'))) phase(l.replace(/\s+[\d.]+ s$/, ''), seconds(l));
  console.log('\nnotebook                       cells   seconds   target ≤ 10 s');
  for (const t of r.timings) {
    console.log(`${t.file.padEnd(30)} ${String(t.cells).padStart(5)} ${t.seconds.toFixed(2).padStart(9)}   ${t.seconds <= NOTEBOOK_TARGET ? 'ok' : 'OVER'}`);
  }
  const target = cold ? COLD_TARGET : WARM_TARGET;
  console.log(`\nwhole report: ${r.seconds.toFixed(2)} s (${cold ? 'cold' : 'warm'} target ≤ ${target} s: ${r.seconds <= target ? 'ok' : 'OVER'}), library build included when dist/ was stale`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const engine = (args.find((a) => !a.startsWith('--')) ?? 'tslab') as EngineName;
  await benchReport(engine, args.includes('--cold'));
}
