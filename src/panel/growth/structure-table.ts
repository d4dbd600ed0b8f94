/**
 * Industrial structure by city, region or province and year: sector shares, TS, H, TL and
 * year-on-year structural change.
 * @module
 */
import { asTable, type TableInput } from '../../data/table-input.js';
import { advancedStructureTS } from '../../measures/structure/advanced-structure-ts.js';
import { mooreIndex } from '../../measures/structure/moore-index.js';
import { rationalizationTL } from '../../measures/structure/rationalization-tl.js';
import { structuralChangeValue } from '../../measures/structure/structural-change-value.js';
import { SHARE_SUM_TOLERANCE, structureLevelH } from '../../measures/structure/structure-level-h.js';
import { flagSets, numberColumn, requireColumns, warnRelevantFlags, yearColumn, yearFilter } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import { CompensatedSum, UnitYearIndex, aggregateUnits, cityPanelFor, panelUnits, requireLevel, type Columns, type PanelLevel } from './panel-access.js';

/** Options of {@link structureTable}. */
export interface StructureTableOptions {
  by: PanelLevel;
  /** Output only these years (the previous year is still read for the change columns). */
  years?: readonly number[];
}

/** One output row of {@link structureTable} (read them with `.rows()`). */
export interface StructureRow {
  unit: string;
  level: PanelLevel;
  year: number;
  /** Sector shares of GDP, %. */
  primary_share: number | null;
  secondary_share: number | null;
  tertiary_share: number | null;
  /** 高级化 TS = tertiary / secondary. */
  ts: number | null;
  /** 层次系数 H = Σ i·s_i (shares as fractions), in [1, 3]. */
  h: number | null;
  /** 合理化 TL (Gan et al. 2011), where employment by sector exists. */
  tl: number | null;
  /** Moore cosine between this and the previous year's shares. */
  moore_prev: number | null;
  /** Structural change value ½Σ|Δs| against the previous year, a fraction. */
  change_prev: number | null;
  n_units: number;
  n_expected: number;
  note: string;
}

/** @deprecated The same type as {@link StructureRow}, under its former name. */
export type StructureTableRow = StructureRow;

const FN = 'structureTable';

/** Output columns of {@link structureTable}, in order. */
export const STRUCTURE_COLUMNS = ['unit', 'level', 'year', 'primary_share', 'secondary_share', 'tertiary_share', 'ts', 'h', 'tl',
  'moore_prev', 'change_prev', 'n_units', 'n_expected', 'note'] as const satisfies ReadonlyArray<keyof StructureRow>;

const makeTable = tableKind<StructureRow>(FN, STRUCTURE_COLUMNS);
type Triple = [number, number, number];

interface Cols {
  gdp: Array<number | null>;
  share: [Array<number | null>, Array<number | null>, Array<number | null>];
  va: [Array<number | null>, Array<number | null>, Array<number | null>];
  emp: Array<number | null>;
  empShare: [Array<number | null>, Array<number | null>, Array<number | null>];
}

/** A region-year aggregate, filled in place (two are reused per region: this year and the previous one). */
interface Agg {
  year: number;
  /** Whether `shares` holds the aggregate sector shares (%): every member had value added and the total is > 0. */
  sharesOk: boolean;
  shares: Triple;
  /** Whether `labour` holds the aggregate employment shares (%). */
  labourOk: boolean;
  labour: Triple;
  /** Members without value added (GDP or sector shares missing, or no row), in member order. */
  missing: string[];
}

function emptyAgg(): Agg {
  return { year: NaN, sharesOk: false, shares: [0, 0, 0], labourOk: false, labour: [0, 0, 0], missing: [] };
}

/** Reused buffers of one structureTable call: the measure functions get these small arrays, filled per row (they keep no reference). */
interface Scratch {
  shares: Triple;
  labour: Triple;
  frac: Triple;
  prev: Triple;
  notes: string[];
  sums: [CompensatedSum, CompensatedSum, CompensatedSum];
  empSums: [CompensatedSum, CompensatedSum, CompensatedSum];
}

/**
 * TS, H, TL, Moore and change of one row into output row `k`, from `shares` (%), `labour` (%)
 * or null, and the previous year's shares as fractions `previous` or null; notes appended to
 * `notes`. The measures are called from src/measures.
 */
function writeIndices(out: Columns<StructureRow>, k: number, shares: Triple | null, labour: Triple | null, previous: Triple | null, frac: Triple, notes: string[]): void {
  if (shares === null) {
    out.ts[k] = null;
    out.h[k] = null;
    out.tl[k] = null;
    out.moore_prev[k] = null;
    out.change_prev[k] = null;
    return;
  }
  const total = shares[0] + shares[1] + shares[2];
  frac[0] = shares[0] / 100;
  frac[1] = shares[1] / 100;
  frac[2] = shares[2] / 100;
  const fracOk = frac[0] >= 0 && frac[1] >= 0 && frac[2] >= 0;
  let h: number | null = null;
  if (Math.abs(total / 100 - 1) <= SHARE_SUM_TOLERANCE && fracOk) h = structureLevelH(frac);
  else notes.push(`shares sum to ${total.toFixed(2)} %, so H is not computed`);
  out.h[k] = h;
  out.ts[k] = shares[1] > 0 && shares[2] >= 0 ? advancedStructureTS(shares[1], shares[2]) : null;
  let tl: number | null = null;
  if (labour !== null) {
    let ok = total > 0;
    for (let j = 0; j < 3 && ok; j++) ok = shares[j]! >= 0 && (shares[j] === 0 || labour[j]! > 0);
    if (ok) tl = rationalizationTL(shares, labour);
    else notes.push('employment shares do not allow TL (a sector with output and no employment)');
  }
  out.tl[k] = tl;
  const prevOk = previous !== null && previous[0] >= 0 && previous[1] >= 0 && previous[2] >= 0
    && (previous[0] > 0 || previous[1] > 0 || previous[2] > 0) && fracOk && total > 0;
  out.moore_prev[k] = prevOk ? mooreIndex(previous, frac) : null;
  out.change_prev[k] = prevOk ? structuralChangeValue(previous, frac) : null;
}

/** Empty output columns, in output order. */
function emptyColumns(size: number): Columns<StructureRow> {
  const a = () => new Array(size);
  return {
    unit: a(), level: a(), year: a(), primary_share: a(), secondary_share: a(), tertiary_share: a(), ts: a(), h: a(), tl: a(),
    moore_prev: a(), change_prev: a(), n_units: a(), n_expected: a(), note: a(),
  };
}

/**
 * Sector shares and the structure indices of the seed plan — 产业结构高级化 TS, 层次系数 H,
 * 合理化 TL — plus year-on-year structural change (Moore cosine, ½Σ|Δs|), by city, region or
 * province and year.
 *
 * Formulas: city shares as published (`*_share`, % of GDP). Aggregates: sector value added
 * `Σ_i VA_i,k` (published `*_va` where present, else `gdp × share / 100`), shares
 * `Σ_i VA_i,k / Σ_i Σ_k VA_i,k`; employment by sector `Σ_i employment_i × employment_k_share / 100`.
 * TS, H, TL as in the `measures/structure` functions (TL from value-added and employment shares).
 *
 * Convention: shares in **percent**; TS and H dimensionless; TL in nats; `change_prev` a
 * fraction. A city with shares that do not add to 100 ± 1 gets H null (noted), never rescaled.
 * An aggregate needs every member city (else null, `note` names the missing ones); TL needs
 * employment shares for every member. Warns once when 1992–93 rows flagged
 * `gdp-urban-district` enter an aggregate.
 *
 * Units: %, dimensionless.
 *
 * Reference: 干春晖, 郑若谷, 余典范 (2011) 经济研究 46(5): 4–16 (TS, TL); Moore (1978)
 * https://doi.org/10.1111/j.1475-4991.1978.tb00034.x
 *
 * @throws DataError on missing share columns, duplicate unit-years or non-numeric cells.
 * @example
 * ```ts
 * structureTable([{ city_zh: '广州', region: 'PRD', year: 2010, gdp: 10748.2828, primary_share: 1.75,
 *   secondary_share: 37.24, tertiary_share: 61.01 }], { by: 'city' }).row(0).ts // 1.6382921589688506
 * ```
 */
export function structureTable(table: TableInput, options: StructureTableOptions): PanelTable<StructureRow> {
  const t = asTable(table, FN);
  const by = requireLevel(options?.by, FN);
  requireColumns(t, FN, ['primary_share', 'secondary_share', 'tertiary_share']);
  const city = cityPanelFor(t, by, FN, "use { by: 'province' }");
  const keep = yearFilter(options.years);
  const years = yearColumn(t, FN);
  const nc = (n: string) => numberColumn(t, n, FN);
  const c: Cols = {
    gdp: nc('gdp'),
    share: [nc('primary_share'), nc('secondary_share'), nc('tertiary_share')],
    va: [nc('primary_va'), nc('secondary_va'), nc('tertiary_va')],
    emp: nc('employment'),
    empShare: [nc('employment_primary_share'), nc('employment_secondary_share'), nc('employment_tertiary_share')],
  };
  const flags = flagSets(t);
  const units = panelUnits(t, years, city, FN);
  // Flag sets of the rows used: few distinct sets (rows with the same flags text share one), so a set of sets.
  const used = new Set<Set<string>>();
  const z: Scratch = {
    shares: [0, 0, 0], labour: [0, 0, 0], frac: [0, 0, 0], prev: [0, 0, 0], notes: [],
    sums: [new CompensatedSum(), new CompensatedSum(), new CompensatedSum()],
    empSums: [new CompensatedSum(), new CompensatedSum(), new CompensatedSum()],
  };
  const [s0, s1, s2] = c.share;
  const [e0, e1, e2] = c.empShare;
  let out: Columns<StructureRow>;
  let written = 0;

  if (by === 'city' || !city) {
    out = emptyColumns(years.reduce((m, y) => m + (keep(y) ? 1 : 0), 0));
    const level: PanelLevel = city ? 'city' : 'province';
    for (let u = 0; u < units.labels.length; u++) {
      const unit = units.labels[u]!;
      for (let q = units.start[u]!; q < units.start[u + 1]!; q++) {
        const i = units.order[q]!;
        const year = years[i]!;
        if (!keep(year)) continue;
        const notes = z.notes;
        notes.length = 0;
        const a0 = s0[i]!;
        const a1 = s1[i]!;
        const a2 = s2[i]!;
        const hasShares = a0 !== null && a1 !== null && a2 !== null;
        if (hasShares) {
          z.shares[0] = a0;
          z.shares[1] = a1;
          z.shares[2] = a2;
        } else notes.push('sector shares missing');
        const l0 = e0[i]!;
        const l1 = e1[i]!;
        const l2 = e2[i]!;
        const hasLabour = l0 !== null && l1 !== null && l2 !== null;
        if (hasLabour) {
          z.labour[0] = l0;
          z.labour[1] = l1;
          z.labour[2] = l2;
        }
        // A unit's rows are sorted by distinct years, so the previous year, if present, is the row before.
        const before = q > units.start[u]! ? units.order[q - 1]! : -1;
        const ip = before >= 0 && years[before] === year - 1 ? before : -1;
        const hasPrev = ip >= 0 && s0[ip] !== null && s1[ip] !== null && s2[ip] !== null;
        if (hasPrev) {
          z.prev[0] = s0[ip]! / 100;
          z.prev[1] = s1[ip]! / 100;
          z.prev[2] = s2[ip]! / 100;
        }
        const k = written++;
        out.unit[k] = unit;
        out.level[k] = level;
        out.year[k] = year;
        out.primary_share[k] = a0;
        out.secondary_share[k] = a1;
        out.tertiary_share[k] = a2;
        writeIndices(out, k, hasShares ? z.shares : null, hasLabour ? z.labour : null, hasPrev ? z.prev : null, z.frac, notes);
        out.n_units[k] = hasShares ? 1 : 0;
        out.n_expected[k] = 1;
        out.note[k] = notes.length === 0 ? '' : notes.join('; ');
      }
    }
  } else {
    const groups = aggregateUnits(t, by, units, FN);
    const index = new UnitYearIndex(units);
    out = emptyColumns(groups.reduce((m, g) => m + g.years.filter(keep).length, 0));
    /** Fill `agg` with the aggregate of `list` in `year` (value added: published *_va, else gdp × share / 100). */
    const aggregate = (list: readonly number[], year: number, agg: Agg): void => {
      agg.year = year;
      agg.missing.length = 0;
      let empMissing = false;
      for (const x of z.sums) x.reset();
      for (const x of z.empSums) x.reset();
      for (const u of list) {
        const i = index.row(u, year);
        if (i < 0) {
          agg.missing.push(units.labels[u]!);
          empMissing = true;
          continue;
        }
        used.add(flags[i]!);
        const v0 = c.va[0][i]!;
        const v1 = c.va[1][i]!;
        const v2 = c.va[2][i]!;
        if (v0 !== null && v1 !== null && v2 !== null) {
          z.sums[0].add(v0);
          z.sums[1].add(v1);
          z.sums[2].add(v2);
        } else {
          const g = c.gdp[i];
          const a0 = s0[i]!;
          const a1 = s1[i]!;
          const a2 = s2[i]!;
          if (g === null || g === undefined || a0 === null || a1 === null || a2 === null) agg.missing.push(units.labels[u]!);
          else {
            z.sums[0].add((g * a0) / 100);
            z.sums[1].add((g * a1) / 100);
            z.sums[2].add((g * a2) / 100);
          }
        }
        const e = c.emp[i];
        const l0 = e0[i]!;
        const l1 = e1[i]!;
        const l2 = e2[i]!;
        if (e === null || e === undefined || l0 === null || l1 === null || l2 === null) empMissing = true;
        else {
          z.empSums[0].add((e * l0) / 100);
          z.empSums[1].add((e * l1) / 100);
          z.empSums[2].add((e * l2) / 100);
        }
      }
      agg.sharesOk = false;
      if (agg.missing.length === 0) {
        const v0 = z.sums[0].value;
        const v1 = z.sums[1].value;
        const v2 = z.sums[2].value;
        const tot = v0 + v1 + v2;
        if (tot > 0) {
          agg.sharesOk = true;
          agg.shares[0] = (100 * v0) / tot;
          agg.shares[1] = (100 * v1) / tot;
          agg.shares[2] = (100 * v2) / tot;
        }
      }
      agg.labourOk = false;
      if (!empMissing) {
        const v0 = z.empSums[0].value;
        const v1 = z.empSums[1].value;
        const v2 = z.empSums[2].value;
        const tot = v0 + v1 + v2;
        if (tot > 0) {
          agg.labourOk = true;
          agg.labour[0] = (100 * v0) / tot;
          agg.labour[1] = (100 * v1) / tot;
          agg.labour[2] = (100 * v2) / tot;
        }
      }
    };
    let cur = emptyAgg();
    let prev = emptyAgg();
    for (const { unit, members: list, years: ys } of groups) {
      // A year's aggregate is also the next year's previous one: compute it once.
      cur.year = NaN;
      for (const year of ys) {
        if (!keep(year)) continue;
        if (cur.year === year - 1) [prev, cur] = [cur, prev];
        else aggregate(list, year - 1, prev);
        aggregate(list, year, cur);
        const notes = z.notes;
        notes.length = 0;
        if (cur.missing.length > 0) notes.push(`missing GDP or sector shares: ${cur.missing.join(', ')}`);
        else if (!cur.labourOk) notes.push('employment by sector incomplete: TL not computed');
        if (prev.sharesOk) {
          z.prev[0] = prev.shares[0] / 100;
          z.prev[1] = prev.shares[1] / 100;
          z.prev[2] = prev.shares[2] / 100;
        }
        const k = written++;
        out.unit[k] = unit;
        out.level[k] = by;
        out.year[k] = year;
        out.primary_share[k] = cur.sharesOk ? cur.shares[0] : null;
        out.secondary_share[k] = cur.sharesOk ? cur.shares[1] : null;
        out.tertiary_share[k] = cur.sharesOk ? cur.shares[2] : null;
        writeIndices(out, k, cur.sharesOk ? cur.shares : null, cur.labourOk ? cur.labour : null, prev.sharesOk ? z.prev : null, z.frac, notes);
        out.n_units[k] = list.length - cur.missing.length;
        out.n_expected[k] = list.length;
        out.note[k] = notes.length === 0 ? '' : notes.join('; ');
      }
    }
  }
  if (written !== out.unit.length) throw new Error(`${FN}: internal error, ${written} rows written for ${out.unit.length}`);
  warnRelevantFlags(FN, used, ['gdp-urban-district', 'gdp-misassigned-suspect']);
  return makeTable(out);
}
