/**
 * `detectRelocations`: the firm moves of a panel, one row per move.
 * @module
 */
import { loadSql, queryTable, renderSql } from './engine.js';
import type { ArqueroTable } from './engine.js';
import type { FirmPanel } from './panel.js';
import { selectionSql } from './selection.js';
import type { MoveSelection } from './selection.js';

/** Options of {@link detectRelocations}: which moves (origin, destination, years, size). */
export type DetectRelocationsOptions = MoveSelection;

/**
 * The relocations of firms in a panel: one row per move, where a move is a firm observed in
 * city A in one year and in a different city B in its next observed year.
 *
 * Convention: a move is dated by its first year at the destination (`year`; `year_before`
 * is the last year at the origin — they differ by more than one when the firm is missing in
 * between). A firm moving twice gives two rows; A→B→A gives a move out and a move back. The
 * industry is the one recorded at the origin, with its GB/T 4754-2017 division
 * (`industry_division`, via the crosswalk of `gbt4754.ts`). Output and employment are in the
 * file's units: `output_before`/`employment_before` at the origin in `year_before`,
 * `output_after`/`employment_after` at the destination in `year`; `park_id` is the firm's
 * park in `year` (null when none). Results on a synthetic panel are synthetic
 * (`panel.synthetic`).
 *
 * Columns: firm_id, year, year_before, origin, destination, origin_region,
 * destination_region, industry_code, industry_edition, industry_division, output_before,
 * output_after, employment_before, employment_after, park_id; sorted by firm_id, year.
 *
 * @throws {MeasureError} when `from`/`to` name an unknown region or city code, `year` is not
 *   an integer or ordered pair, or `minOutput` is not finite.
 * @see Guangdong 2011 plan on industrial transfer (seeds/): 企业产能（产值）转出奖励.
 * @see Linking firms over years in a Chinese industrial-enterprise panel: Brandt, Van
 *   Biesebroeck & Zhang (2012), J. Dev. Econ. 97(2), doi:10.1016/j.jdeveco.2011.02.002.
 * @example
 * ```ts
 * // test/firms/fixtures/small-panel.csv: firm 1 in Shenzhen 2010–2011, in Heyuan from 2012
 * const panel = await openFirmPanel('small-panel.csv');
 * const moves = await detectRelocations(panel, { from: 'PRD', to: ['East', 'West', 'North'] });
 * moves.objects()[0]; // { firm_id: '1', year: 2012, year_before: 2011, origin: 440300, destination: 441600, … }
 * ```
 */
export async function detectRelocations(panel: FirmPanel, options: DetectRelocationsOptions = {}): Promise<ArqueroTable> {
  const selection = selectionSql('detectRelocations', options);
  await panel.ensureMoves();
  return panel.run((conn) => queryTable(conn, renderSql(loadSql('relocations.sql'), { selection: { raw: selection } })));
}
