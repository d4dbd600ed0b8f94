/**
 * Classic shift-share analysis (Dunn 1960; Esteban-Marquillas 1972).
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { requireFinite, requireObject, requireNonNegative, requireSameLength, sum, type Numbers } from '../../core/validate.js';

/** Region and nation values by industry at the base and final dates (same industry order). */
export interface ShiftShareInput {
  regionBase: Numbers;
  regionFinal: Numbers;
  nationBase: Numbers;
  nationFinal: Numbers;
}

/** Decomposition method. */
export type ShiftShareMethod = 'dunn' | 'esteban-marquillas';

/** Options of {@link shiftShare}. */
export interface ShiftShareOptions {
  /** Default `'dunn'`. */
  method?: ShiftShareMethod;
}

/** One industry's components (same names as the totals). */
export interface ShiftShareIndustry {
  growth: number;
  nationalShare: number;
  industrialMix: number;
  regionalShift: number;
  /** Esteban-Marquillas allocation effect; `null` for Dunn. */
  allocation: number | null;
}

/**
 * Result of {@link shiftShare}: growth = nationalShare + industrialMix + regionalShift
 * (+ allocation for Esteban-Marquillas). netShift = growth − nationalShare.
 */
export interface ShiftShareResult {
  method: ShiftShareMethod;
  /** Change of the region's total, Σ (regionFinal − regionBase), in the input's units. */
  growth: number;
  /** Growth had the region grown at the nation's overall rate: Σ e_i G. */
  nationalShare: number;
  /** Effect of the region's industry mix: Σ e_i (g_i − G). */
  industrialMix: number;
  /**
   * Competitive (regional) effect. Dunn: Σ e_i (r_i − g_i). Esteban-Marquillas: the homothetic
   * competitive effect Σ ê_i (r_i − g_i), ê_i = e · E_i/E.
   */
  regionalShift: number;
  /** Esteban-Marquillas allocation effect Σ (e_i − ê_i)(r_i − g_i); `null` for Dunn. */
  allocation: number | null;
  /** industrialMix + regionalShift (+ allocation): growth beyond the national share. */
  netShift: number;
  /** Per-industry components, in input order. */
  industries: ShiftShareIndustry[];
}

/**
 * Shift-share analysis: splits the change of a region's employment (or value added) into what
 * national growth explains, what its industry mix explains, and the region's own competitive
 * shift.
 *
 * Formula, with e_i, e'_i the region's values in industry i at base and final date, E_i, E'_i
 * the nation's, G = ΣE'/ΣE − 1, g_i = E'_i/E_i − 1 and r_i = e'_i/e_i − 1:
 * nationalShare_i = e_i G; industrialMix_i = e_i (g_i − G); regionalShift_i (Dunn) =
 * e_i (r_i − g_i), computed as (e'_i − e_i) − e_i g_i so that an industry new to the region
 * (e_i = 0) is counted. Esteban-Marquillas: ê_i = e · E_i/E (homothetic base),
 * regionalShift_i = ê_i (r_i − g_i), allocation_i = (e_i − ê_i)(r_i − g_i).
 *
 * Conventions: components add up to growth up to float noise (compensated sums); the nation
 * should include the region (the usual textbook setting). Levels in any unit (the
 * components come out in that unit). An industry absent from the nation at the base date is
 * refused (g_i undefined); under Esteban-Marquillas so is an industry absent from the region at
 * the base date but present later (r_i undefined).
 *
 * @throws MeasureError `empty`, `not-finite` (names argument and index), `out-of-domain`
 *   (negative value, nation base 0, E-M with region base 0 and final > 0), `length-mismatch`.
 * @see Dunn, E. S. (1960) https://doi.org/10.1007/BF01969906 ; Esteban-Marquillas, J. M. (1972)
 *   https://doi.org/10.1016/0034-3331(72)90035-3 ; Farhauer & Kröll (2013) Standorttheorien
 *   (worked example in REAT `shift()`).
 * @example
 * ```ts
 * shiftShare({ regionBase: [90, 20, 10, 60], regionFinal: [100, 40, 10, 55],
 *   nationBase: [400, 150, 150, 400], nationFinal: [440, 210, 135, 480] })
 * // { growth: 25, nationalShare: 27, industrialMix: 1, regionalShift: -3, netShift: -2, … }
 * ```
 */
export function shiftShare(input: ShiftShareInput, options: ShiftShareOptions = {}): ShiftShareResult {
  const measure = 'shiftShare';
  const method = options.method ?? 'dunn';
  if (method !== 'dunn' && method !== 'esteban-marquillas') {
    throw new MeasureError('out-of-domain', measure, `method must be 'dunn' or 'esteban-marquillas', got ${String(method)}`, { argument: 'method' });
  }
  requireObject('shiftShare', 'input', input);
  const { regionBase: e0, regionFinal: e1, nationBase: E0, nationFinal: E1 } = input;
  const named: [string, Numbers][] = [['regionBase', e0], ['regionFinal', e1], ['nationBase', E0], ['nationFinal', E1]];
  for (const [name, a] of named) {
    requireFinite(measure, name, a);
    requireNonNegative(measure, name, a);
  }
  for (const [name, a] of named.slice(1)) requireSameLength(measure, e0, 'regionBase', a, name);
  const k = e0.length;
  for (let i = 0; i < k; i++) {
    if (E0[i] === 0) {
      throw new MeasureError('out-of-domain', measure, 'the nation has none of this industry at the base date, so its growth rate is undefined; merge it with a related industry', { argument: 'nationBase', index: i });
    }
  }
  const G = sum(E1) / sum(E0) - 1;
  const eTotal = sum(e0);
  const ETotal = sum(E0);
  const industries: ShiftShareIndustry[] = [];
  for (let i = 0; i < k; i++) {
    const gi = E1[i]! / E0[i]! - 1;
    const growth = e1[i]! - e0[i]!;
    const nationalShare = e0[i]! * G;
    const industrialMix = e0[i]! * (gi - G);
    const competitive = growth - e0[i]! * gi;
    if (method === 'dunn') {
      industries.push({ growth, nationalShare, industrialMix, regionalShift: competitive, allocation: null });
    } else {
      if (e0[i] === 0 && e1[i]! > 0) {
        throw new MeasureError('out-of-domain', measure, 'the region has none of this industry at the base date but some later, so r_i (and the Esteban-Marquillas split) is undefined; use the Dunn method', { argument: 'regionBase', index: i });
      }
      const homothetic = (eTotal * E0[i]!) / ETotal;
      const ri = e0[i] === 0 ? gi : e1[i]! / e0[i]! - 1;
      const regionalShift = homothetic * (ri - gi);
      industries.push({ growth, nationalShare, industrialMix, regionalShift, allocation: competitive - regionalShift });
    }
  }
  const total = (f: (x: ShiftShareIndustry) => number): number => sum(industries.map(f));
  const growth = total((x) => x.growth);
  const nationalShare = total((x) => x.nationalShare);
  const industrialMix = total((x) => x.industrialMix);
  const regionalShift = total((x) => x.regionalShift);
  const allocation = method === 'dunn' ? null : total((x) => x.allocation ?? 0);
  return {
    method,
    growth,
    nationalShare,
    industrialMix,
    regionalShift,
    allocation,
    netShift: sum([industrialMix, regionalShift, allocation ?? 0]),
    industries,
  };
}
