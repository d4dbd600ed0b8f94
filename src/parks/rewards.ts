/**
 * Splitting the industrial-transfer reward fund (产业转移奖励资金) among PRD cities.
 * @module
 */
import { DataError } from '../core/errors.js';
import { sum } from '../core/validate.js';
import { findCity } from '../data/index.js';
import { suggestCity } from '../data/cities.js';

/** Output one city moved out of the PRD (any consistent unit, e.g. 亿元). */
export interface TransferMoved {
  city: string;
  outputMoved: number;
}

/** Options of {@link allocateTransferRewards}. */
export interface AllocateRewardsOptions {
  /** Largest share of the fund one city may get, in (0, 1]. Default: no cap. */
  cap?: number;
  /** Smallest output moved that qualifies for a reward (same unit as `outputMoved`). Default 0 (any positive amount). */
  minimum?: number;
  /** Rounding unit of the amounts (default 1); the fund must be a whole number of units. */
  unit?: number;
  /**
   * Which cities may be paid. `'prd'` (default): the nine Pearl River Delta cities only; names
   * are normalised through the city registry (深圳, 深圳市, 440300 and Shenzhen are one city, so
   * they cannot escape the cap as two). `'guangdong'`: any of the 21 cities (normalised).
   * `'any'`: names are taken as given (trimmed), for other provinces or hypothetical examples.
   */
  cities?: 'prd' | 'guangdong' | 'any';
}

/** One city's reward. */
export interface RewardAllocation {
  /** The city: its registry short name (e.g. 深圳) unless `cities: 'any'`, then as given (trimmed). */
  city: string;
  /** GB/T 2260 code of the city (null under `cities: 'any'`). */
  cityCode: number | null;
  /** The city as written in the input. */
  cityAsGiven: string;
  outputMoved: number;
  /** Amount in the fund's unit, a multiple of `unit`. */
  amount: number;
  /** amount / fund. */
  share: number;
  /** Exact (unrounded) amount before rounding to `unit`. */
  exact: number;
  capped: boolean;
  eligible: boolean;
  reason: string;
}

/** Result of {@link allocateTransferRewards}. */
export interface RewardResult {
  allocations: RewardAllocation[];
  fund: number;
  /**
   * True when the cap cannot hold: the eligible cities, each at the cap rounded down to a
   * whole unit, cannot absorb the fund. The cap is then lifted to 1/n, i.e. an equal split.
   */
  capInfeasible: boolean;
  /** Number of redistribution rounds the cap needed. */
  rounds: number;
}

/**
 * Split a reward fund among PRD cities in proportion to the output each moved out, with an
 * optional cap per city, and round to a unit so that the amounts add up to the fund exactly.
 *
 * Procedure: cities moving less than `minimum` (or nothing) get 0. Exact amounts are
 * fund × outputMoved / Σ outputMoved over eligible cities. With a cap, any city above
 * cap × fund is set to the cap and the excess is shared among the uncapped cities in proportion
 * to their output, repeatedly until none exceeds it. If the eligible cities, each at the cap,
 * cannot absorb the whole fund, the cap cannot hold: it is lifted to 1/n (equal split) and
 * `capInfeasible` is set. The cap is applied in whole units (cap × fund rounded down to
 * `unit`), so a capped city is never above the cap after rounding; feasibility is judged on
 * that rounded cap. Rounding: each amount is floored to a multiple of `unit`; the units
 * left over go one each to the largest remainders (ties: larger output, then city name in
 * code-unit order), skipping cities that would then exceed their cap (largest-remainder method).
 *
 * @param fund the fund, ≥ 0, a whole number of `unit`s.
 * @param transfers one entry per city (not modified).
 * @throws {DataError} an unknown city or one outside the PRD (unless `cities` allows it), a
 *   duplicate city (after normalisation: 深圳 and 深圳市 are the same), an empty city, a negative or non-finite output, a cap outside
 *   (0, 1], a non-positive unit, a fund that is not a multiple of the unit, no eligible city for a positive fund.
 * @example
 * ```ts
 * allocateTransferRewards(100, [
 *   { city: '深圳', outputMoved: 60 }, { city: '东莞', outputMoved: 30 }, { city: '佛山', outputMoved: 10 },
 * ], { cap: 0.5 }).allocations.map((a) => a.amount);
 * // → [50, 38, 12]   (深圳 capped at 50; its excess 10 split 3:1 → 37.5 and 12.5, rounded by largest remainder)
 * ```
 */
export function allocateTransferRewards(fund: number, transfers: ReadonlyArray<TransferMoved>, options: AllocateRewardsOptions = {}): RewardResult {
  const file = 'transfers';
  if (transfers === null || transfers === undefined || !Array.isArray(transfers)) {
    throw new DataError('invalid', `allocateTransferRewards: argument "transfers" is ${transfers === null || transfers === undefined ? String(transfers) : 'not an array'}`,
      { file }, 'pass an array of { city, outputMoved }');
  }
  options ??= {};
  const unit = options.unit ?? 1;
  const scope = options.cities ?? 'prd';
  if (scope !== 'prd' && scope !== 'guangdong' && scope !== 'any') {
    throw new DataError('unknown-category', `cities ${JSON.stringify(scope)} is not 'prd', 'guangdong' or 'any'`, { column: 'cities' });
  }
  const minimum = options.minimum ?? 0;
  if (!(Number.isFinite(fund) && fund >= 0)) throw new DataError('out-of-range', `fund ${String(fund)} must be a finite number ≥ 0`, { column: 'fund' });
  if (!(Number.isFinite(unit) && unit > 0)) throw new DataError('out-of-range', `unit ${String(unit)} must be positive`, { column: 'unit' });
  if (!Number.isFinite(minimum)) throw new DataError('out-of-range', `minimum ${String(minimum)} must be finite`, { column: 'minimum' });
  const units = Math.round(fund / unit);
  if (Math.abs(units * unit - fund) > 1e-9 * Math.max(1, fund)) {
    throw new DataError('invalid', `fund ${fund} is not a whole number of units of ${unit}`, { column: 'fund' }, 'choose a unit that divides the fund');
  }
  const cap = options.cap;
  if (cap !== undefined && !(cap > 0 && cap <= 1)) throw new DataError('out-of-range', `cap ${cap} must be a share in (0, 1]`, { column: 'cap' });
  const seen = new Map<string, number>();
  const names: string[] = [];
  const codes: (number | null)[] = [];
  transfers.forEach((t, i) => {
    if (t === null || typeof t !== 'object') throw new DataError('invalid', `entry is ${String(t)}, not { city, outputMoved }`, { file, row: i + 1 });
    if (typeof t.city !== 'string' || t.city.trim() === '') throw new DataError('invalid', 'city must be a non-empty string', { file, row: i + 1, column: 'city' });
    let name = t.city.trim();
    let code: number | null = null;
    if (scope !== 'any') {
      const c = findCity(name);
      if (!c) {
        const s = suggestCity(name);
        throw new DataError('unknown-city', `"${t.city}" is not one of Guangdong's 21 prefecture-level cities`, { file, row: i + 1, column: 'city' },
          `${s ? `did you mean ${s.city_zh}? ` : ''}pass { cities: 'any' } to allocate among names outside the registry`);
      }
      if (scope === 'prd' && c.region !== 'PRD') {
        throw new DataError('unknown-city', `${c.city_zh} (${c.region}) is not a Pearl River Delta city: the transfer reward pays PRD cities that move output out`,
          { file, row: i + 1, column: 'city' }, "drop the entry, or pass { cities: 'guangdong' } to allow any Guangdong city");
      }
      name = c.city_zh;
      code = c.city_code;
    }
    const prev = seen.get(name);
    if (prev !== undefined) {
      throw new DataError('duplicate-key', `city "${t.city}" appears twice${t.city.trim() !== transfers[prev - 1]!.city.trim() ? ` (row ${prev} names the same city as "${transfers[prev - 1]!.city}")` : ` (first at row ${prev})`}`,
        { file, row: i + 1, column: 'city' }, 'add up its transfers first');
    }
    seen.set(name, i + 1);
    names.push(name);
    codes.push(code);
    if (!(Number.isFinite(t.outputMoved) && t.outputMoved >= 0)) throw new DataError('out-of-range', `outputMoved ${String(t.outputMoved)} must be a finite number ≥ 0`, { file, row: i + 1, column: 'outputMoved' });
  });
  const eligible = transfers.map((t) => t.outputMoved > 0 && t.outputMoved >= minimum);
  const n = eligible.filter(Boolean).length;
  if (n === 0 && fund > 0) throw new DataError('empty', 'no city qualifies for a reward, so the fund cannot be allocated', { file }, minimum > 0 ? 'lower "minimum"' : 'give some output moved');
  // The cap in whole units (rounded down), so that a capped city never exceeds it after rounding.
  const capUnitsRaw = cap === undefined ? Infinity : Math.floor((cap * fund) / unit + 1e-9);
  const capInfeasible = cap !== undefined && n > 0 && capUnitsRaw * n < units;
  const capAmount = capInfeasible ? fund / n : capUnitsRaw * unit;
  const exact = transfers.map(() => 0);
  const capped = transfers.map(() => false);
  let rounds = 0;
  if (capInfeasible) eligible.forEach((e, i) => { capped[i] = e; });
  // Iterative capping: share what is left among the uncapped, in proportion.
  for (;;) {
    const free = transfers.map((t, i) => (eligible[i] && !capped[i] ? t.outputMoved : 0));
    const freeTotal = sum(free);
    const nCapped = capped.filter(Boolean).length;
    const left = nCapped === 0 ? fund : fund - nCapped * capAmount;
    transfers.forEach((_, i) => { exact[i] = capped[i] ? capAmount : freeTotal > 0 ? (left * free[i]!) / freeTotal : 0; });
    const over = exact.map((x, i) => !capped[i] && eligible[i] && x > capAmount * (1 + 1e-12));
    if (!over.some(Boolean)) break;
    over.forEach((o, i) => { if (o) capped[i] = true; });
    rounds++;
  }
  // Largest-remainder rounding in whole units.
  const quota = exact.map((x) => x / unit);
  const base = quota.map((q) => Math.floor(q + 1e-9));
  let leftover = units - base.reduce((a, b) => a + b, 0);
  const capUnits = capInfeasible ? Infinity : capUnitsRaw;
  const order = transfers.map((t, i) => i).filter((i) => eligible[i]).sort((a, b) =>
    (quota[b]! - base[b]!) - (quota[a]! - base[a]!) || transfers[b]!.outputMoved - transfers[a]!.outputMoved ||
    (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  for (const pass of [true, false]) {
    for (const i of order) {
      if (leftover <= 0) break;
      if (pass && (base[i]! + 1 > capUnits || quota[i]! - base[i]! <= 1e-9)) continue;
      if (!pass && base[i]! + 1 > capUnits) continue;
      base[i]! += 1;
      leftover--;
    }
  }
  if (leftover !== 0) throw new DataError('invalid', `internal rounding error: ${leftover} units left over`, { column: 'fund' }, 'please report this input');
  const allocations = transfers.map((t, i): RewardAllocation => {
    const amount = base[i]! * unit;
    const reason = !eligible[i]
      ? (t.outputMoved === 0 ? '未转出产值，不予奖励 / no output moved: no reward' : `转出产值${t.outputMoved}低于门槛${minimum}，不予奖励 / output moved ${t.outputMoved} below the minimum ${minimum}: no reward`)
      : capped[i]
        ? (capInfeasible
          ? `${n}个城市按封顶${cap}（按单位取整）合计不足基金总额，封顶放宽为1/${n}（平均分配） / ${n} cities at the cap ${cap} (rounded down to the unit) cannot absorb the fund: cap lifted to 1/${n} (equal split)`
          : `按比例应得超过封顶${cap}（${capAmount}），按封顶额发放，超出部分按比例分给其他城市 / proportional amount above the cap ${cap} (${capAmount} after rounding down to the unit): capped, the excess shared among the others`)
        : rounds > 0
          ? '按转出产值比例分配（含其他城市封顶后的再分配） / in proportion to output moved (including the excess of capped cities)'
          : '按转出产值比例分配 / in proportion to output moved';
    return { city: names[i]!, cityCode: codes[i]!, cityAsGiven: t.city, outputMoved: t.outputMoved, amount, share: fund > 0 ? amount / fund : 0, exact: exact[i]!, capped: capped[i]!, eligible: eligible[i]!, reason };
  });
  return { allocations, fund, capInfeasible, rounds };
}
