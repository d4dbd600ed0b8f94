/**
 * Sum a sector value-added table into an industry aggregate by a versioned mapping.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { sum } from '../../core/validate.js';
import { warn } from '../../core/warnings.js';
import { mappingEditionFor, type GbtEdition, type IndustryMapping } from './industry-mapping.js';

/** One row of a user's sector table: a GB/T 4754 code of the edition in force and a value (e.g. value added, 亿元). */
export interface IndustryValueRow {
  /** 2–4 digit GB/T 4754 code, e.g. "39" or 39 or "391". */
  code: string | number;
  /** Value of the industry (value added, output...), any unit, the same for all rows. */
  value: number;
}

/** A row too coarse for the mapping: part of it belongs to the aggregate, part does not. */
export interface UnresolvedIndustry {
  code: string;
  value: number;
  /** Mapping groups that take finer codes below this one. */
  groups: string[];
  /** The finer codes the mapping needs. */
  needs: string[];
}

/** Result of {@link aggregateIndustries}. */
export interface IndustryAggregate {
  mappingId: string;
  aggregate: IndustryMapping['aggregate'];
  year: number;
  edition: GbtEdition;
  classification: string;
  /** Σ value of the rows wholly inside the aggregate. */
  total: number;
  /** Σ value of the rows that straddle it (see `unresolved`): the aggregate lies in [total, total + straddling]. */
  straddling: number;
  groups: Array<{ id: string; name_zh: string; value: number; codes: string[] }>;
  unresolved: UnresolvedIndustry[];
  /** True when no row straddles the aggregate, so `total` is exact. */
  complete: boolean;
}

/** Normalise and check the codes of a sector table; returns codes as strings. */
export function industryCodes(measure: string, rows: ReadonlyArray<IndustryValueRow>): string[] {
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new MeasureError('empty', measure, 'needs at least one industry row', { argument: 'rows' });
  }
  const codes = rows.map((r, i) => {
    const c = typeof r?.code === 'number' ? String(r.code) : r?.code;
    if (typeof c !== 'string' || !/^\d{2,4}$/.test(c)) {
      throw new MeasureError('out-of-domain', measure, `code ${JSON.stringify(r?.code)} is not a 2–4 digit GB/T 4754 code`, {
        argument: 'rows',
        index: i,
      });
    }
    if (typeof r.value !== 'number' || !Number.isFinite(r.value)) {
      throw new MeasureError('not-finite', measure, `value ${String(r.value)} of code ${c} is not a finite number`, {
        argument: 'rows',
        index: i,
      });
    }
    return c;
  });
  const sorted = codes.map((c, i) => [c, i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (let k = 1; k < sorted.length; k++) {
    const [prev] = sorted[k - 1]!;
    const [cur, i] = sorted[k]!;
    if (cur === prev) {
      throw new MeasureError('out-of-domain', measure, `code ${cur} appears twice; sum duplicates first`, { argument: 'rows', index: i });
    }
    if (cur.startsWith(prev)) {
      throw new MeasureError(
        'out-of-domain',
        measure,
        `code ${cur} is nested in code ${prev}: the table mixes a total with its parts, which would count it twice — keep one level`,
        { argument: 'rows', index: i },
      );
    }
  }
  return codes;
}

/**
 * Sum a sector table (GB/T 4754 codes with values) into an industry aggregate — 先进制造业,
 * 高技术制造业, 现代服务业 — using the mapping edition valid for the statistical year.
 *
 * Formula: `A = Σ_{g ∈ groups} Σ_{r : code_r ⊆ g} value_r`, where `code_r ⊆ g` means the row's
 * code equals or lies below (is finer than) one of the group's codes.
 *
 * Convention: a row *coarser* than the mapping (e.g. the table has "37" but the mapping takes
 * only "374" 航空航天) cannot be split without finer data; it is not guessed. It is listed in
 * `unresolved`, its value reported as `straddling` (the aggregate lies between `total` and
 * `total + straddling`), `complete` is false, and a warning is recorded. A table that mixes a
 * code with its own sub-codes is refused (double counting). Edition by year: 2002 edition for
 * 2003–2011, 2011 edition for 2012–2017, 2017 edition from 2018 (as each mapping file states),
 * or pass `edition` to force one.
 *
 * Units: those of `value`.
 *
 * Reference: GB/T 4754-2002, GB/T 4754-2011, GB/T 4754-2017 国民经济行业分类
 * (http://www.stats.gov.cn/sj/tjbz/); the definition sources are in each mapping file.
 *
 * @param rows - the sector table; not modified.
 * @param mapping - a validated mapping (see `loadIndustryMapping` or `validateIndustryMapping`).
 * @param year - the statistical year of the table.
 * @param options.edition - force a GB/T edition instead of choosing by year.
 * @throws MeasureError on empty rows, malformed or duplicate or nested codes, a non-finite value,
 *   or a year no edition covers.
 * @example
 * ```ts
 * aggregateIndustries([{ code: '39', value: 100 }, { code: '31', value: 20 }, { code: '13', value: 30 }],
 *   advancedManufacturingGd, 2015).total // 120
 * ```
 */
export function aggregateIndustries(
  rows: ReadonlyArray<IndustryValueRow>,
  mapping: IndustryMapping,
  year: number,
  options: { edition?: GbtEdition } = {},
): IndustryAggregate {
  const name = 'aggregateIndustries';
  const codes = industryCodes(name, rows);
  const ed = mappingEditionFor(mapping, year, options.edition);
  const groups = ed.groups.map((g) => ({ id: g.id, name_zh: g.name_zh, parts: [] as number[], codes: [] as string[] }));
  const unresolved: UnresolvedIndustry[] = [];
  codes.forEach((c, i) => {
    const value = rows[i]!.value;
    const straddled = new Set<string>();
    const needs: string[] = [];
    for (let k = 0; k < ed.groups.length; k++) {
      const g = ed.groups[k]!;
      for (const m of g.codes) {
        if (c.startsWith(m)) {
          groups[k]!.parts.push(value);
          groups[k]!.codes.push(c);
          return;
        }
        if (m.startsWith(c)) {
          straddled.add(g.id);
          needs.push(m);
        }
      }
    }
    if (straddled.size > 0) unresolved.push({ code: c, value, groups: [...straddled], needs });
  });
  if (unresolved.length > 0) {
    warn({
      code: 'industry-code-too-coarse',
      message:
        `${mapping.id} (${ed.classification}): code(s) ${unresolved.map((u) => u.code).join(', ')} are coarser than the mapping, ` +
        `which takes only ${unresolved.flatMap((u) => u.needs).join(', ')}; the aggregate is reported as a range — supply the finer codes to make it exact`,
    });
  }
  const outGroups = groups.map((g) => ({ id: g.id, name_zh: g.name_zh, value: sum(g.parts), codes: g.codes }));
  return {
    mappingId: mapping.id,
    aggregate: mapping.aggregate,
    year,
    edition: ed.edition,
    classification: ed.classification,
    total: sum(groups.flatMap((g) => g.parts)),
    straddling: sum(unresolved.map((u) => u.value)),
    groups: outGroups,
    unresolved,
    complete: unresolved.length === 0,
  };
}
