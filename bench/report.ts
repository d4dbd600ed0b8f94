/**
 * `npm run bench:report`: time of the whole report and of each notebook (tslab engine by default;
 * `npm run bench:report -- jupyter` for the Jupyter engine). Targets: whole report ≤ 60 s on
 * 2 cores, one notebook ≤ 10 s. A benchmark, not a test: nothing fails on time.
 * Output goes to bench/out/report/ (gitignored).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runReport } from '../src/report/runner.js';
import type { EngineName } from '../src/report/engine.js';

const WHOLE_TARGET = 60;
const NOTEBOOK_TARGET = 10;

/** Build the report once and print the timings against the targets. */
export default async function benchReport(engine: EngineName = 'tslab'): Promise<void> {
  const out = join(dirname(fileURLToPath(import.meta.url)), 'out', 'report');
  const lines: string[] = [];
  const r = await runReport({ out, engine, log: (l) => lines.push(l) });
  console.log(`engine ${engine}; output ${out}`);
  for (const l of lines.filter((x) => x.startsWith('build') || x.startsWith('start'))) console.log(l);
  console.log('notebook                       cells   seconds   target ≤ 10 s');
  for (const t of r.timings) {
    console.log(`${t.file.padEnd(30)} ${String(t.cells).padStart(5)} ${t.seconds.toFixed(2).padStart(9)}   ${t.seconds <= NOTEBOOK_TARGET ? 'ok' : 'OVER'}`);
  }
  for (const l of lines.filter((x) => x.startsWith('write'))) console.log(l);
  console.log(`whole report: ${r.seconds.toFixed(2)} s (target ≤ ${WHOLE_TARGET} s: ${r.seconds <= WHOLE_TARGET ? 'ok' : 'OVER'}), library build and converter start-up included`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const engine = (process.argv[2] ?? 'tslab') as EngineName;
  await benchReport(engine);
}
