// Property: corrupt one cell or row of a valid city-year panel file at random — a cell made
// non-numeric, scaled by 10⁴, deleted (the row becomes ragged), a row duplicated — and
// readPanel must answer with a typed DataError or a warning naming that row.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DataError } from '../../src/core/errors.js';
import { setWarningHandler, type DataWarning } from '../../src/core/warnings.js';
import { loadGuangdongPanel } from '../../src/data/panel.js';
import { readPanel } from '../../src/data/read-panel.js';

const dir = mkdtempSync(join(tmpdir(), 'panel-prop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let previous: ReturnType<typeof setWarningHandler>;
beforeEach(() => {
  previous = setWarningHandler(() => undefined);
});
afterEach(() => {
  setWarningHandler(previous);
});

const COLUMNS = ['city_code', 'year', 'gdp', 'population_resident'] as const;
// Bundled rows with both values present (the valid files are drawn from these).
const bundled = (loadGuangdongPanel({ from: 2005 }).objects() as Record<string, unknown>[])
  .filter((r) => typeof r.gdp === 'number' && typeof r.population_resident === 'number')
  .map((r) => COLUMNS.map((c) => String(r[c])));

type Corruption = 'text' | 'scale' | 'delete' | 'duplicate';

describe('readPanel: random corruptions never pass unnoticed', () => {
  it('gives a DataError or a warning naming the corrupted row', async () => {
    expect(bundled.length).toBeGreaterThan(40);
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat({ max: bundled.length - 1 }), { minLength: 2, maxLength: 12 }),
        fc.constantFrom<Corruption>('text', 'scale', 'delete', 'duplicate'),
        fc.nat(),
        fc.constantFrom(1, 2, 3), // year, gdp, population_resident
        async (picks, kind, pick, c) => {
          const rows = picks.map((i) => [...bundled[i]!]);
          const r = pick % rows.length;
          const row = rows[r]!;
          if (kind === 'text') row[c] = 'abc';
          if (kind === 'scale') row[c] = String(Number(row[c]) * 1e4);
          if (kind === 'delete') row.splice(c, 1);
          if (kind === 'duplicate') rows.splice(r + 1, 0, [...row]);
          const path = join(dir, `panel-${n++}.csv`);
          writeFileSync(path, [COLUMNS.join(','), ...rows.map((x) => x.join(','))].join('\n') + '\n');
          const warnings: DataWarning[] = [];
          const got = await readPanel(path, { onWarning: (w) => warnings.push(w) }).then((t) => t, (e: unknown) => e);
          const target = kind === 'duplicate' ? r + 2 : r + 1;
          if (got instanceof DataError) {
            expect(got.row, `${kind} col ${COLUMNS[c]}: ${got.message}`).toBe(target);
            return;
          }
          expect(got).not.toBeInstanceOf(Error);
          expect(warnings.map((w) => w.row), `${kind} col ${COLUMNS[c]}: no warning`).toContain(target);
        },
      ),
      { numRuns: 60, seed: 20261129 },
    );
  }, 120_000);
});
