/**
 * `npm run bench`: runs every `bench/*.bench.ts` module in turn. Each module's default
 * export is an async function that prints its own results (rows/s, ns per unit).
 * Benchmarks, not tests: nothing here fails on time.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const f of files) {
  console.log(`\n== ${f}`);
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: () => Promise<void> };
  await mod.default();
}
