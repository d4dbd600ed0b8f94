/**
 * `relocationFlows` (the flow matrix of firm moves) and `relocationFlowLinks` (its rows as
 * `{ origin, destination, value }` links for a flow or chord chart).
 * @module
 */
import { MeasureError } from '../core/errors.js';
import { firmCity } from './cities.js';
import { loadSql, queryTable, renderSql } from './engine.js';
import type { ArqueroTable } from './engine.js';
import type { FirmPanel } from './panel.js';
import { selectionSql } from './selection.js';
import type { MoveSelection } from './selection.js';

/** Keys a flow matrix can be broken down by. `industry` is the GB/T 4754-2017 division. */
export type FlowKey = 'origin' | 'destination' | 'origin_region' | 'destination_region' | 'industry' | 'year';

/** Options of {@link relocationFlows}. */
export interface RelocationFlowsOptions extends MoveSelection {
  /** Breakdown keys, in output column order (default `['origin', 'destination']`). */
  by?: readonly FlowKey[];
}

const KEY_SQL: Record<FlowKey, string> = {
  origin: 'origin',
  destination: 'destination',
  origin_region: 'origin_region',
  destination_region: 'destination_region',
  industry: 'industry_division AS industry',
  year: 'year',
};
const KEY_GROUP: Record<FlowKey, string> = { ...KEY_SQL, industry: 'industry_division' };

/**
 * The flow matrix of firm relocations: per combination of the `by` keys, the number of
 * moves (`firms`), the output moved and the employment moved.
 *
 * Formula: output_moved = Σ output_before over the moves of the cell (output at the origin in
 * the last year before the move); employment_moved likewise (null when the panel has no
 * employment column). A firm that moves twice counts twice. Units: the file's (the
 * generator writes 万元 and persons). Cells without moves are absent. Synthetic panels give
 * synthetic flows.
 *
 * @throws {MeasureError} for an unknown key, a repeated key, or a bad selection.
 * @see Guangdong 2011 plan (seeds/), 产业链整体转移.
 * @example
 * ```ts
 * // on test/firms/fixtures/small-panel.csv
 * const flows = await relocationFlows(panel, { by: ['origin', 'destination'], from: 'PRD' });
 * flows.objects()[1]; // { origin: 440300, destination: 441600, firms: 2, output_moved: 320, employment_moved: 32 }
 * ```
 */
export async function relocationFlows(panel: FirmPanel, options: RelocationFlowsOptions = {}): Promise<ArqueroTable> {
  const by = options.by ?? ['origin', 'destination'];
  if (by.length === 0) throw new MeasureError('empty', 'relocationFlows', 'needs at least one key', { argument: 'by' });
  by.forEach((k, index) => {
    if (!(k in KEY_SQL)) {
      throw new MeasureError('out-of-domain', 'relocationFlows', `"${String(k)}" is not one of ${Object.keys(KEY_SQL).join(', ')}`, { argument: 'by', index });
    }
    if (by.indexOf(k) !== index) {
      throw new MeasureError('out-of-domain', 'relocationFlows', `key "${k}" is repeated`, { argument: 'by', index });
    }
  });
  const selection = selectionSql('relocationFlows', options);
  await panel.ensureMoves();
  const sql = renderSql(loadSql('flows.sql'), {
    selection: { raw: selection },
    select_keys: { raw: by.map((k) => KEY_SQL[k]).join(', ') },
    group_keys: { raw: by.map((k) => KEY_GROUP[k]).join(', ') },
  });
  return panel.run((conn) => queryTable(conn, sql));
}

/** One link of a flow chart. */
export interface FlowLink {
  /** Origin label (city name, code or region, see `label`). */
  origin: string;
  /** Destination label. */
  destination: string;
  /** Output moved (or number of firms, see `value`). */
  value: number;
}

/** Options of {@link relocationFlowLinks}. */
export interface FlowLinkOptions {
  /** Which column is the link's value (default `'output_moved'`). */
  value?: 'output_moved' | 'firms' | 'employment_moved';
  /** City labels: Chinese name (default), English name, or the code as text. */
  label?: 'zh' | 'en' | 'code';
}

/**
 * The rows of a flow matrix as `{ origin, destination, value }` links, the input a
 * flow/chord chart builder needs (the chart itself belongs to `src/charts`).
 *
 * The table must come from {@link relocationFlows} with `origin`/`destination` (city codes)
 * or `origin_region`/`destination_region` among its keys; other keys are summed over.
 *
 * @throws {MeasureError} when the table lacks origin and destination columns or a value is
 *   not finite.
 * @example
 * ```ts
 * relocationFlowLinks(flows)[1]; // { origin: '深圳', destination: '河源', value: 320 } (small-panel.csv)
 * ```
 */
export function relocationFlowLinks(flows: ArqueroTable, options: FlowLinkOptions = {}): FlowLink[] {
  const valueCol = options.value ?? 'output_moved';
  const label = options.label ?? 'zh';
  const names = flows.columnNames();
  const [o, d] = names.includes('origin') && names.includes('destination')
    ? ['origin', 'destination']
    : names.includes('origin_region') && names.includes('destination_region')
      ? ['origin_region', 'destination_region']
      : [undefined, undefined];
  if (!o || !d) {
    throw new MeasureError('out-of-domain', 'relocationFlowLinks', 'the flow table needs origin and destination (or origin_region and destination_region) columns: call relocationFlows with by including them', { argument: 'flows' });
  }
  if (!names.includes(valueCol)) {
    throw new MeasureError('out-of-domain', 'relocationFlowLinks', `the flow table has no column "${valueCol}"`, { argument: 'value' });
  }
  const name = (v: unknown): string => {
    if (typeof v === 'number') {
      const c = firmCity(v);
      if (label === 'code' || !c) return String(v);
      return label === 'zh' ? c.city_zh : c.city_en;
    }
    return String(v);
  };
  const sums = new Map<string, FlowLink>();
  const oc = flows.getter(o);
  const dc = flows.getter(d);
  const vc = flows.getter(valueCol);
  let index = 0;
  flows.scan((row) => {
    const r = row as number;
    const v = vc(r) as number | null;
    if (v === null || !Number.isFinite(v)) {
      throw new MeasureError('not-finite', 'relocationFlowLinks', `value ${String(v)} in column "${valueCol}" is not a finite number`, { argument: 'flows', index });
    }
    const origin = name(oc(r));
    const destination = name(dc(r));
    const key = `${origin}\u0000${destination}`;
    const cur = sums.get(key);
    if (cur) cur.value += v;
    else sums.set(key, { origin, destination, value: v });
    index++;
  });
  return [...sums.values()];
}
