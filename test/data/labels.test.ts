import { describe, expect, it } from 'vitest';
import {
  bulletinIndicatorLabel, flagLabel, formatPeriodZh, isFullYearPeriod, parkEventTypeLabel, PARK_EVALUATION_EVENT_TYPES, seriesBreakLabel,
} from '../../src/data/labels.js';
import { QUALITY_FLAGS, SERIES_BREAKS } from '../../src/data/flags.js';
import { loadBulletinFacts, loadParkAggregateFacts, loadParkEvents, loadTextFacts } from '../../src/data/facts.js';
import { DataError } from '../../src/core/errors.js';

const hasCjk = (s: string): boolean => /[\u4e00-\u9fff]/.test(s);

describe('flagLabel', () => {
  it('gives every quality flag a Chinese name, meaning and advice', () => {
    for (const code of Object.keys(QUALITY_FLAGS)) {
      const l = flagLabel(code, 'zh');
      expect(l.code).toBe(code);
      for (const s of [l.name, l.meaning, l.advice]) expect(hasCjk(s), `${code}: ${s}`).toBe(true);
    }
    expect(flagLabel('growth-nominal', 'zh').name).toBe('名义增速');
  });
  it('in English returns the meaning and advice of QUALITY_FLAGS', () => {
    const l = flagLabel('per-capita-pre-census', 'en');
    expect(l.meaning).toBe(QUALITY_FLAGS['per-capita-pre-census'].meaning);
    expect(l.advice).toBe(QUALITY_FLAGS['per-capita-pre-census'].advice);
    expect(l.name).toBe('per-capita GDP on pre-census population');
  });
  it('rejects an unknown code with a DataError', () => {
    expect(() => flagLabel('growth-nominl')).toThrow(DataError);
    expect(() => flagLabel('toString')).toThrow(/unknown quality flag/);
  });
});

describe('seriesBreakLabel', () => {
  it('names every known break in Chinese with its span', () => {
    for (const b of SERIES_BREAKS) {
      const l = seriesBreakLabel(b.id, 'zh');
      expect(hasCjk(l.name) && hasCjk(l.advice)).toBe(true);
    }
    expect(seriesBreakLabel('per-capita-census-2020').meaning).toBe('2019/2020');
    expect(seriesBreakLabel('gdp-urban-district').meaning).toBe('1992、1993');
    expect(seriesBreakLabel('gdp-urban-district', 'en').advice).toBe(SERIES_BREAKS[0]!.advice);
  });
  it('rejects an unknown id', () => {
    expect(() => seriesBreakLabel('no-such-break')).toThrow(DataError);
  });
});

describe('parkEventTypeLabel / bulletinIndicatorLabel', () => {
  it('label every event type of the bundled park events', () => {
    for (const e of loadParkEvents()) expect(hasCjk(parkEventTypeLabel(e.event_type))).toBe(true);
    expect(parkEventTypeLabel('evaluation: pass (达标)')).toBe('考核达标');
    expect(parkEventTypeLabel('restored', 'en')).toBe('restored');
    expect(PARK_EVALUATION_EVENT_TYPES).toHaveLength(7);
    expect(() => parkEventTypeLabel('evaluation: great')).toThrow(DataError);
  });
  it('label every indicator of the bundled bulletin facts', () => {
    for (const f of loadBulletinFacts()) expect(hasCjk(bulletinIndicatorLabel(f.indicator))).toBe(true);
    expect(bulletinIndicatorLabel('hightech_mfg_va', 'en')).toBe('high-tech manufacturing value added');
    expect(() => bulletinIndicatorLabel('gdp')).toThrow(DataError);
  });
});

describe('formatPeriodZh', () => {
  it('turns the published forms into Chinese', () => {
    expect(formatPeriodZh('2013 Jan-Aug')).toBe('2013年1—8月');
    expect(formatPeriodZh('2012 Jan-Sep')).toBe('2012年1—9月');
    expect(formatPeriodZh('2009Q1')).toBe('2009年一季度');
    expect(formatPeriodZh('2009Q4')).toBe('2009年四季度');
    expect(formatPeriodZh('2012H1')).toBe('2012年上半年');
    expect(formatPeriodZh('2019 H1')).toBe('2019年上半年');
    expect(formatPeriodZh('2012H2')).toBe('2012年下半年');
    expect(formatPeriodZh('2009-06')).toBe('2009年6月');
    expect(formatPeriodZh('2011')).toBe('2011年');
    expect(formatPeriodZh('2011-2015')).toBe('2011—2015年');
    expect(formatPeriodZh('2012 (target)')).toBe('2012年（目标）');
  });
  it('formats every period of the bundled facts', () => {
    const periods = [...loadParkAggregateFacts().map((f) => f.period), ...loadTextFacts().map((f) => f.period)];
    for (const p of periods) expect(formatPeriodZh(p)).toMatch(/^\d{4}/);
  });
  it('throws a DataError on an unknown form or an impossible month/quarter', () => {
    for (const p of ['2013 Jan-Foo', '2009Q5', '2009-13', '2015-2011', 'FY2011', '2013 Aug-Jan', '']) {
      let err: unknown;
      try { formatPeriodZh(p); } catch (e) { err = e; }
      expect(err, p).toBeInstanceOf(DataError);
      expect((err as DataError).column).toBe('period');
    }
  });
  it('isFullYearPeriod tells whole years apart', () => {
    expect(isFullYearPeriod('2011')).toBe(true);
    expect(isFullYearPeriod('2013 Jan-Aug')).toBe(false);
    expect(isFullYearPeriod('2011-2015')).toBe(false);
  });
});
