import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { parkCapture } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, collectWarnings, openQuiet } from './helpers.js';

describe('parkCapture', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('gives the share of output moved out of the PRD that landed in the listed parks', async () => {
    const t = await parkCapture(panel, ['P441600A', 'P441700A']);
    // moved out: 120 + 200 + 50 + 500 + 70 = 940; in the two parks: 120 + 200 + 70 = 390
    expect(t.objects()).toEqual([{ moves: 5, moves_in_parks: 3, output_moved: 940, output_in_parks: 390, share: 390 / 940 }]);
  });

  it("counts any park with 'any' and accepts park records", async () => {
    const any = await parkCapture(panel, 'any');
    expect(any.get('output_in_parks', 0)).toBe(890);
    const recs = await parkCapture(panel, Object.freeze([Object.freeze({ park_id: 'P441600A' })]));
    expect(recs.get('output_in_parks', 0)).toBe(320);
  });

  it('breaks down by year and keeps shares between 0 and 1', async () => {
    const t = await parkCapture(panel, ['P441600A', 'P441700A'], { by: ['year'] });
    expect(t.objects()).toEqual([
      { year: 2011, moves: 1, moves_in_parks: 0, output_moved: 500, output_in_parks: 0, share: 0 },
      { year: 2012, moves: 2, moves_in_parks: 2, output_moved: 320, output_in_parks: 320, share: 1 },
      { year: 2013, moves: 2, moves_in_parks: 1, output_moved: 120, output_in_parks: 70, share: 70 / 120 },
    ]);
  });

  it('gives a null share, with a warning, where no output moved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firms-capture-'));
    const f = join(dir, 'zero.csv');
    writeFileSync(f, 'firm_id,year,city_code,industry_code,industry_edition,output,park_id\n1,2015,440300,3911,2011,0,\n1,2016,441600,3911,2011,5,P1\n');
    const { panel: p } = await openQuiet(f);
    const { value, warnings } = await collectWarnings(() => parkCapture(p, ['P1']));
    expect(value.objects()).toEqual([{ moves: 1, moves_in_parks: 1, output_moved: 0, output_in_parks: 0, share: null }]);
    expect(warnings.map((w) => w.code)).toEqual(['park-capture-zero']);
    await p.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an empty park list and unknown keys', async () => {
    await expect(parkCapture(panel, [])).rejects.toBeInstanceOf(MeasureError);
    await expect(parkCapture(panel, ['x'], { by: ['industry' as never] })).rejects.toThrow(/not one of/);
  });
});
