/**
 * `outputMovedOut`: per Pearl River Delta city, the output its enterprises took with them
 * when they relocated — the quantity the 2011 plan rewards (企业产能（产值）转出奖励).
 * @module
 */
import { MeasureError } from '../core/errors.js';
import { loadSql, queryTable, renderSql } from './engine.js';
import type { ArqueroTable } from './engine.js';
import type { FirmPanel } from './panel.js';
import { citiesOf, selectionSql } from './selection.js';
import type { PlaceSelector } from './selection.js';

/** Options of {@link outputMovedOut}. */
export interface OutputMovedOutOptions {
  /** Year of the move (first year at the destination), or an inclusive [first, last] range. */
  year: number | readonly [number, number];
  /** Cities whose outflow is measured (default `'PRD'`: one row for each of the nine). */
  from?: PlaceSelector;
  /** Destinations that count as a transfer (default the East, West and North wings). */
  to?: PlaceSelector;
  /** Only firms with at least this output at the origin. */
  minOutput?: number;
}

/**
 * The output that left each origin city through firm relocations in a year (or range).
 *
 * Formula: output_moved_out(c) = Σ output_before over the moves with origin c, destination in
 * `to`, and first destination year in `year`; output_before is the firm's output in its last
 * year at c. Convention: by default only moves out of the PRD to the three other regions
 * count (the 双转移 direction); moves inside the PRD do not, unless `to` says so. Every city
 * of `from` gets a row (zero when nothing left). Units: the file's (generator: 万元).
 * Columns: city_code, city_zh, city_en, firms, output_moved_out, employment_moved_out.
 * Use {@link transferRecords} to turn the table into `{ city, outputMoved }` records for the
 * reward allocation of `src/parks` (`allocateTransferRewards`). On a synthetic panel the result is synthetic.
 *
 * @throws {MeasureError} when `year` is missing or malformed, or `from`/`to` are unknown.
 * @see Guangdong 2011 plan (seeds/): 对珠三角地区企业产能（产值）转出…的珠三角政府进行奖励.
 * @example
 * ```ts
 * // on test/firms/fixtures/small-panel.csv
 * const out = await outputMovedOut(panel, { year: 2012 });
 * out.objects()[1]; // { city_code: 440300, city_zh: '深圳', city_en: 'Shenzhen', firms: 2, output_moved_out: 320, employment_moved_out: 32 }
 * ```
 */
export async function outputMovedOut(panel: FirmPanel, options: OutputMovedOutOptions): Promise<ArqueroTable> {
  if (options === undefined || options.year === undefined) {
    throw new MeasureError('empty', 'outputMovedOut', 'needs a year (or [first, last] range) of moves', { argument: 'year' });
  }
  const from = options.from ?? 'PRD';
  const to = options.to ?? ['East', 'West', 'North'];
  const selection = selectionSql('outputMovedOut', { from, to, year: options.year, ...(options.minOutput !== undefined ? { minOutput: options.minOutput } : {}) });
  const origins = citiesOf('outputMovedOut', 'from', from);
  await panel.ensureMoves();
  return panel.run((conn) =>
    queryTable(conn, renderSql(loadSql('output-moved-out.sql'), { selection: { raw: selection }, origins, employment_zero: { raw: panel.hasEmployment ? '0' : 'CAST(NULL AS DOUBLE)' } })),
  );
}

/**
 * One city's transfer: the shape of `TransferMoved`, the input of the reward allocation
 * `allocateTransferRewards(fund, transfers)` of src/parks, plus the city code.
 */
export interface TransferRecord {
  /** Chinese city name, e.g. 深圳 (the key the reward allocation uses). */
  city: string;
  /** GB/T 2260 city code. */
  city_code: number;
  /** Output moved out (unit of the firm file). */
  outputMoved: number;
}

/**
 * Turn an {@link outputMovedOut} table into `{ city, city_code, outputMoved }` records, the
 * input of `allocateTransferRewards` (src/parks).
 * @throws {MeasureError} when the table lacks the columns of outputMovedOut.
 * @example
 * ```ts
 * // on test/firms/fixtures/small-panel.csv
 * const transfers = transferRecords(await outputMovedOut(panel, { year: [2011, 2013] }));
 * transfers[1]; // { city: '深圳', city_code: 440300, outputMoved: 320 }
 * allocateTransferRewards(94, transfers).allocations.map((a) => a.amount).slice(0, 2); // [50, 32]
 * ```
 */
export function transferRecords(table: ArqueroTable): TransferRecord[] {
  for (const c of ['city_code', 'city_zh', 'output_moved_out']) {
    if (!table.columnNames().includes(c)) {
      throw new MeasureError('out-of-domain', 'transferRecords', `the table has no column "${c}": pass the result of outputMovedOut`, { argument: 'table' });
    }
  }
  return (table.objects() as { city_code: number; city_zh: string; output_moved_out: number }[]).map((r) => ({
    city: r.city_zh,
    city_code: r.city_code,
    outputMoved: r.output_moved_out,
  }));
}
