import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latestPriorHeadline, optionalPriorHeadline } from '../../src/report/notebook-helpers.js';

const h = (value: number, chapter: string) => ({ value, label: 'l', unit: '%', digits: 1, chapter });

describe('reading the headlines earlier chapters recorded', () => {
  const dir = mkdtempSync(join(tmpdir(), 'heads-'));
  const path = join(dir, 'headlines.json');
  writeFileSync(path, JSON.stringify({
    'growthGap.province.2010': h(3, '01'),
    'growthGap.province.2021': h(0.8, '01'),
    'growthGap.province.2022': h(0.1, '01'),
    'growthGap.province.note': h(9, '01'),
    'growthGap.provinceX.2030': h(7, '01'),
  }));
  const env = { REPORT_HEADLINES: path };
  it('takes the latest year not after the report year, ignoring other keys', () => {
    expect(latestPriorHeadline('growthGap.province', null, env)).toMatchObject({ key: 'growthGap.province.2022', year: 2022, value: 0.1 });
    expect(latestPriorHeadline('growthGap.province', 2021, env)).toMatchObject({ key: 'growthGap.province.2021', year: 2021, value: 0.8 });
    expect(latestPriorHeadline('growthGap.province', 2015, env)).toMatchObject({ key: 'growthGap.province.2010', year: 2010, value: 3 });
    expect(latestPriorHeadline('growthGap.province', 2005, env)).toBeNull();
  });
  it('gives null for an unrecorded key instead of throwing', () => {
    expect(optionalPriorHeadline('growthGap.province.2010', env)?.value).toBe(3);
    expect(optionalPriorHeadline('labour.census_prd_share.2020', env)).toBeNull();
  });
});
