/**
 * The house style of every chart: the CJK font family (Noto Sans SC, shipped by the npm
 * package `@expo-google-fonts/noto-sans-sc` and given to resvg explicitly), sizes and colours.
 * @module
 */
import type { Config } from 'vega-lite';
import type { Lang } from './types.js';

/** Font family used in every spec and loaded for PNG rendering. */
export const FONT_FAMILY = 'Noto Sans SC';

/**
 * The CSS font stack written into specs (and so into SVG): Noto Sans SC first (the font resvg
 * loads for PNG), then common CJK system fonts so an SVG opened in a browser without Noto Sans SC
 * still shows Chinese.
 */
export const FONT_STACK = `"${FONT_FAMILY}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif`;

/** Default plot width/height (pixels) for a chart that fits an A4 report page. */
export const DEFAULT_WIDTH = 560;
export const DEFAULT_HEIGHT = 300;

/** Colour of yellow cards (黄牌) in the park ranking. */
export const YELLOW_CARD_COLOR = '#e3b505';
/** Colour of ordinary bars. */
export const BASE_COLOR = '#4c78a8';
/** Colour of the plan-year rule and of "not met" marks. */
export const ALERT_COLOR = '#c0392b';
/** Colour of "met" marks. */
export const OK_COLOR = '#2e8b57';

/** The vega-lite `config` every builder sets: font family, sizes, no border. */
export function chartConfig(_lang: Lang = 'zh'): Config {
  return {
    font: FONT_STACK,
    background: 'white',
    view: { stroke: null },
    title: { fontSize: 15, fontWeight: 'bold', anchor: 'start', subtitleFontSize: 11, subtitleColor: '#555' },
    axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal' },
    legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', labelLimit: 240 },
    header: { labelFontSize: 12, titleFontSize: 12 },
  };
}

/** The schema address written into every spec. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** Title block: text plus an optional subtitle line. */
export function titleBlock(text: string, subtitle?: string): { text: string; subtitle?: string } {
  return subtitle ? { text, subtitle } : { text };
}
