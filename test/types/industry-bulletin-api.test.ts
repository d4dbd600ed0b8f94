/**
 * Type tests of the issue-9 library API (industry shares, transfers, park bulletin): the
 * outputs of each function are accepted by the next one without casts.
 */
import type { TopLevelSpec } from 'vega-lite';
import { describe, expectTypeOf, it } from 'vitest';
import type * as api from '../../src/index.js';

type Api = typeof api;

describe('issue-9 API types', () => {
  it('readIndustry → industryShareTable → shareRiseFinding and industrySharesChart', () => {
    expectTypeOf<Api['readIndustry']>().returns.toEqualTypeOf<Promise<api.IndustryTable>>();
    expectTypeOf<api.IndustryTable>().toExtend<Parameters<Api['industryShareTable']>[0]>();
    expectTypeOf<api.IndustryRow[]>().toExtend<Parameters<Api['industryShareTable']>[0]>();
    expectTypeOf<Api['industryShareTable']>().returns.toEqualTypeOf<api.IndustryShareRow[]>();
    expectTypeOf<api.IndustryShareOptions['by']>().toEqualTypeOf<'city' | 'region' | 'province'>();
    expectTypeOf<api.IndustryShareRow[]>().toExtend<Parameters<Api['shareRiseFinding']>[0]>();
    expectTypeOf<api.IndustryShareRow[]>().toExtend<Parameters<Api['industrySharesChart']>[0]>();
    expectTypeOf<Api['industrySharesChart']>().returns.toEqualTypeOf<TopLevelSpec>();
    expectTypeOf<api.ShareRiseFinding['verdict']>().toEqualTypeOf<'raised' | 'not-raised' | 'undetermined' | 'not-comparable' | 'no-data'>();
    expectTypeOf<api.IndustryShareRow['share']>().toEqualTypeOf<number | null>();
  });

  it('readParks / readTransfers → parkBulletin → renderParkBulletinMarkdown', () => {
    expectTypeOf<api.ParkTable>().toExtend<Parameters<Api['parkBulletin']>[0]>();
    expectTypeOf<api.ParkYearRow[]>().toExtend<Parameters<Api['parkBulletin']>[0]>();
    expectTypeOf<ReturnType<Api['transfersForYear']>>().toExtend<NonNullable<api.ParkBulletinOptions['transfers']>>();
    expectTypeOf<Api['parkBulletin']>().returns.toEqualTypeOf<api.ParkBulletin>();
    expectTypeOf<api.BulletinParkResult['grade']>().toEqualTypeOf<'优秀' | '达标' | '不达标'>();
    expectTypeOf<Api['renderParkBulletinMarkdown']>().returns.toEqualTypeOf<string>();
    expectTypeOf<api.BulletinMarkdownOptions['lang']>().toEqualTypeOf<'zh' | 'en' | undefined>();
  });
});
