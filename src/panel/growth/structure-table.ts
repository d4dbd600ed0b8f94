/**
 * Industrial structure by city, region or province and year: sector shares, TS, H, TL and
 * year-on-year structural change.
 * @module
 */
import { sum } from '../../core/validate.js';
import { asTable, type TableInput } from '../../data/table-input.js';
import { advancedStructureTS } from '../../measures/structure/advanced-structure-ts.js';
import { mooreIndex } from '../../measures/structure/moore-index.js';
import { rationalizationTL } from '../../measures/structure/rationalization-tl.js';
import { structuralChangeValue } from '../../measures/structure/structural-change-value.js';
import { SHARE_SUM_TOLERANCE, structureLevelH } from '../../measures/structure/structure-level-h.js';
import { flagSets, numberColumn, requireColumns, warnRelevantFlags, yearColumn, yearFilter } from '../access.js';
import { tableKind, type PanelTable } from '../table.js';
import { aggregateUnits, cityPanelFor, panelUnits, requireLevel, rowOf, type Columns, type PanelLevel } from './panel-access.js';

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

/** Sector value added of a city row: the published *_va columns, else gdp × share / 100. */
function cityVA(c: Cols, i: number): Triple | null {
  const va = c.va.map((col) => col[i]) as Array<number | null>;
  if (va.every((v) => v !== null)) return va as Triple;
  const g = c.gdp[i];
  const s = c.share.map((col) => col[i]) as Array<number | null>;
  if (g === null || g === undefined || s.some((v) => v === null)) return null;
  return s.map((v) => (g * v!) / 100) as Triple;
}

function cityEmployment(c: Cols, i: number): Triple | null {
  const e = c.emp[i];
  const s = c.empShare.map((col) => col[i]) as Array<number | null>;
  if (e === null || e === undefined || s.some((v) => v === null)) return null;
  return s.map((v) => (e * v!) / 100) as Triple;
}

function indices(shares: Triple | null, labourShares: Triple | null, previous: Triple | null, notes: string[]) {
  if (shares === null) return { ts: null, h: null, tl: null, moore_prev: null, change_prev: null };
  const total = shares[0] + shares[1] + shares[2];
  const frac = shares.map((s) => s / 100) as Triple;
  let h: number | null = null;
  if (Math.abs(total / 100 - 1) <= SHARE_SUM_TOLERANCE && frac.every((x) => x >= 0)) h = structureLevelH(frac);
  else notes.push(`shares sum to ${total.toFixed(2)} %, so H is not computed`);
  const ts = shares[1] > 0 && shares[2] >= 0 ? advancedStructureTS(shares[1], shares[2]) : null;
  let tl: number | null = null;
  if (labourShares !== null) {
    if (shares.every((s, k) => s >= 0 && (s === 0 || labourShares[k]! > 0)) && total > 0) tl = rationalizationTL(shares, labourShares);
    else notes.push('employment shares do not allow TL (a sector with output and no employment)');
  }
  const prevOk = previous !== null && previous.every((x) => x >= 0) && previous.some((x) => x > 0) && frac.every((x) => x >= 0) && total > 0;
  return {
    ts,
    h,
    tl,
    moore_prev: prevOk ? mooreIndex(previous!, frac) : null,
    change_prev: prevOk ? structuralChangeValue(previous!, frac) : null,
  };
}

/** Empty output columns, in output order. */
function emptyColumns(): Columns<StructureRow> {
  return {
    unit: [], level: [], year: [], primary_share: [], secondary_share: [], tertiary_share: [], ts: [], h: [], tl: [],
    moore_prev: [], change_prev: [], n_units: [], n_expected: [], note: [],
  };
}

/** Append one output row to the columns. */
function pushRow(out: Columns<StructureRow>, r: StructureRow): void {
  out.unit.push(r.unit);
  out.level.push(r.level);
  out.year.push(r.year);
  out.primary_share.push(r.primary_share);
  out.secondary_share.push(r.secondary_share);
  out.tertiary_share.push(r.tertiary_share);
  out.ts.push(r.ts);
  out.h.push(r.h);
  out.tl.push(r.tl);
  out.moore_prev.push(r.moore_prev);
  out.change_prev.push(r.change_prev);
  out.n_units.push(r.n_units);
  out.n_expected.push(r.n_expected);
  out.note.push(r.note);
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
  const out = emptyColumns();
  const used: Array<Set<string>> = [];

  if (by === 'city' || !city) {
    for (let u = 0; u < units.labels.length; u++) {
      const unit = units.labels[u]!;
      for (let k = units.start[u]!; k < units.start[u + 1]!; k++) {
        const i = units.order[k]!;
        const year = years[i]!;
        if (!keep(year)) continue;
        const notes: string[] = [];
        const s = c.share.map((col) => col[i]) as Array<number | null>;
        const shares = s.every((v) => v !== null) ? (s as Triple) : null;
        if (!shares) notes.push('sector shares missing');
        const es = c.empShare.map((col) => col[i]) as Array<number | null>;
        const labour = es.every((v) => v !== null) ? (es as Triple) : null;
        // A unit's rows are sorted by distinct years, so the previous year, if present, is the row before.
        const before = k > units.start[u]! ? units.order[k - 1]! : -1;
        const ip = before >= 0 && years[before] === year - 1 ? before : undefined;
        const sp = ip === undefined ? null : (c.share.map((col) => col[ip]) as Array<number | null>);
        const prev = sp && sp.every((v) => v !== null) ? (sp.map((v) => v! / 100) as Triple) : null;
        pushRow(out, {
          unit, level: city ? 'city' : 'province', year,
          primary_share: s[0]!, secondary_share: s[1]!, tertiary_share: s[2]!,
          ...indices(shares, labour, prev, notes),
          n_units: shares ? 1 : 0, n_expected: 1, note: notes.join('; '),
        });
      }
    }
  } else {
    const groups = aggregateUnits(t, by, units, FN);
    const aggregate = (list: number[], year: number) => {
      const vas: Triple[] = [];
      const emps: Triple[] = [];
      const missing: string[] = [];
      let empMissing = false;
      for (const u of list) {
        const i = rowOf(units, u, year);
        const va = i < 0 ? null : cityVA(c, i);
        if (va === null) missing.push(units.labels[u]!);
        else vas.push(va);
        const e = i < 0 ? null : cityEmployment(c, i);
        if (e === null) empMissing = true;
        else emps.push(e);
        if (i >= 0) used.push(flags[i]!);
      }
      const sumSectors = (xs: Triple[]) => [0, 1, 2].map((k) => sum(xs.map((x) => x[k]!))) as Triple;
      let shares: Triple | null = null;
      if (missing.length === 0) {
        const v = sumSectors(vas);
        const tot = v[0] + v[1] + v[2];
        if (tot > 0) shares = v.map((x) => (100 * x) / tot) as Triple;
      }
      let labour: Triple | null = null;
      if (!empMissing) {
        const e = sumSectors(emps);
        const tot = e[0] + e[1] + e[2];
        if (tot > 0) labour = e.map((x) => (100 * x) / tot) as Triple;
      }
      return { shares, labour, missing };
    };
    for (const { unit, members: list, years: ys } of groups) {
      // A year's aggregate is also the next year's previous one: compute it once.
      let last: { year: number; agg: ReturnType<typeof aggregate> } | undefined;
      for (const year of ys) {
        if (!keep(year)) continue;
        const p = last?.year === year - 1 ? last.agg : aggregate(list, year - 1);
        const a = aggregate(list, year);
        last = { year, agg: a };
        const notes: string[] = [];
        if (a.missing.length > 0) notes.push(`missing GDP or sector shares: ${a.missing.join(', ')}`);
        else if (a.labour === null) notes.push('employment by sector incomplete: TL not computed');
        pushRow(out, {
          unit, level: by, year,
          primary_share: a.shares?.[0] ?? null, secondary_share: a.shares?.[1] ?? null, tertiary_share: a.shares?.[2] ?? null,
          ...indices(a.shares, a.labour, p.shares ? (p.shares.map((x) => x / 100) as Triple) : null, notes),
          n_units: list.length - a.missing.length, n_expected: list.length, note: notes.join('; '),
        });
      }
    }
  }
  warnRelevantFlags(FN, used, ['gdp-urban-district', 'gdp-misassigned-suspect']);
  return makeTable(out);
}
