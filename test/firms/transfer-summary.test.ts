import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firmTransferSummary } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, openQuiet } from './helpers.js';

describe('firmTransferSummary', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('gives the small panel’s answers as typed rows (README of the fixture)', async () => {
    const s = await firmTransferSummary(panel, { years: [2011, 2013] });
    expect(s.movedOut.map((r) => [r.city_zh, r.output_moved_out, r.firms])).toEqual([
      ['广州', 500, 1], ['深圳', 320, 2], ['珠海', 0, 0], ['佛山', 0, 0], ['惠州', 0, 0], ['东莞', 50, 1], ['中山', 70, 1], ['江门', 0, 0], ['肇庆', 0, 0],
    ]);
    expect(s.corridors[0]!.value).toBe(500);
    expect(s.corridors.find((l) => l.origin === '深圳' && l.destination === '河源')?.value).toBe(320);
    expect(s.clusters.map((c) => [c.group_id, c.firms, c.output_moved])).toEqual([['440300-441600-39-2012', 2, 320]]);
    expect(s.capture).not.toBeNull();
    expect(s.capture!.output_moved).toBe(940);
    expect(s.capture!.share).toBeGreaterThanOrEqual(0);
  });
});
