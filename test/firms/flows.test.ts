import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasureError } from '../../src/core/errors.js';
import { relocationFlowLinks, relocationFlows } from '../../src/firms/index.js';
import type { FirmPanel } from '../../src/firms/index.js';
import { SMALL, openQuiet } from './helpers.js';

describe('relocationFlows', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('sums firms, output and employment moved by region pair', async () => {
    const t = await relocationFlows(panel, { by: ['origin_region', 'destination_region'] });
    expect(t.objects()).toEqual([
      { origin_region: 'North', destination_region: 'PRD', firms: 1, output_moved: 450, employment_moved: 45 },
      { origin_region: 'PRD', destination_region: 'North', firms: 4, output_moved: 870, employment_moved: 87 },
      { origin_region: 'PRD', destination_region: 'PRD', firms: 1, output_moved: 80, employment_moved: 8 },
      { origin_region: 'PRD', destination_region: 'West', firms: 1, output_moved: 70, employment_moved: 7 },
    ]);
  });

  it('breaks down by origin, destination, industry and year', async () => {
    const t = await relocationFlows(panel, { by: ['origin', 'destination', 'industry', 'year'], from: 'PRD', to: 'North' });
    expect(t.objects()).toEqual([
      { origin: 440100, destination: 441800, industry: '36', year: 2011, firms: 1, output_moved: 500, employment_moved: 50 },
      { origin: 440300, destination: 441600, industry: '39', year: 2012, firms: 2, output_moved: 320, employment_moved: 32 },
      { origin: 441900, destination: 441400, industry: '18', year: 2013, firms: 1, output_moved: 50, employment_moved: 5 },
    ]);
  });

  it('adds up to the total of detected moves (invariant)', async () => {
    const t = await relocationFlows(panel, { by: ['year'] });
    expect((t.array('firms') as number[]).reduce((a, b) => a + b, 0)).toBe(7);
    expect((t.array('output_moved') as number[]).reduce((a, b) => a + b, 0)).toBe(120 + 200 + 50 + 80 + 500 + 450 + 70);
  });

  it('refuses unknown or repeated keys', async () => {
    await expect(relocationFlows(panel, { by: ['city' as never] })).rejects.toBeInstanceOf(MeasureError);
    await expect(relocationFlows(panel, { by: ['year', 'year'] })).rejects.toThrow(/repeated/);
    await expect(relocationFlows(panel, { by: [] })).rejects.toThrow(/at least one key/);
  });
});

describe('relocationFlowLinks', () => {
  let panel: FirmPanel;
  beforeAll(async () => {
    ({ panel } = await openQuiet(SMALL));
  });
  afterAll(() => panel.close());

  it('turns a flow matrix into { origin, destination, value } links with Chinese city names', async () => {
    const flows = await relocationFlows(panel, { by: ['origin', 'destination', 'year'], from: 'PRD', to: ['East', 'West', 'North'] });
    expect(relocationFlowLinks(flows)).toEqual([
      { origin: '广州', destination: '清远', value: 500 },
      { origin: '深圳', destination: '河源', value: 320 },
      { origin: '东莞', destination: '梅州', value: 50 },
      { origin: '中山', destination: '阳江', value: 70 },
    ]);
    expect(relocationFlowLinks(flows, { value: 'firms', label: 'code' })[1]).toEqual({ origin: '440300', destination: '441600', value: 2 });
  });

  it('refuses a table without origin and destination', async () => {
    const flows = await relocationFlows(panel, { by: ['year'] });
    expect(() => relocationFlowLinks(flows)).toThrow(MeasureError);
  });
});
