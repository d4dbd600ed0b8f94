/**
 * Reader-facing labels of the codes the data layer uses: quality flags, series breaks, park
 * event types, bulletin indicators, share denominators, and published periods, in Chinese
 * or English. The codes stay the stable keys; these functions only say them in words.
 * @module
 */
import { DataError } from '../core/errors.js';
import { QUALITY_FLAGS, SERIES_BREAKS } from './flags.js';
import type { QualityFlag } from './schema.js';
import type { BulletinIndicator } from './facts.js';

/** A code said in words: a short name and, where the code needs one, an explanation and advice. */
export interface CodeLabel {
  /** The code itself. */
  readonly code: string;
  /** Short name. */
  readonly name: string;
  /** What the code means ('' when the name says it all). */
  readonly meaning: string;
  /** What to do about it ('' when nothing). */
  readonly advice: string;
}

const FLAG_ZH: Readonly<Record<QualityFlag, { name: string; meaning: string; advice: string }>> = {
  'gdp-urban-district': {
    name: 'GDP为市区口径',
    meaning: '1992—93年CSMAR城市GDP疑为市区数据：21市合计1992年为1301亿元，而全省为2447.5亿元',
    advice: '城市序列从1994年起算（加载函数默认如此），或剔除1992—93年',
  },
  'gdp-misassigned-suspect': {
    name: '疑似串城',
    meaning: 'CSMAR 1998—99年东莞、中山、河源、阳江的数值疑被错配到其他城市（东莞1998 = 河源1998 = 79.3666）',
    advice: '不使用这些城市—年份；剔除这四市1998—99年，或只用全省合计',
  },
  'per-capita-basis-2001': {
    name: '2001年人均GDP口径不同',
    meaning: 'CSMAR 2001年人均GDP的人口口径与2002年起不同（深圳2001年152,099元，2002年46,388元）',
    advice: '人均GDP序列从2002年起算，或跨年比较时剔除2001年',
  },
  'growth-nominal': {
    name: '名义增速',
    meaning: 'CSMAR 2013年“实际”增速对21市均为名义增速；有公报值的以公报值替换，否则置空（原值见gdp_growth_csmar）',
    advice: '不要把2013年gdp_growth_csmar与实际增速序列混用；计算实际增速合计时不含2013年，或补入官方2013年数据',
  },
  'growth-index-corrected': {
    name: '指数改为增速',
    meaning: 'CSMAR把增速存为指数（上年 = 100），已按公布的增速改正（汕头2014年：109.0 → 9.0，CB21）',
    advice: '无需处理；原值保留在gdp_growth_csmar',
  },
  'growth-bulletin': {
    name: '增速取自公报',
    meaning: 'GDP实际增速为统计公报初步数（CSMAR缺失或有误），出处见sources',
    advice: '初步数与修订数可能相差零点几个百分点',
  },
  'growth-level-mismatch': {
    name: '增速与总量不符',
    meaning: '公布的实际增速与GDP总量变化相差超过15个百分点：本行或上一行的总量口径不同',
    advice: '不要用这些总量计算增速；采用公布的增速，或剔除这两年',
  },
  'per-capita-pre-census': {
    name: '人均GDP为普查前人口口径',
    meaning: '2019年及以前人均GDP使用第七次人口普查前的人口数，序列在2019/2020年断开',
    advice: '不要计算跨2019/2020年的人均GDP增速；在2001—2019年内比较，或采用官方人均增速',
  },
  'per-capita-inconsistent': {
    name: '人均GDP内部不一致',
    meaning: 'CSMAR 2021年人均GDP内部不一致（隐含人口跳变），已置空（原值见gdp_per_capita_csmar）',
    advice: '有公报值的（东莞、河源）用公报值，否则人均分析不含2021年',
  },
  'per-capita-bulletin': {
    name: '人均GDP取自公报',
    meaning: '人均GDP为官方公报数，替换被置空的CSMAR数值，出处见sources',
    advice: '无需处理',
  },
  'bulletin-value': {
    name: '公报数值',
    meaning: '本行有数值取自官方公报而非CSMAR（具体见growth-bulletin / per-capita-bulletin标记）',
    advice: '无需处理；公报出处见sources',
  },
  'va-derived': {
    name: '增加值为推算',
    meaning: '三次产业增加值 = GDP × 比重 / 100（保留4位小数），由公布数推算而非公布数（仅2017—2021年有公布值）',
    advice: '优先使用比重；推算的增加值继承GDP的任何缺陷',
  },
  'population-registered': {
    name: '户籍人口口径',
    meaning: '人均或人口数据按户籍人口而非常住人口计算',
    advice: '户籍人口低估外来人口多的珠三角城市；有常住人口时用常住人口',
  },
  'resident-pre-census': {
    name: '常住人口为普查前数',
    meaning: '2011—2019年常住人口为第七次人口普查前的未修订数；2019→2020年的跳变是修订，不是迁移',
    advice: '不要计算跨2019/2020年的人口增长',
  },
  'census-2010-adjusted': {
    name: '2010年普查数按2020年区划调整',
    meaning: '2010年普查人口已由来源（leiii/census）调整到2020年行政区划',
    advice: '与2020年作同口径比较时无需处理',
  },
};

const FLAG_EN_NAME: Readonly<Record<QualityFlag, string>> = {
  'gdp-urban-district': 'GDP is urban-district only',
  'gdp-misassigned-suspect': 'suspected misassigned city values',
  'per-capita-basis-2001': '2001 per-capita GDP on another basis',
  'growth-nominal': 'nominal growth',
  'growth-index-corrected': 'index corrected to a rate',
  'growth-bulletin': 'growth from a bulletin',
  'growth-level-mismatch': 'growth disagrees with levels',
  'per-capita-pre-census': 'per-capita GDP on pre-census population',
  'per-capita-inconsistent': 'per-capita GDP inconsistent',
  'per-capita-bulletin': 'per-capita GDP from a bulletin',
  'bulletin-value': 'bulletin value',
  'va-derived': 'derived value added',
  'population-registered': 'registered population',
  'resident-pre-census': 'resident population pre-census',
  'census-2010-adjusted': '2010 census adjusted to 2020 boundaries',
};

/**
 * A quality flag said in words: a short name, its meaning and the advice, in Chinese
 * (`'zh'`) or English (`'en'`, the meaning and advice of {@link QUALITY_FLAGS}).
 * @throws {DataError} `unknown-category` for a code that is not a {@link QualityFlag}.
 * @example
 * ```ts
 * flagLabel('growth-nominal', 'zh').name // '名义增速'
 * flagLabel('growth-nominal', 'en').name // 'nominal growth'
 * ```
 */
export function flagLabel(code: string, lang: 'zh' | 'en' = 'zh'): CodeLabel {
  if (!Object.prototype.hasOwnProperty.call(QUALITY_FLAGS, code)) {
    throw new DataError('unknown-category', `unknown quality flag ${JSON.stringify(code)}`, { column: 'flags' }, `use one of ${Object.keys(QUALITY_FLAGS).join(', ')}`);
  }
  const flag = code as QualityFlag;
  if (lang === 'zh') return { code, ...FLAG_ZH[flag] };
  return { code, name: FLAG_EN_NAME[flag], meaning: QUALITY_FLAGS[flag].meaning, advice: QUALITY_FLAGS[flag].advice };
}

const BREAK_ZH: Readonly<Record<string, { name: string; advice: string }>> = {
  'gdp-urban-district': { name: '1992—93年GDP为市区口径', advice: '1992—93年城市GDP只含市区；从1994年起算或剔除1992—93年' },
  'gdp-misassigned-1998-99': { name: '1998—99年四市数值疑似串城', advice: '东莞、中山、河源、阳江1998—99年数值可疑；剔除这些城市—年份（筛去带gdp-misassigned-suspect标记的行）' },
  'per-capita-basis-2001': { name: '2001/2002年人均GDP口径断点', advice: '2001年人均GDP口径与2002年起不同；人均GDP序列从2002年起算' },
  'per-capita-census-2020': { name: '2019/2020年人均GDP普查断点', advice: '2019年及以前人均GDP使用普查前人口；不要计算跨2019/2020年的增速，2001—2019年与2020—2021年分开分析或采用官方人均增速' },
  'per-capita-2021-withheld': { name: '2021年人均GDP置空', advice: '2021年人均GDP除东莞、河源（公报值）外均置空；人均分析不含2021年' },
  'resident-census-2020': { name: '2019/2020年常住人口普查断点', advice: '2019年及以前常住人口为普查前数；2019→2020年的跳变是修订，不要计算跨该断点的人口增长' },
  'growth-2013-nominal': { name: '2013年增速为名义增速', advice: '2013年实际增速除深圳、东莞、汕头（公报值）外为空；CSMAR 2013年为名义增速，本面板无法给出2013年实际增速合计' },
};

/**
 * A known series break ({@link SERIES_BREAKS}) said in words: a short name, the years or span
 * it concerns (`meaning`, e.g. "2019/2020" or "1992、1993"), and the advice, in Chinese or English.
 * @throws {DataError} `unknown-category` for an id that is not in {@link SERIES_BREAKS}.
 * @example
 * ```ts
 * seriesBreakLabel('per-capita-census-2020', 'zh').name // '2019/2020年人均GDP普查断点'
 * seriesBreakLabel('per-capita-census-2020', 'zh').meaning // '2019/2020'
 * ```
 */
export function seriesBreakLabel(id: string, lang: 'zh' | 'en' = 'zh'): CodeLabel {
  const b = SERIES_BREAKS.find((s) => s.id === id);
  const zh = BREAK_ZH[id];
  if (!b || !zh) throw new DataError('unknown-category', `unknown series break ${JSON.stringify(id)}`, { column: 'break' }, `use one of ${SERIES_BREAKS.map((s) => s.id).join(', ')}`);
  const span = b.years ? b.years.join(lang === 'zh' ? '、' : ', ') : b.between ? `${b.between[0]}/${b.between[1]}` : '';
  return lang === 'zh' ? { code: id, name: zh.name, meaning: span, advice: zh.advice } : { code: id, name: id, meaning: span, advice: b.advice };
}

const EVENT_ZH: Readonly<Record<string, string>> = {
  'evaluation: excellent': '考核优秀',
  'evaluation: excellent, rank 1 of 34': '考核优秀（34个园区中排名第一）',
  'evaluation: excellent, rank 3 among demonstration parks': '考核优秀（示范园第三名）',
  'evaluation: excellent (other parks)': '考核优秀（其他园区）',
  'evaluation: pass (达标)': '考核达标',
  'evaluation: disqualified': '取消省产业转移工业园资格',
  restored: '恢复省产业转移工业园资格',
  recognised: '认定为省产业转移工业园',
  'site visit': '实地考察',
  metrics: '园区指标',
  'metrics (city total)': '园区指标（全市合计）',
  'planning metrics': '规划指标',
  'listed: 2020 provincial circular-economy retrofit pilot park': '列入2020年省级园区循环化改造试点',
  'co-build agreement': '签订共建协议',
  'included in provincial management': '纳入省产业园管理',
};

/**
 * The park event types of {@link loadParkEvents} that are evaluation results (excellent, pass,
 * disqualified, restored), in the order of {@link parkEventTypeLabel}'s table.
 */
export const PARK_EVALUATION_EVENT_TYPES: readonly string[] = Object.freeze([
  'evaluation: excellent', 'evaluation: excellent, rank 1 of 34', 'evaluation: excellent, rank 3 among demonstration parks',
  'evaluation: excellent (other parks)', 'evaluation: pass (达标)', 'evaluation: disqualified', 'restored',
]);

/**
 * A park event type of {@link loadParkEvents} (`event_type`) in Chinese (`'zh'`) or as
 * published (`'en'`).
 * @throws {DataError} `unknown-category` for an event type the bundled data does not use.
 * @example
 * ```ts
 * parkEventTypeLabel('evaluation: disqualified') // '取消省产业转移工业园资格'
 * ```
 */
export function parkEventTypeLabel(eventType: string, lang: 'zh' | 'en' = 'zh'): string {
  const zh = EVENT_ZH[eventType];
  if (zh === undefined) throw new DataError('unknown-category', `unknown park event type ${JSON.stringify(eventType)}`, { column: 'event_type' }, `use one of ${Object.keys(EVENT_ZH).join('; ')}`);
  return lang === 'zh' ? zh : eventType;
}

const INDICATOR_LABELS: Readonly<Record<BulletinIndicator, { zh: string; en: string }>> = {
  gdp_real_growth_pct: { zh: 'GDP实际增速', en: 'real GDP growth' },
  resident_population_10k: { zh: '常住人口', en: 'resident population' },
  gdp_per_capita_yuan: { zh: '人均GDP', en: 'GDP per capita' },
  gdp_per_capita_real_growth_pct: { zh: '人均GDP实际增速', en: 'real growth of GDP per capita' },
  advanced_mfg_share_pct: { zh: '先进制造业增加值比重', en: 'advanced-manufacturing share' },
  advanced_mfg_va: { zh: '先进制造业增加值', en: 'advanced-manufacturing value added' },
  modern_services_va: { zh: '现代服务业增加值', en: 'modern-services value added' },
  modern_services_share_pct: { zh: '现代服务业增加值比重', en: 'modern-services share' },
  hightech_mfg_share_pct: { zh: '高技术制造业增加值比重', en: 'high-tech manufacturing share' },
  hightech_mfg_va: { zh: '高技术制造业增加值', en: 'high-tech manufacturing value added' },
};

/**
 * A bulletin fact indicator ({@link BulletinIndicator}) in Chinese or English.
 * @throws {DataError} `unknown-category` for an unknown indicator.
 * @example
 * ```ts
 * bulletinIndicatorLabel('advanced_mfg_share_pct') // '先进制造业增加值比重'
 * ```
 */
export function bulletinIndicatorLabel(indicator: string, lang: 'zh' | 'en' = 'zh'): string {
  if (!Object.prototype.hasOwnProperty.call(INDICATOR_LABELS, indicator)) {
    throw new DataError('unknown-category', `unknown bulletin indicator ${JSON.stringify(indicator)}`, { column: 'indicator' }, `use one of ${Object.keys(INDICATOR_LABELS).join(', ')}`);
  }
  return INDICATOR_LABELS[indicator as BulletinIndicator][lang];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTERS_ZH = ['一', '二', '三', '四'];

/**
 * A period as the bundled facts publish it, in Chinese: "2011" → "2011年", "2013 Jan-Aug" →
 * "2013年1—8月", "2009Q1" → "2009年一季度", "2012H1" / "2019 H1" → "2012年上半年" (H2 →
 * 下半年), "2009-06" → "2009年6月", "2011-2015" → "2011—2015年", "2012 (target)" →
 * "2012年（目标）".
 * @throws {DataError} `invalid` (column `period`) for any other form, or a month or quarter out of range.
 * @example
 * ```ts
 * formatPeriodZh('2013 Jan-Aug') // '2013年1—8月'
 * formatPeriodZh('2009Q1') // '2009年一季度'
 * ```
 */
export function formatPeriodZh(period: string): string {
  const p = period.trim();
  const bad = (why: string): never => {
    throw new DataError('invalid', `period ${JSON.stringify(period)}: ${why}`, { column: 'period' },
      'use one of the published forms "2011", "2013 Jan-Aug", "2009Q1", "2012H1", "2009-06", "2011-2015", "2012 (target)"');
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(p))) return `${m[1]}年`;
  if ((m = /^(\d{4}) \(target\)$/.exec(p))) return `${m[1]}年（目标）`;
  if ((m = /^(\d{4}) ?([A-Z][a-z]{2})-([A-Z][a-z]{2})$/.exec(p))) {
    const a = MONTHS.indexOf(m[2]!) + 1;
    const b = MONTHS.indexOf(m[3]!) + 1;
    if (a === 0 || b === 0 || b < a) return bad('unknown month name or months out of order');
    return a === b ? `${m[1]}年${a}月` : `${m[1]}年${a}—${b}月`;
  }
  if ((m = /^(\d{4}) ?Q(\d)$/.exec(p))) {
    const q = QUARTERS_ZH[Number(m[2]) - 1];
    if (q === undefined) return bad('quarter must be 1–4');
    return `${m[1]}年${q}季度`;
  }
  if ((m = /^(\d{4}) ?H([12])$/.exec(p))) return `${m[1]}年${m[2] === '1' ? '上' : '下'}半年`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(p))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return bad('month must be 01–12');
    return `${m[1]}年${month}月`;
  }
  if ((m = /^(\d{4})-(\d{4})$/.exec(p))) {
    if (Number(m[2]) <= Number(m[1])) return bad('the end year must follow the start year');
    return `${m[1]}—${m[2]}年`;
  }
  return bad('not a known period form');
}

/**
 * Whether a published period is a whole calendar year ("2011"), as opposed to months,
 * quarters, half-years, a span of years or a target.
 * @example
 * ```ts
 * isFullYearPeriod('2011') // true
 * isFullYearPeriod('2012H1') // false
 * ```
 */
export function isFullYearPeriod(period: string): boolean {
  return /^\d{4}$/.test(period.trim());
}
