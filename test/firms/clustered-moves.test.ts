import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { clusteredMoves } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, openQuiet } from './helpers.js';

describe('clusteredMoves', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('groups the two Shenzhen electronics firms that moved to Heyuan together', async () => {
    const { groups, members, unmapped } = await clusteredMoves(panel, { window: 1, sameDestination: true, industryLevel: 2 });
    expect(unmapped).toBe(0);
    expect(groups.objects()).toEqual([
      { group_id: '440300-441600-39-2012', origin: 440300, destination: 441600, destinations: 1, industry: '39', year_start: 2012, year_end: 2012, firms: 2, output_moved: 320, employment_moved: 32 },
    ]);
    expect(members.array('firm_id')).toEqual(['1', '2']);
  });

  it('chains moves of one origin and section across destinations within the window', async () => {
    // 东莞: firm 4 (section C, 2011, to 惠州) and firm 3 (C, 2013, to 梅州): two years apart
    const narrow = await clusteredMoves(panel, { window: 1, sameDestination: false, industryLevel: 1, from: 441900 });
    expect(narrow.groups.numRows()).toBe(0);
    const wide = await clusteredMoves(panel, { window: 2, sameDestination: false, industryLevel: 1, from: 441900 });
    expect(wide.groups.objects()).toEqual([
      { group_id: '441900-0-C-2011', origin: 441900, destination: null, destinations: 2, industry: 'C', year_start: 2011, year_end: 2013, firms: 2, output_moved: 130, employment_moved: 13 },
    ]);
  });

  it('refuses a bad window, level or minimum group size', async () => {
    await expect(clusteredMoves(panel, { window: -1 })).rejects.toBeInstanceOf(MeasureError);
    await expect(clusteredMoves(panel, { industryLevel: 3 as never })).rejects.toThrow(/industryLevel/);
    await expect(clusteredMoves(panel, { minFirms: 1 })).rejects.toThrow(/minFirms/);
  });
});
