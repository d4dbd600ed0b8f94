import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { outputMovedOut, transferRecords } from '../../src/firms/index.js';
import { allocateTransferRewards } from '../../src/parks/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, openQuiet } from './helpers.js';

describe('outputMovedOut', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('gives every PRD city a row, with the output that left it for the other regions', async () => {
    const t = await outputMovedOut(panel, { year: [2011, 2013] });
    expect(t.array('city_code')).toEqual([440100, 440300, 440400, 440600, 441300, 441900, 442000, 440700, 441200]);
    expect(t.array('output_moved_out')).toEqual([500, 320, 0, 0, 0, 50, 70, 0, 0]);
    expect(t.array('firms')).toEqual([1, 2, 0, 0, 0, 1, 1, 0, 0]);
    expect(t.array('employment_moved_out')).toEqual([50, 32, 0, 0, 0, 5, 7, 0, 0]);
  });

  it('counts a single year and leaves moves inside the PRD out by default', async () => {
    const t = await outputMovedOut(panel, { year: 2011 });
    // firm 4 (东莞 → 惠州, 2011) stays inside the PRD and is not a transfer out
    expect(t.array('output_moved_out')).toEqual([500, 0, 0, 0, 0, 0, 0, 0, 0]);
    const all = await outputMovedOut(panel, { year: 2011, to: ['PRD', 'East', 'West', 'North'] });
    expect(all.get('output_moved_out', 5)).toBe(80);
  });

  it('turns into transfer records that allocateTransferRewards (src/parks) accepts', async () => {
    const recs = transferRecords(await outputMovedOut(panel, { year: [2011, 2013] }));
    expect(recs[1]).toEqual({ city: '深圳', city_code: 440300, outputMoved: 320 });
    const result = allocateTransferRewards(94, recs);
    // 940 moved out in total: 广州 500, 深圳 320, 东莞 50, 中山 70 → a fund of 94 splits 50/32/5/7
    expect(result.allocations.filter((a) => a.amount > 0).map((a) => [a.city, a.amount])).toEqual([
      ['广州', 50], ['深圳', 32], ['东莞', 5], ['中山', 7],
    ]);
  });

  it('needs a year', async () => {
    await expect(outputMovedOut(panel, {} as never)).rejects.toBeInstanceOf(MeasureError);
  });
});
