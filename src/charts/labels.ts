/**
 * The label dictionary: every title, axis title and legend label the chart builders use, in
 * Chinese (default) and English. Kept in one module so wording is reviewed in one place.
 * @module
 */
import { REGION_LABELS, type Region } from '../data/schema.js';
import type { Lang } from './types.js';

const LABELS = {
  year: { zh: '年份', en: 'Year' },
  unit: { zh: '地区', en: 'Area' },
  method: { zh: '口径', en: 'Method' },
  planYear: { zh: '《行动计划》实施', en: 'Action plan' },
  growthGapTitle: { zh: 'GDP增幅与人均GDP增幅之差', en: 'GDP growth minus per-capita GDP growth' },
  gapPp: { zh: '增幅之差（百分点）', en: 'Gap (percentage points)' },
  gdpGrowth: { zh: 'GDP增幅（%）', en: 'GDP growth (%)' },
  perCapitaGrowth: { zh: '人均GDP增幅（%）', en: 'Per-capita GDP growth (%)' },
  populationGrowth: { zh: '人口增幅（%）', en: 'Population growth (%)' },
  sectorShareTitle: { zh: '三次产业结构', en: 'Sector shares of GDP' },
  sector: { zh: '产业', en: 'Sector' },
  sharePct: { zh: '占比（%）', en: 'Share (%)' },
  share: { zh: '占比', en: 'Share' },
  primary: { zh: '第一产业', en: 'Primary' },
  secondary: { zh: '第二产业', en: 'Secondary' },
  tertiary: { zh: '第三产业', en: 'Tertiary' },
  structureIndexTitle: { zh: '产业结构指数', en: 'Structure indices' },
  index: { zh: '指数', en: 'Index' },
  value: { zh: '数值', en: 'Value' },
  regionSharesTitleGdp: { zh: '四大区域占全省GDP比重', en: "Regions' shares of provincial GDP" },
  regionSharesTitleIndustry: { zh: '四大区域占全省工业增加值比重', en: "Regions' shares of provincial industry" },
  regionSharesTitleOther: { zh: '四大区域占全省比重', en: "Regions' shares of the province" },
  region: { zh: '区域', en: 'Region' },
  disparityTitle: { zh: '区域差距：泰尔指数分解', en: 'Regional disparity: Theil decomposition' },
  theil: { zh: '泰尔指数', en: 'Theil index' },
  component: { zh: '组成', en: 'Component' },
  between: { zh: '区域间', en: 'Between regions' },
  within: { zh: '区域内', en: 'Within regions' },
  lorenzTitle: { zh: '洛伦兹曲线', en: 'Lorenz curve' },
  cumPopulation: { zh: '人口累计占比', en: 'Cumulative population share' },
  cumValue: { zh: 'GDP累计占比', en: 'Cumulative GDP share' },
  equality: { zh: '绝对平均线', en: 'Line of equality' },
  relocationTitle: { zh: '企业迁移流向', en: 'Firm relocation flows' },
  origin: { zh: '迁出地', en: 'Origin' },
  destination: { zh: '迁入地', en: 'Destination' },
  corridor: { zh: '迁移走廊', en: 'Corridor' },
  flowValue: { zh: '转移量', en: 'Amount moved' },
  series: { zh: '系列', en: 'Series' },
  parkRankingTitle: { zh: '产业转移园考核排名', en: 'Park evaluation ranking' },
  park: { zh: '园区', en: 'Park' },
  score: { zh: '得分', en: 'Score' },
  rank: { zh: '名次', en: 'Rank' },
  yellowCard: { zh: '黄牌', en: 'Yellow card' },
  noCard: { zh: '无', en: 'None' },
  card: { zh: '警示', en: 'Warning' },
  status: { zh: '考核后状态', en: 'Status after' },
  targetTitle: { zh: '规划目标完成情况', en: 'Plan target completion' },
  indicator: { zh: '指标', en: 'Indicator' },
  target: { zh: '目标值', en: 'Target' },
  rankGroup: { zh: '排名组', en: 'Ranking group' },
  stretch: { zh: '力争值', en: 'Stretch target' },
  actual: { zh: '实际值', en: 'Actual' },
  completion: { zh: '完成度（%）', en: 'Completion (%)' },
  met: { zh: '已完成', en: 'Met' },
  notMet: { zh: '未完成', en: 'Not met' },
  source: { zh: '来源', en: 'Source' },
  ganttTitle: { zh: '《行动计划》16项主要任务进度', en: 'The 16 tasks of the action plan' },
  task: { zh: '任务', en: 'Task' },
  start: { zh: '开始', en: 'Start' },
  end: { zh: '结束', en: 'End' },
  choroplethTitle: { zh: '广东省21个地级以上市', en: "Guangdong's 21 cities" },
  city: { zh: '城市', en: 'City' },
  noData: { zh: '无数据', en: 'No data' },
  employmentSharesTitle: { zh: '四大区域占全省从业人员比重（同一统计口径内连线）', en: "Regions' shares of employed persons (lines join years on one basis)" },
  productivityGapTitle: { zh: '劳均GDP相对珠三角（珠三角=1，同一统计口径内连线）', en: 'GDP per employed person relative to the PRD (PRD = 1, lines join years on one basis)' },
  productivityRatio: { zh: '相对珠三角（倍）', en: 'Ratio to the PRD' },
  basisBreak: { zh: '统计口径变化', en: 'Change of basis' },
} as const satisfies Record<string, Record<Lang, string>>;

/** A key of the label dictionary. */
export type LabelKey = keyof typeof LABELS;

/**
 * Look up a label in the chart dictionary.
 * @example
 * ```ts
 * label('year', 'zh') // '年份'
 * label('year', 'en') // 'Year'
 * ```
 */
export function label(key: LabelKey, lang: Lang = 'zh'): string {
  return LABELS[key][lang];
}

/** Chinese → English names of Guangdong's 21 prefecture-level cities, keyed by city code. */
export const CITY_NAMES: Readonly<Record<string, { zh: string; en: string }>> = {
  '440100': { zh: '广州市', en: 'Guangzhou' },
  '440200': { zh: '韶关市', en: 'Shaoguan' },
  '440300': { zh: '深圳市', en: 'Shenzhen' },
  '440400': { zh: '珠海市', en: 'Zhuhai' },
  '440500': { zh: '汕头市', en: 'Shantou' },
  '440600': { zh: '佛山市', en: 'Foshan' },
  '440700': { zh: '江门市', en: 'Jiangmen' },
  '440800': { zh: '湛江市', en: 'Zhanjiang' },
  '440900': { zh: '茂名市', en: 'Maoming' },
  '441200': { zh: '肇庆市', en: 'Zhaoqing' },
  '441300': { zh: '惠州市', en: 'Huizhou' },
  '441400': { zh: '梅州市', en: 'Meizhou' },
  '441500': { zh: '汕尾市', en: 'Shanwei' },
  '441600': { zh: '河源市', en: 'Heyuan' },
  '441700': { zh: '阳江市', en: 'Yangjiang' },
  '441800': { zh: '清远市', en: 'Qingyuan' },
  '441900': { zh: '东莞市', en: 'Dongguan' },
  '442000': { zh: '中山市', en: 'Zhongshan' },
  '445100': { zh: '潮州市', en: 'Chaozhou' },
  '445200': { zh: '揭阳市', en: 'Jieyang' },
  '445300': { zh: '云浮市', en: 'Yunfu' },
};

const PROVINCE_ALIASES = new Set(['guangdong', 'province', 'gd', '广东', '广东省', '全省', '440000']);

/**
 * Display name of an area code used in panel tables: a region code (`PRD`, `East`, `West`,
 * `North`), the province (`Guangdong`, `province`, `440000`), a city code, or any other text,
 * which is returned unchanged.
 * @example
 * ```ts
 * areaLabel('PRD', 'zh') // '珠三角'
 * areaLabel('440300', 'en') // 'Shenzhen'
 * areaLabel('Guangdong', 'zh') // '广东省'
 * ```
 */
export function areaLabel(unit: string | number, lang: Lang = 'zh'): string {
  const key = String(unit);
  if (key in REGION_LABELS) return REGION_LABELS[key as Region][lang];
  if (PROVINCE_ALIASES.has(key.toLowerCase())) return lang === 'zh' ? '广东省' : 'Guangdong';
  const city = CITY_NAMES[key];
  if (city) return city[lang];
  return key;
}
