/**
 * `parkCapture`: the share of relocated output that landed in provincial industrial
 * transfer parks (省产业转移工业园).
 * @module
 */
import { MeasureError } from '../core/errors.js';
import { warn } from '../core/warnings.js';
import { loadSql, queryTable, renderSql, sqlString } from './engine.js';
import type { ArqueroTable } from './engine.js';
import type { FirmPanel } from './panel.js';
import { selectionSql } from './selection.js';
import type { MoveSelection } from './selection.js';

/** Keys the capture share can be broken down by. */
export type CaptureKey = 'year' | 'origin' | 'destination' | 'origin_region' | 'destination_region';

/** Options of {@link parkCapture}. */
export interface ParkCaptureOptions extends MoveSelection {
  /** Breakdown (default none: one row). */
  by?: readonly CaptureKey[];
}

/** The parks that count: a list of park ids, records with a park_id, or `'any'` (any non-empty park_id). */
export type ParkList = readonly string[] | ReadonlyArray<{ readonly park_id: string }> | 'any';

const KEYS: readonly CaptureKey[] = ['year', 'origin', 'destination', 'origin_region', 'destination_region'];

/**
 * The share of moved output that landed in the given parks: of the output of relocating
 * firms (Σ output_before, their output at the origin in the last year before moving), the
 * part whose firm was, in its first year at the destination, in one of `parks` (its
 * `park_id`).
 *
 * Formula: share = output_in_parks / output_moved, in [0, 1]; also moves and moves_in_parks
 * (counts). Convention: capacity moved is measured at the origin (not the output after the
 * move). The share is null, with a warning, in a cell whose moved output is zero. By default
 * moves are counted from the PRD to the other three regions. Needs a park_id column.
 * Synthetic panels give synthetic shares.
 *
 * @throws {MeasureError} when the panel has no park_id column, the park list is empty, or a
 *   key is unknown.
 * @see Guangdong 2011 plan (seeds/) on provincial industrial transfer parks.
 * @example
 * ```ts
 * // on test/firms/fixtures/small-panel.csv
 * const cap = await parkCapture(panel, ['P441600A', 'P441700A'], { by: ['year'] });
 * cap.objects()[1]; // { year: 2012, moves: 2, moves_in_parks: 2, output_moved: 320, output_in_parks: 320, share: 1 }
 * ```
 */
export async function parkCapture(panel: FirmPanel, parks: ParkList, options: ParkCaptureOptions = {}): Promise<ArqueroTable> {
  if (!panel.hasParks) {
    throw new MeasureError('degenerate', 'parkCapture', 'the firm panel has no park_id column: which firms sit in a park is unknown', { argument: 'panel' });
  }
  const by = options.by ?? [];
  by.forEach((k, index) => {
    if (!KEYS.includes(k) || by.indexOf(k) !== index) {
      throw new MeasureError('out-of-domain', 'parkCapture', `"${String(k)}" is not one of ${KEYS.join(', ')} (or is repeated)`, { argument: 'by', index });
    }
  });
  let ids: string[] | undefined;
  if (parks !== 'any') {
    ids = (parks as ReadonlyArray<string | { park_id: string }>).map((p, index) => {
      const id = typeof p === 'string' ? p : p?.park_id;
      if (typeof id !== 'string' || id.trim() === '') {
        throw new MeasureError('out-of-domain', 'parkCapture', 'every park needs a non-empty park_id string', { argument: 'parks', index });
      }
      return id.trim();
    });
    if (ids.length === 0) throw new MeasureError('empty', 'parkCapture', 'names no park (pass \'any\' to count every park)', { argument: 'parks' });
  }
  const selection = selectionSql('parkCapture', {
    ...options,
    from: options.from ?? 'PRD',
    to: options.to ?? ['East', 'West', 'North'],
  });
  await panel.ensureMoves();
  const table = await panel.run(async (conn) => {
    await conn.run('CREATE OR REPLACE TEMP TABLE capture_parks (park_id VARCHAR)');
    if (ids) {
      for (let i = 0; i < ids.length; i += 1000) {
        await conn.run(`INSERT INTO capture_parks VALUES ${ids.slice(i, i + 1000).map((x) => `(${sqlString(x)})`).join(', ')}`);
      }
    } else {
      await conn.run('INSERT INTO capture_parks SELECT DISTINCT park_id FROM firm_moves WHERE park_id IS NOT NULL');
    }
    const keys = by.map((k) => `m.${k}`).join(', ');
    return queryTable(
      conn,
      renderSql(loadSql('park-capture.sql'), {
        selection: { raw: selection },
        select_keys: { raw: by.length ? `${keys},` : '' },
        group_by: { raw: by.length ? `GROUP BY ${keys}` : '' },
        order_by: { raw: by.length ? `ORDER BY ${keys}` : '' },
      }),
    );
  });
  let zero = 0;
  const out = table.derive({ share: (d: { output_moved: number | null; output_in_parks: number }) => (d.output_moved && d.output_moved > 0 ? d.output_in_parks / d.output_moved : null) });
  out.scan((row) => {
    if (out.get('share', row as number) === null) zero++;
  });
  if (zero > 0) {
    warn({ code: 'park-capture-zero', message: `parkCapture: ${zero} cell(s) with no moved output: their share is null` });
  }
  return out as ArqueroTable;
}
