/**
 * `npm run gen:firms -- --rows 10000000 --out firms.parquet [--seed 2011] [--first-year 2008]
 * [--years 10] [--truth planted.parquet]` — write a SYNTHETIC firm panel (see generate.ts).
 */
import { generateFirmPanel } from './generate.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const rows = Number(arg('rows') ?? '100000');
const out = arg('out');
if (!out) {
  process.stderr.write('usage: npm run gen:firms -- --rows 10000000 --out <file.parquet|file.csv> [--seed N] [--first-year 2008] [--years 10] [--truth <planted.parquet>]\n');
  process.exit(2);
}
const num = (k: string): number | undefined => (arg(k) === undefined ? undefined : Number(arg(k)));
const t0 = performance.now();
const truth = arg('truth');
const seed = num('seed');
const firstYear = num('first-year');
const years = num('years');
const r = await generateFirmPanel({
  rows,
  out,
  ...(seed !== undefined ? { seed } : {}),
  ...(firstYear !== undefined ? { firstYear } : {}),
  ...(years !== undefined ? { years } : {}),
  ...(truth !== undefined ? { truthOut: truth } : {}),
});
const s = (performance.now() - t0) / 1000;
process.stdout.write(
  `SYNTHETIC firm panel: ${r.rows} rows, ${r.firms} firms, ${r.plantedMoves} planted relocations\n` +
    `  file: ${r.file}\n  meta: ${r.metaFile}\n  city sizes: ${r.citySizes}\n  ${s.toFixed(1)} s\n`,
);
