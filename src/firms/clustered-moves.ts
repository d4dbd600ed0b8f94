/**
 * `clusteredMoves`: groups of firms of one industrial chain that relocated together
 * (组团式转移 / 产业链整体转移).
 * @module
 */
import { MeasureError } from '../core/errors.js';
import { warn } from '../core/warnings.js';
import { loadSql, queryRows, queryTable, renderSql } from './engine.js';
import type { ArqueroTable } from './engine.js';
import type { FirmPanel } from './panel.js';
import { selectionSql } from './selection.js';
import type { MoveSelection } from './selection.js';

/** Options of {@link clusteredMoves}. */
export interface ClusteredMovesOptions extends MoveSelection {
  /** Largest gap in years between consecutive moves of one group (default 1). */
  window?: number;
  /** Whether the firms of a group must go to the same destination city (default true). */
  sameDestination?: boolean;
  /** Industry level that defines a chain: 2 = GB/T 4754-2017 division (default), 1 = section. */
  industryLevel?: 1 | 2;
  /** Smallest number of distinct firms in a group (default 2). */
  minFirms?: number;
}

/** Result of {@link clusteredMoves}. */
export interface ClusteredMoves {
  /**
   * One row per group: group_id, origin, destination (null when the firms went to several),
   * destinations, industry, year_start, year_end, firms, output_moved, employment_moved.
   */
  groups: ArqueroTable;
  /** One row per move in a group: group_id, firm_id, year, origin, destination, industry_key, industry_division, output_before, employment_before. */
  members: ArqueroTable;
  /** Moves left out because their industry code has no GB/T 4754-2017 division in the crosswalk. */
  unmapped: number;
}

const SECTION_SQL = `CASE
  WHEN CAST(industry_division AS INTEGER) BETWEEN 1 AND 5 THEN 'A'
  WHEN CAST(industry_division AS INTEGER) BETWEEN 6 AND 12 THEN 'B'
  WHEN CAST(industry_division AS INTEGER) BETWEEN 13 AND 43 THEN 'C'
  WHEN CAST(industry_division AS INTEGER) BETWEEN 44 AND 46 THEN 'D'
  WHEN CAST(industry_division AS INTEGER) BETWEEN 47 AND 50 THEN 'E'
  ELSE 'F-T' END`;

/**
 * Groups of relocations of one chain moving together: moves from the same origin city, of
 * the same industry (GB/T 4754-2017 division, after the 2002/2011 crosswalk), to the same
 * destination (when `sameDestination`), chained when each lies at most `window` years after
 * the previous one of the same key (single linkage: a steady trickle over many years forms
 * one long group — look at year_start/year_end). Groups need `minFirms` distinct firms.
 *
 * Output moved is Σ output_before (origin output in the last year before the move), in the
 * file's unit. `group_id` = origin-destination-industry-first year (destination 0 when
 * `sameDestination` is false). Synthetic panels give synthetic groups.
 *
 * @throws {MeasureError} when window is not a non-negative integer, minFirms < 2,
 *   industryLevel is not 1 or 2, or the selection is bad.
 * @see Guangdong 2011 plan (seeds/): 引导产业链整体转移和项目组团式转移.
 * @example
 * ```ts
 * const { groups } = await clusteredMoves(panel, { window: 1, sameDestination: true, industryLevel: 2 });
 * // on test/firms/fixtures/small-panel.csv: two Shenzhen electronics firms to Heyuan in 2012
 * groups.objects()[0]; // { group_id: '440300-441600-39-2012', origin: 440300, destination: 441600, destinations: 1, industry: '39', year_start: 2012, year_end: 2012, firms: 2, output_moved: 320, employment_moved: 32 }
 * ```
 */
export async function clusteredMoves(panel: FirmPanel, options: ClusteredMovesOptions = {}): Promise<ClusteredMoves> {
  const window = options.window ?? 1;
  const sameDestination = options.sameDestination ?? true;
  const level = options.industryLevel ?? 2;
  const minFirms = options.minFirms ?? 2;
  if (!Number.isInteger(window) || window < 0) {
    throw new MeasureError('out-of-domain', 'clusteredMoves', `window must be a non-negative integer number of years, got ${window}`, { argument: 'window' });
  }
  if (level !== 1 && level !== 2) {
    throw new MeasureError('out-of-domain', 'clusteredMoves', `industryLevel must be 1 (section) or 2 (division), got ${String(level)}`, { argument: 'industryLevel' });
  }
  if (!Number.isInteger(minFirms) || minFirms < 2) {
    throw new MeasureError('out-of-domain', 'clusteredMoves', `minFirms must be an integer ≥ 2, got ${minFirms}`, { argument: 'minFirms' });
  }
  const selection = selectionSql('clusteredMoves', options);
  await panel.ensureMoves();
  return panel.run(async (conn) => {
    const unmappedRow = await queryRows(conn, `SELECT CAST(count(*) AS INTEGER) AS n FROM firm_moves WHERE (${selection}) AND industry_division IS NULL`);
    const unmapped = Number(unmappedRow[0]?.n ?? 0);
    if (unmapped > 0) {
      warn({
        code: 'firm-unmapped-industry',
        message: `clusteredMoves: ${unmapped} move(s) left out: their industry code has no GB/T 4754-2017 division in the crosswalk (only divisions 06–46 of the 2002 edition are mapped)`,
      });
    }
    await conn.run(
      renderSql(loadSql('clustered-moves.sql'), {
        selection: { raw: selection },
        industry_key: { raw: level === 2 ? 'industry_division' : SECTION_SQL },
        destination_key: { raw: sameDestination ? 'destination' : '0' },
        window,
        min_firms: minFirms,
      }),
    );
    const groups = await queryTable(conn, loadSql('clustered-groups.sql'));
    const members = await queryTable(conn, 'SELECT * FROM firm_cluster_members ORDER BY group_id, year, firm_id');
    return { groups, members, unmapped };
  });
}
