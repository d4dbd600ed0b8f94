/**
 * Example inputs for every chart builder (hand-made, illustrative values — not data), used by
 * the schema, rendering and snapshot tests.
 */
import type { TopLevelSpec } from 'vega-lite';
import {
  cityChoropleth, disparityChart, growthGapChart, lorenzChart, parkRankingChart, regionSharesChart,
  sectorShareChart, structureIndexChart, targetCompletionChart, taskGanttChart,
} from '../../src/charts/index.js';
import type { Lang } from '../../src/charts/index.js';

const units = ['Guangdong', 'PRD', 'East', 'West', 'North'] as const;
export const growthRows = units.flatMap((unit, u) =>
  [2008, 2009, 2010, 2011, 2012, 2013].map((year, k) => ({
    unit, year, gdp_growth: 10 - k * 0.5, per_capita_growth: 9 - k * 0.4 + u * 0.3,
    gap_pp: 1 - k * 0.1 - u * 0.3, population_growth: 1 - u * 0.2, method: 'official',
  })));
export const sectorRows = [2010, 2011, 2012].map((year, k) => ({ unit: 'Guangdong', year, primary_share: 5 - k * 0.1, secondary_share: 50 - k, tertiary_share: 45 + k * 1.1 }));
export const structureRows = [2010, 2011, 2012].flatMap((year, k) => [
  { unit: 'PRD', year, TS: 1.0 + k * 0.05, H: 0.40 - k * 0.01 },
  { unit: 'North', year, TS: 0.8 + k * 0.03, H: 0.36 - k * 0.005 },
]);
export const shareRows = [2005, 2011, 2020].flatMap((year, k) => [
  { region: 'PRD', year, share: 0.79 - k * 0.01 },
  { region: 'East', year, share: 0.07 + k * 0.003 },
  { region: 'West', year, share: 0.08 + k * 0.004 },
  { region: 'North', year, share: 0.06 + k * 0.003 },
]);
export const disparityRows = [2005, 2010, 2015, 2020].map((year, k) => ({ year, between: 0.15 - k * 0.01, within: 0.06 - k * 0.005 }));
export const lorenzPoints = [
  { population: 0, value: 0 }, { population: 0.25, value: 0.08 }, { population: 0.5, value: 0.2 },
  { population: 0.75, value: 0.45 }, { population: 1, value: 1 },
];
export const parkRows = [
  { parkId: '河源深圳产业转移园', year: 2012, score: 88, rank: 1, yellowCard: false, statusAfter: 'normal' },
  { parkId: '梅州广州产业转移园', year: 2012, score: 74, rank: 2, yellowCard: false, statusAfter: 'normal' },
  { parkId: '示意园区C', year: 2012, score: 52, rank: 3, yellowCard: true, statusAfter: 'yellow-card' },
  { parkId: '示意园区C', year: 2011, score: 60, rank: 3, yellowCard: false, statusAfter: 'normal' },
];
export const targetRows = [
  { indicator: { zh: '产业转移园工业增加值', en: 'Industrial value added of transfer parks' }, unit: '亿元', target: 2000, stretch: 2500, actual: 2300, completion: 1.15, met: true, source: '示意' },
  { indicator: '欠发达地区GDP年均增速', unit: '%', target: 12, actual: 10.5, completion: 0.875, met: false, source: '示意' },
  { indicator: '转移就业人数', unit: '万人', target: 300, actual: null, completion: null, met: null, source: '示意' },
];
export const taskRows = Array.from({ length: 16 }, (_, i) => ({
  number: i + 1,
  text: `主要任务第${i + 1}项：推进产业转移园区扩能增效和劳动力转移培训就业`,
  start: `${2011 + (i % 3)}-01-01`,
  end: `${2013 + (i % 4)}-12-31`,
}));
export const cityCodes = ['440100', '440200', '440300', '440400', '440500', '440600', '440700', '440800', '440900', '441200', '441300',
  '441400', '441500', '441600', '441700', '441800', '441900', '442000', '445100', '445200', '445300'];
export const choroplethRows = cityCodes.map((c, i) => ({ city_code: Number(c), value: i === 4 ? null : 20000 + i * 7000 }));

/** One example spec per builder, in the given language, with the Chinese title expected in its SVG. */
export function exampleSpecs(lang: Lang = 'zh'): { name: string; spec: TopLevelSpec; title: string }[] {
  const zh = lang === 'zh';
  return [
    { name: 'growth-gap', spec: growthGapChart(growthRows, { lang }), title: zh ? 'GDP增幅与人均GDP增幅之差' : 'GDP growth minus per-capita GDP growth' },
    { name: 'sector-share', spec: sectorShareChart(sectorRows, { lang }), title: zh ? '三次产业结构' : 'Sector shares of GDP' },
    { name: 'structure-index', spec: structureIndexChart(structureRows, { lang, indices: ['TS', 'H'] }), title: zh ? '产业结构指数' : 'Structure indices' },
    { name: 'region-shares', spec: regionSharesChart(shareRows, { lang }), title: zh ? '四大区域占全省GDP比重' : "Regions' shares of provincial GDP" },
    { name: 'disparity', spec: disparityChart(disparityRows, { lang }), title: zh ? '区域差距：泰尔指数分解' : 'Regional disparity: Theil decomposition' },
    { name: 'lorenz', spec: lorenzChart(lorenzPoints, { lang }), title: zh ? '洛伦兹曲线' : 'Lorenz curve' },
    { name: 'park-ranking', spec: parkRankingChart(parkRows, { lang }), title: zh ? '产业转移园考核排名' : 'Park evaluation ranking' },
    { name: 'park-ranking-groups', spec: parkRankingChart(parkRows.map((r, i) => ({ ...r, rankGroup: i % 2 ? '省级' : '市级' })), { lang }), title: zh ? '产业转移园考核排名' : 'Park evaluation ranking' },
    { name: 'target-completion', spec: targetCompletionChart(targetRows, { lang }), title: zh ? '规划目标完成情况' : 'Plan target completion' },
    { name: 'task-gantt', spec: taskGanttChart(taskRows, { lang }), title: zh ? '《行动计划》16项主要任务进度' : 'The 16 tasks of the action plan' },
    { name: 'choropleth', spec: cityChoropleth(choroplethRows, { lang, valueTitle: zh ? '人均GDP（元）' : 'GDP per capita (yuan)' }), title: zh ? '广东省21个地级以上市' : "Guangdong's 21 cities" },
  ];
}
