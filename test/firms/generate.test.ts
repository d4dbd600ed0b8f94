import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { clusteredMoves, detectRelocations, outputMovedOut, relocationFlows } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { generateFirmPanel, syntheticName } from '../../src/firms/generate.js';
import type { GenerateFirmPanelResult } from '../../src/firms/generate.js';
import { openQuiet } from './helpers.js';

interface Planted { firm_id: string; year: number; origin: number; destination: number; kind: string }

async function readPlanted(file: string): Promise<Planted[]> {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const r = await c.runAndReadAll(
    `SELECT CAST(firm_id AS VARCHAR) AS firm_id, year, origin, destination, kind FROM read_csv('${file}', types = {'firm_id': 'VARCHAR'}) ORDER BY firm_id, year`,
  );
  const rows = r.getRowObjectsJS().map((o) => ({
    firm_id: String(o.firm_id), year: Number(o.year), origin: Number(o.origin), destination: Number(o.destination), kind: String(o.kind),
  }));
  c.closeSync();
  db.closeSync();
  return rows;
}

describe('generateFirmPanel (SYNTHETIC)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'firms-gen-'));
  let gen: GenerateFirmPanelResult;
  let planted: Planted[];
  let panel: FirmPanel;
  beforeAll(async () => {
    gen = await generateFirmPanel({ rows: 20_005, out: join(dir, 'firms.parquet'), seed: 7, truthOut: join(dir, 'planted.csv'), threads: 1 });
    planted = await readPlanted(join(dir, 'planted.csv'));
    ({ panel } = await openQuiet(gen.file));
  });
  afterAll(async () => {
    await panel.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('labels everything it writes as synthetic', () => {
    expect(gen.file).toBe(join(dir, 'firms.synthetic.parquet'));
    expect(existsSync(gen.file)).toBe(true);
    const meta = JSON.parse(readFileSync(gen.metaFile, 'utf8')) as { notice: string; synthetic: boolean };
    expect(meta.notice).toMatch(/^SYNTHETIC DATA/);
    expect(meta.synthetic).toBe(true);
    expect(panel.synthetic).toBe(true);
    expect(panel.report.warnings.map((w) => w.code)).toContain('synthetic-data');
    expect(syntheticName('a/b.csv')).toBe(join('a', 'b.synthetic.csv'));
    expect(syntheticName('a/my-synthetic.csv')).toBe('a/my-synthetic.csv');
  });

  it('writes exactly the requested rows, all usable, with city sizes from the bundled panel', () => {
    expect(gen.rows).toBe(20_005);
    expect(gen.firms).toBe(2001);
    expect(panel.report.rowsUsable).toBe(20_005);
    expect(panel.report.problems).toEqual([]);
    expect(gen.citySizes).toMatch(/2019 GDP/);
  });

  it('detects exactly the relocations it planted (individual, chain, intra-PRD and second moves)', async () => {
    const moves = await detectRelocations(panel);
    const detected = (moves.objects() as Planted[]).map((m) => `${m.firm_id}|${m.year}|${m.origin}|${m.destination}`).sort();
    const expected = planted.map((p) => `${p.firm_id}|${p.year}|${p.origin}|${p.destination}`).sort();
    expect(gen.plantedMoves).toBe(planted.length);
    expect(new Set(planted.map((p) => p.kind))).toEqual(new Set(['out', 'chain', 'intra', 'second']));
    expect(detected).toEqual(expected);
  });

  it('keeps each firm in one harmonised division across the 2002 → 2011 edition switch', async () => {
    const t = await panel.query(`
      WITH h AS (
        SELECT f.firm_id, COALESCE(m3.division_2017, m2.division_2017) AS d
        FROM firms f
        LEFT JOIN gbt4754_map m3 ON m3.edition = f.industry_edition AND m3.prefix = substr(f.industry_code, 1, 3)
        LEFT JOIN gbt4754_map m2 ON m2.edition = f.industry_edition AND m2.prefix = substr(f.industry_code, 1, 2))
      SELECT CAST(count(*) AS INTEGER) AS firms, CAST(sum(CASE WHEN n > 1 OR has_null THEN 1 ELSE 0 END) AS INTEGER) AS bad
      FROM (SELECT firm_id, count(DISTINCT d) AS n, bool_or(d IS NULL) AS has_null FROM h GROUP BY firm_id)`);
    expect(t.objects()).toEqual([{ firms: 2001, bad: 0 }]);
  });

  it('puts planted chain members that moved together into clustered groups', async () => {
    const chain = planted.filter((p) => p.kind === 'chain');
    const { members } = await clusteredMoves(panel, { window: 0, sameDestination: true, industryLevel: 2 });
    const inGroups = new Set(members.array('firm_id') as string[]);
    const byKey = new Map<string, string[]>();
    const moves = await detectRelocations(panel);
    const division = new Map((moves.objects() as { firm_id: string; year: number; industry_division: string }[]).map((m) => [`${m.firm_id}|${m.year}`, m.industry_division]));
    for (const p of chain) {
      const k = `${p.origin}|${p.destination}|${p.year}|${division.get(`${p.firm_id}|${p.year}`)}`;
      byKey.set(k, [...(byKey.get(k) ?? []), p.firm_id]);
    }
    const together = [...byKey.values()].filter((ids) => ids.length >= 2).flat();
    expect(together.length).toBeGreaterThan(0);
    for (const id of together) expect(inGroups.has(id)).toBe(true);
  });

  it('agrees with itself: flows and output moved out add up to the detected moves', async () => {
    const moves = await detectRelocations(panel, { from: 'PRD', to: ['East', 'West', 'North'], year: [2009, 2017] });
    const flows = await relocationFlows(panel, { by: ['origin'], from: 'PRD', to: ['East', 'West', 'North'], year: [2009, 2017] });
    const out = await outputMovedOut(panel, { year: [2009, 2017] });
    const total = (moves.array('output_before') as number[]).reduce((a, b) => a + b, 0);
    const flowTotal = (flows.array('output_moved') as number[]).reduce((a, b) => a + b, 0);
    const outTotal = (out.array('output_moved_out') as number[]).reduce((a, b) => a + b, 0);
    expect(flowTotal).toBeCloseTo(total, 6);
    expect(outTotal).toBeCloseTo(total, 6);
  });

  it('is deterministic for a seed and differs across seeds', async () => {
    const a = await generateFirmPanel({ rows: 3000, out: join(dir, 'a.parquet'), seed: 3, truthOut: join(dir, 'a.csv'), threads: 2 });
    const b = await generateFirmPanel({ rows: 3000, out: join(dir, 'b.parquet'), seed: 3, truthOut: join(dir, 'b.csv'), threads: 1 });
    const c = await generateFirmPanel({ rows: 3000, out: join(dir, 'c.parquet'), seed: 4, truthOut: join(dir, 'c.csv') });
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe(readFileSync(join(dir, 'b.csv'), 'utf8'));
    const sum = async (f: string): Promise<unknown> => {
      const { panel: p } = await openQuiet(f);
      const t = await p.query('SELECT sum(output) AS s, sum(city_code * year) AS k FROM firms');
      await p.close();
      return t.objects();
    };
    expect(await sum(a.file)).toEqual(await sum(b.file));
    expect(await sum(a.file)).not.toEqual(await sum(c.file));
  });

  it('refuses out-of-range options', async () => {
    await expect(generateFirmPanel({ rows: 0, out: join(dir, 'x.parquet') })).rejects.toBeInstanceOf(MeasureError);
    await expect(generateFirmPanel({ rows: 10, out: join(dir, 'x.parquet'), pPark: 0.9, pLocalPark: 0.2 })).rejects.toThrow(/pPark/);
  });
});
