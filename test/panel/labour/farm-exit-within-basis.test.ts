import { describe, expect, it } from 'vitest';
import { loadGuangdongPanel } from '../../../src/data/panel.js';
import { farmExitWithinBasis } from '../../../src/panel/labour/farm-exit-within-basis.js';

describe('farmExitWithinBasis', () => {
  const rows = farmExitWithinBasis(loadGuangdongPanel());
  const at = (u: string) => rows.find((r) => r.unit === u)!;

  it('keeps 1994→1997 where no member breaks (East, West, North)', () => {
    for (const u of ['East', 'West', 'North']) expect(at(u)).toMatchObject({ from: 1994, to: 1997, comparable: true });
    // West primary share 56.245 % → 55.402 % (labourLeftFarming's values): −0.843 pp
    expect(at('West').primary_share_change_pp).toBeCloseTo(-0.8431, 4);
    expect(at('North').primary_share_change_pp).toBeCloseTo(0.3728, 4);
  });

  it('shortens the PRD and the province to 1994→1995 (珠海 breaks in 1996)', () => {
    expect(at('PRD')).toMatchObject({ from: 1994, to: 1995, comparable: true, break_years: [] });
    expect(at('PRD').primary_share_change_pp).toBeCloseTo(-1.5262, 4);
    // PRD non-farm employment 1994→1995: +94.43 万 while farm employment stayed (−0.53 万)
    expect(at('PRD').non_farm_employment_change).toBeCloseTo(94.4263, 4);
    expect(at('Guangdong').to).toBe(1995);
  });

  it('gives no change when the break comes right after the first year', () => {
    const r = farmExitWithinBasis(loadGuangdongPanel(), { from: 1995, to: 1997 }).find((x) => x.unit === 'PRD')!;
    expect(r).toMatchObject({ from: 1995, to: 1997, comparable: false, primary_share_change_pp: null });
  });
});
