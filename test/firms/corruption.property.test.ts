// Property: corrupt one cell or row of a valid firm register at random — a cell made
// non-numeric, scaled by 10⁴, emptied or deleted, a row duplicated — and openFirmPanel must
// answer with a typed DataError or an excluded-row example / warning naming that row; never
// with a result that looks unchanged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError } from '../../src/core/errors.js';
import type { DataWarning } from '../../src/core/warnings.js';
import { FIRM_CITIES } from '../../src/firms/cities.js';
import { openFirmPanel } from '../../src/firms/index.js';
import { collectWarnings } from './helpers.js';

const HEADER = ['firm_id', 'year', 'city_code', 'industry_code', 'industry_edition', 'output', 'employment'];
const dir = mkdtempSync(join(tmpdir(), 'firms-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A valid register: firms with 2–4 consecutive years, outputs 50–500 (a factor < 10 within a firm). */
const registerArb = fc
  .array(
    fc.record({
      years: fc.integer({ min: 2, max: 4 }),
      start: fc.integer({ min: 2000, max: 2015 }),
      cities: fc.array(fc.integer({ min: 0, max: FIRM_CITIES.length - 1 }), { minLength: 4, maxLength: 4 }),
      outputs: fc.array(fc.integer({ min: 50, max: 500 }), { minLength: 4, maxLength: 4 }),
    }),
    { minLength: 2, maxLength: 6 },
  )
  .map((firms) =>
    firms.flatMap((f, i) =>
      Array.from({ length: f.years }, (_, k) => [
        `F${i + 1}`, String(f.start + k), String(FIRM_CITIES[f.cities[k]!]!.city_code), 'C3911', '2011', String(f.outputs[k]), '10',
      ]),
    ),
  );

type Corruption = 'text' | 'scale' | 'empty' | 'delete' | 'duplicate';
const NUMERIC = [1, 2, 5]; // year, city_code, output

function corrupt(rows: string[][], kind: Corruption, r: number, c: number): string[][] {
  const out = rows.map((x) => [...x]);
  const row = out[r]!;
  if (kind === 'text') row[c] = 'abc';
  if (kind === 'scale') row[c] = String(Number(row[c]) * 1e4);
  if (kind === 'empty') row[c] = '';
  if (kind === 'delete') row.splice(c, 1);
  if (kind === 'duplicate') out.splice(r + 1, 0, [...row]);
  return out;
}

describe('openFirmPanel: random corruptions never pass unnoticed', () => {
  it('gives a DataError or a warning/example naming the corrupted row', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        registerArb,
        fc.constantFrom<Corruption>('text', 'scale', 'empty', 'delete', 'duplicate'),
        fc.nat(),
        fc.constantFrom(...NUMERIC),
        async (rows, kind, pick, c) => {
          const r = pick % rows.length;
          const bad = corrupt(rows, kind, r, c);
          const path = join(dir, `reg-${n++}.csv`);
          writeFileSync(path, [HEADER, ...bad].map((x) => x.join(',')).join('\n') + '\n');
          const row = r + 1; // 1-based data row of the corrupted line
          const { value, warnings } = await collectWarnings(() => openFirmPanel(path).then((p) => p, (e: unknown) => e));
          if (value instanceof DataError) {
            // a refused file names the corrupted row (or the file as a whole when nothing usable remains)
            if (value.code !== 'empty') expect(value.row).toBe(row);
            return;
          }
          expect(value).not.toBeInstanceOf(Error);
          const panel = value as Awaited<ReturnType<typeof openFirmPanel>>;
          try {
            const named = new Set<number>();
            for (const p of panel.report.problems) for (const e of p.examples) if (e.row !== undefined) named.add(e.row);
            for (const w of warnings as DataWarning[]) if (w.row !== undefined) named.add(w.row);
            expect(named.has(row), `${kind} at row ${row} col ${HEADER[c]}: problems ${JSON.stringify(panel.report.problems.map((p) => p.code))}`).toBe(true);
            expect(panel.report.rowsUsable).toBeLessThanOrEqual(bad.length);
            if (kind !== 'scale' || c !== 5) expect(panel.report.rowsUsable).toBeLessThan(bad.length);
          } finally {
            await panel.close();
          }
        },
      ),
      { numRuns: 40, seed: 20261129 },
    );
  }, 120_000);
});
