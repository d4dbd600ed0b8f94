/**
 * Vega's SVG renderer numbers gradients and clip paths with process-wide counters
 * (`gradient_1`, then `gradient_4` for the same chart rendered later), so the same spec gives
 * different SVG text in different runs of one process. This renumbers those ids per document.
 * @module
 */

/**
 * Renumber `gradient_N`, `clipN`, `patternN` ids (and their `url(#…)` / `href="#…"` references)
 * from 1 in order of first appearance.
 * @example
 * normaliseSvgIds('<linearGradient id="gradient_7"/><path fill="url(#gradient_7)"/>')
 * // '<linearGradient id="gradient_1"/><path fill="url(#gradient_1)"/>'
 */
export function normaliseSvgIds(svg: string): string {
  const maps = new Map<string, Map<string, number>>();
  return svg.replace(/\b(gradient_|clip|pattern_?)(\d+)\b(?=["')])/g, (_m, prefix: string, n: string) => {
    let map = maps.get(prefix);
    if (!map) maps.set(prefix, (map = new Map()));
    if (!map.has(n)) map.set(n, map.size + 1);
    return `${prefix}${map.get(n)}`;
  });
}
