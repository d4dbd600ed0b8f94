/**
 * `firmTransferSummary`: what chapter 04 reads from a firm register in one call — output moved
 * out by PRD city, the relocation corridors, clustered moves (产业链整体转移) and park capture,
 * as typed rows.
 * @module
 */
import { clusteredMoves } from './clustered-moves.js';
import { relocationFlowLinks, relocationFlows, type FlowLink } from './flows.js';
import { outputMovedOut } from './output-moved-out.js';
import { parkCapture } from './park-capture.js';
import type { FirmPanel } from './panel.js';

/** One PRD city of {@link FirmTransferSummary.movedOut}. */
export interface OutputMovedOutRow {
  city_code: number;
  city_zh: string;
  city_en: string;
  /** Firms that moved from the city to the East, West or North wing. */
  firms: number;
  /** Σ output at the origin (last year before the move), file unit (generator: 万元). */
  output_moved_out: number;
  /** Σ employment likewise (null when the register has none). */
  employment_moved_out: number | null;
}

/** One clustered move (a chain moving together) of {@link FirmTransferSummary.clusters}. */
export interface ClusteredMoveRow {
  group_id: string;
  origin: number;
  /** Null when the firms went to several destinations. */
  destination: number | null;
  destinations: number;
  industry: string;
  year_start: number;
  year_end: number;
  firms: number;
  output_moved: number;
  employment_moved: number | null;
}

/** Park capture over the whole range (moves from the PRD to the other regions). */
export interface ParkCaptureRow {
  moves: number;
  moves_in_parks: number;
  output_moved: number;
  output_in_parks: number;
  /** output_in_parks / output_moved, [0, 1]; null when nothing moved. */
  share: number | null;
}

/** What {@link firmTransferSummary} returns. */
export interface FirmTransferSummary {
  /** Inclusive range of move years. */
  years: readonly [number, number];
  /** Every PRD city (zero when nothing left), register order of outputMovedOut. */
  movedOut: OutputMovedOutRow[];
  /** Origin → destination city links of output moved, largest first (moves from the PRD to the other regions). */
  corridors: FlowLink[];
  /** Clustered moves (same origin, GB/T 4754-2017 division, destination; ≤ 1 year apart; ≥ 2 firms), largest output first. */
  clusters: ClusteredMoveRow[];
  /** Moves left out of the clustering (industry code without a 2017 division). */
  unmapped: number;
  /** Null when the register has no park_id column. */
  capture: ParkCaptureRow | null;
}

/**
 * Run the chapter's firm measures over moves in `years` (default the register's whole range):
 * `outputMovedOut` (PRD → East/West/North), `relocationFlows` by origin and destination city
 * with `relocationFlowLinks` (output moved), `clusteredMoves` (window 1, same destination,
 * division level, ≥ 2 firms) and `parkCapture(…, 'any')` when the register has park ids. Units:
 * the register's (the generator writes 万元). On a synthetic register every figure is synthetic.
 * @example
 * ```ts
 * // on test/firms/fixtures/small-panel.csv
 * const s = await firmTransferSummary(panel, { years: [2011, 2013] });
 * s.movedOut[1].output_moved_out // 320 (深圳)
 * ```
 */
export async function firmTransferSummary(panel: FirmPanel, options: { years?: readonly [number, number] } = {}): Promise<FirmTransferSummary> {
  const years = options.years ?? panel.years;
  const sel = { from: 'PRD', to: ['East', 'West', 'North'], year: years } as const;
  const movedOut = (await outputMovedOut(panel, { year: years })).objects() as unknown as OutputMovedOutRow[];
  const corridors = relocationFlowLinks(await relocationFlows(panel, { ...sel, by: ['origin', 'destination'] })).sort((a, b) => b.value - a.value);
  const cm = await clusteredMoves(panel, { ...sel, window: 1, sameDestination: true, industryLevel: 2 });
  const clusters = (cm.groups.objects() as unknown as ClusteredMoveRow[]).sort((a, b) => b.output_moved - a.output_moved);
  const capture = panel.hasParks ? ((await parkCapture(panel, 'any', sel)).objects() as unknown as ParkCaptureRow[])[0] ?? null : null;
  return { years, movedOut, corridors, clusters, unmapped: cm.unmapped, capture };
}
