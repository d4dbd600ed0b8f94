/**
 * Rendering vega-lite specs to SVG and PNG in Node.
 *
 * vega and vega-lite are loaded with a dynamic `import()` inside the functions: a static
 * import anywhere in the library breaks the tslab kernel (`ERR_REQUIRE_ASYNC_MODULE`, because
 * vega-canvas has a top-level await). PNG is drawn by `@resvg/resvg-js` with the Noto Sans SC
 * files from npm (no system font); text widths for layout come from our CJK-aware estimate
 * (see `text-width.ts`).
 * @module
 */
import type { TopLevelSpec } from 'vega-lite';
import { cjkFontFilesFor } from './fonts.js';
import { installTextMeasure } from './text-width.js';
import { FONT_FAMILY, FONT_STACK } from './theme.js';
import { warn } from '../core/warnings.js';

/**
 * A vega-lite logger that routes compile warnings (e.g. about scale resolution) through the
 * library's `warn()` (code `vega-lite`: printed once per distinct message, silenced with
 * `PRD_SILENCE_WARNINGS=1` or `setWarningHandler`), instead of vega-lite's console output.
 */
function compileLogger(): unknown {
  let level = 2;
  const text = (args: unknown[]): string => args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
  const logger = {
    level(l?: number) { if (l === undefined) return level; level = l; return logger; },
    error(...args: unknown[]) { throw new Error(`vega-lite: ${text(args)}`); },
    warn(...args: unknown[]) { warn({ code: 'vega-lite', message: text(args) }); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger;
}

/** Options of {@link renderSvg}. */
export interface RenderSvgOptions {
  /** Multiply the SVG's width and height (default 1). */
  scale?: number;
}

/** Options of {@link renderPng}. */
export interface RenderPngOptions {
  /** Pixel density: 2 gives a PNG twice the SVG's size (default 2, sharp in print). */
  scale?: number;
}

/** A spec with `config.font` set to our CJK font stack when the caller did not set one (copy; input untouched). */
function withFont(spec: TopLevelSpec): TopLevelSpec {
  const config = (spec as { config?: Record<string, unknown> }).config ?? {};
  if (config.font !== undefined) return spec;
  return { ...spec, config: { ...config, font: FONT_STACK } } as TopLevelSpec;
}

/**
 * Render a vega-lite spec to an SVG string (vega's headless `renderer: 'none'` view).
 * The same spec gives the same bytes on every run and machine (no clock or locale input;
 * dates in the builders use UTC).
 * @throws Error from vega-lite when the spec does not compile.
 * @example
 * ```ts
 * const svg = await renderSvg(growthGapChart(rows)); // '<svg … >…GDP增幅与人均GDP增幅之差…</svg>'
 * ```
 */
export async function renderSvg(spec: TopLevelSpec, options: RenderSvgOptions = {}): Promise<string> {
  const vl = await import('vega-lite');
  const vega = await import('vega');
  installTextMeasure(vega as unknown as Parameters<typeof installTextMeasure>[0]);
  const compiled = vl.compile(withFont(spec), { logger: compileLogger() as never }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG(options.scale ?? 1);
  } finally {
    view.finalize();
  }
}

/**
 * Render an SVG string (e.g. from {@link renderSvg}) to PNG bytes with the bundled Noto Sans SC
 * fonts, subset to the characters of the SVG (resvg re-reads the font file per glyph, so the
 * full 10 MB files would cost seconds per chart).
 */
export async function svgToPng(svg: string, options: RenderPngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`renderPng: scale must be a positive number, got ${scale}`);
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: { fontFiles: await cjkFontFilesFor(svg), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * Render a vega-lite spec to PNG bytes: {@link renderSvg}, then resvg with Noto Sans SC.
 * @throws RangeError when `scale` is not a positive number.
 * @example
 * ```ts
 * const png = await renderPng(spec, { scale: 2 }); // Uint8Array starting 0x89 'P' 'N' 'G'
 * ```
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Uint8Array> {
  return svgToPng(await renderSvg(spec), options);
}
