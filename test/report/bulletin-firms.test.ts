/**
 * The park bulletin's reward list from a firm register (`--firms` with `--fund`, no `--transfers`):
 * the output moved out in the bulletin year is computed from the register.
 *
 * Hand computation on test/firms/fixtures/small-panel.csv, bulletin year 2013 (latest year of the
 * six-park file), moves from the PRD to the East/West/North wings whose first destination year is 2013:
 *   firm 3: 东莞 (441900) 2012 → 梅州 (441400) 2013, output at the origin 50;
 *   firm 7: 中山 (442000) 2010 → 阳江 (441700) 2013, output at the origin 70.
 * Every other PRD city moved nothing out in 2013. Fund 120 → 东莞 50, 中山 70 (proportional, exact).
 * With the parks moved to 2014–2015 the register (2010–2013) does not cover the bulletin year:
 * no reward list, and the bulletin says so.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bulletinHtml, bulletinOfRun, bulletinTables, REWARDS_UNCOVERED } from '../../src/report/bulletin.js';
import { resolveReportInputs, validateReportInputs } from '../../src/report/inputs.js';
import { SIX_PARKS_CSV } from './six-parks.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIRMS = join(here, '..', 'firms', 'fixtures', 'small-panel.csv');

async function filesOf(parksCsv: string) {
  const dir = mkdtempSync(join(tmpdir(), 'prd-bulletin-firms-'));
  writeFileSync(join(dir, 'parks.csv'), parksCsv);
  return validateReportInputs(resolveReportInputs({ parks: join(dir, 'parks.csv'), firms: FIRMS }));
}

describe('bulletin reward list from --firms and --fund', () => {
  it('allocates the fund by the output moved out in the bulletin year, computed from the register', async () => {
    const b = (await bulletinOfRun(await filesOf(SIX_PARKS_CSV), false, { fund: 120 }))!;
    expect(b.year).toBe(2013);
    expect(b.rewards).not.toBeNull();
    const paid = b.rewards!.allocations.filter((a) => a.amount > 0);
    expect(paid.map((a) => [a.city, a.outputMoved, a.amount])).toEqual([['东莞', 50, 50], ['中山', 70, 70]]);
    expect(b.rewards!.allocations.reduce((s, a) => s + a.amount, 0)).toBe(120);
    expect(b.warnings.map((w) => w.code)).not.toContain(REWARDS_UNCOVERED);
    const rewards = bulletinTables(b, 'zh').find((t) => t.id === 'rewards')!;
    expect(rewards.rows.filter((r) => (r.amount as number) > 0).map((r) => r.city)).toEqual(['东莞', '中山']);
    expect(bulletinHtml(b, 'zh')).toContain('六、奖励资金分配');
  });

  it('uses no register without a fund', async () => {
    const b = (await bulletinOfRun(await filesOf(SIX_PARKS_CSV), false, {}))!;
    expect(b.rewards).toBeNull();
  });

  it('says so, and allocates nothing, when the register does not cover the bulletin year', async () => {
    const later = SIX_PARKS_CSV.replace(/,2012,/g, ',2014,').replace(/,2013,/g, ',2015,');
    const b = (await bulletinOfRun(await filesOf(later), false, { fund: 120, rules: 'gd-2011' }))!;
    expect(b.year).toBe(2015);
    expect(b.rewards).toBeNull();
    const w = b.warnings.find((x) => x.code === REWARDS_UNCOVERED)!;
    expect(w.message).toBe('small-panel.csv: the firm register covers 2010–2013, not the bulletin year 2015; no output moved out in 2015 can be computed from it, so the reward fund of 120 is not allocated');
    const html = bulletinHtml(b, 'zh');
    expect(html).toContain('六、奖励资金分配');
    expect(html).toContain('本年度不列奖励名单：企业名录覆盖2010—2013年，不含2015年，无法据以计算2015年转出产值，奖励资金未分配。');
    expect(bulletinTables(b, 'zh').map((t) => t.id)).toEqual(['parks-results']);
    expect(bulletinHtml(b, 'en')).toContain('No reward list: the firm register covers 2010–2013, not 2015');
  });
});
