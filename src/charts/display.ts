/**
 * `display` for notebooks on the tslab kernel.
 * @module
 */
import { createRequire } from 'node:module';
import type { TopLevelSpec } from 'vega-lite';
import { toHtml, type ToHtmlOptions } from './html.js';
import type { RowsInput } from './types.js';

interface TslabLike { display: { html(s: string): void } }

/** tslab's public module when it can be loaded (it is a dependency), else undefined. */
function loadTslab(): TslabLike | undefined {
  try {
    const require = createRequire(import.meta.url);
    return require('tslab') as TslabLike;
  } catch {
    return undefined;
  }
}

/**
 * Show a chart or a table in a tslab notebook: the HTML of {@link toHtml} (SVG inline with a
 * PNG fallback, or a formatted table) goes to `tslab.display.html`. Outside a kernel (plain
 * Node, tests, the report builder) nothing is shown and the HTML string is returned instead of
 * throwing.
 * @returns undefined when shown in a kernel; the HTML otherwise.
 * @example
 * ```ts
 * await display(growthGapChart(rows)); // in a notebook: the chart appears under the cell
 * ```
 */
export async function display(specOrTable: TopLevelSpec | RowsInput<object>, options: ToHtmlOptions = {}): Promise<string | undefined> {
  const html = await toHtml(specOrTable, options);
  const tslab = loadTslab();
  if (!tslab) return html;
  try {
    tslab.display.html(html);
    return undefined;
  } catch {
    // tslab throws "Not ready" outside a running kernel.
    return html;
  }
}
