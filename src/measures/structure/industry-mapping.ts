/**
 * Versioned industry mappings: which GB/T 4754 codes make up an aggregate such as
 * 先进制造业, 高技术制造业 or 现代服务业, by edition of the classification. The mappings
 * themselves are data (`data/industry-mappings/*.json`); this module holds their type, their
 * validation and the choice of edition for a year. Pure: no file access.
 * @module
 */
import { DataError, MeasureError } from '../../core/errors.js';

/** Editions of 国民经济行业分类 (GB/T 4754) covered by the mappings. */
export type GbtEdition = '2002' | '2011' | '2017';

/** All covered editions, oldest first. */
export const GBT_EDITIONS: readonly GbtEdition[] = ['2002', '2011', '2017'];

/** Which aggregate a mapping defines. */
export type IndustryAggregateKind = 'advanced-manufacturing' | 'high-tech-manufacturing' | 'modern-services';

/** A sub-group of an aggregate (e.g. 装备制造业 within 先进制造业) and the codes it takes. */
export interface IndustryGroup {
  id: string;
  name_zh: string;
  name_en: string;
  /** GB/T 4754 codes of this edition, 2-digit (大类), 3-digit (中类) or 4-digit (小类). A code takes every finer code below it. */
  codes: string[];
  /** Why these codes; what is uncertain. */
  note?: string;
}

/** The mapping for one edition of GB/T 4754, valid for a range of statistical years. */
export interface IndustryMappingEdition {
  /** e.g. "GB/T 4754-2011". */
  classification: string;
  edition: GbtEdition;
  /** First statistical year the mapping applies to. */
  valid_from: number;
  /** Last statistical year, or null when open-ended. */
  valid_to: number | null;
  groups: IndustryGroup[];
  /** Assumptions specific to this edition. */
  assumptions?: string[];
}

/** Where a definition comes from. */
export interface IndustryMappingSource {
  title: string;
  url?: string;
  quote?: string;
  note?: string;
}

/** A versioned definition of an industry aggregate. */
export interface IndustryMapping {
  id: string;
  aggregate: IndustryAggregateKind;
  name_zh: string;
  name_en: string;
  /** The definition in words, as the source gives it. */
  definition: string;
  /** `official`: codes follow a published code list; `official-definition-mapped`: the source names groups, the codes are our mapping; `assumption`: no official definition. */
  status: 'official' | 'official-definition-mapped' | 'assumption';
  sources: IndustryMappingSource[];
  assumptions: string[];
  editions: IndustryMappingEdition[];
}

const CODE = /^\d{2,4}$/;
const AGGREGATES: readonly string[] = ['advanced-manufacturing', 'high-tech-manufacturing', 'modern-services'];
const STATUSES: readonly string[] = ['official', 'official-definition-mapped', 'assumption'];

function fail(label: string, column: string, problem: string, hint: string): never {
  throw new DataError('invalid', problem, label.endsWith('.json') ? { file: label, column } : { input: label, column }, hint);
}

function isStringArray(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

/**
 * Check that an object (e.g. parsed from a mapping JSON file, or written by a user to configure
 * 现代服务业) is a well-formed {@link IndustryMapping}, and return it typed. Checks codes are
 * 2–4 digit strings, that no code is counted twice within an edition (one code nested in
 * another, within or across groups), and that edition validity ranges do not overlap.
 * The input is not modified.
 *
 * @param value - the candidate mapping.
 * @param label - a name for messages (file name or "mapping").
 * @throws DataError naming the field at fault and how to fix it.
 * @example
 * ```ts
 * validateIndustryMapping(JSON.parse(text), 'advanced-manufacturing-gd.json').id // 'advanced-manufacturing-gd'
 * ```
 */
export function validateIndustryMapping(value: unknown, label = 'mapping'): IndustryMapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(label, '', 'a mapping must be a JSON object', 'see data/industry-mappings/*.json for the shape');
  }
  const m = value as Record<string, unknown>;
  for (const key of ['id', 'name_zh', 'name_en', 'definition'] as const) {
    if (typeof m[key] !== 'string' || (m[key] as string).length === 0) {
      fail(label, key, `"${key}" must be a non-empty string`, `add "${key}"`);
    }
  }
  if (typeof m.aggregate !== 'string' || !AGGREGATES.includes(m.aggregate)) {
    fail(label, 'aggregate', `"aggregate" must be one of ${AGGREGATES.join(', ')}`, 'name the aggregate the mapping defines');
  }
  if (typeof m.status !== 'string' || !STATUSES.includes(m.status)) {
    fail(label, 'status', `"status" must be one of ${STATUSES.join(', ')}`, 'say whether the definition is official or an assumption');
  }
  if (!Array.isArray(m.sources)) fail(label, 'sources', '"sources" must be an array', 'list the sources (may be empty for a pure assumption)');
  if (!isStringArray(m.assumptions)) fail(label, 'assumptions', '"assumptions" must be an array of strings', 'state the assumptions');
  if (!Array.isArray(m.editions) || m.editions.length === 0) {
    fail(label, 'editions', '"editions" must be a non-empty array', 'add one entry per GB/T 4754 edition');
  }
  const editions = m.editions as unknown[];
  const ranges: Array<[number, number, string]> = [];
  editions.forEach((e, k) => {
    const col = `editions[${k}]`;
    if (typeof e !== 'object' || e === null) fail(label, col, 'an edition must be an object', 'see the shape in the module docs');
    const ed = e as Record<string, unknown>;
    if (typeof ed.edition !== 'string' || !(GBT_EDITIONS as readonly string[]).includes(ed.edition)) {
      fail(label, `${col}.edition`, `edition must be one of ${GBT_EDITIONS.join(', ')}`, 'use "2002", "2011" or "2017"');
    }
    if (typeof ed.classification !== 'string') fail(label, `${col}.classification`, 'classification must be a string', 'e.g. "GB/T 4754-2011"');
    if (!Number.isInteger(ed.valid_from)) fail(label, `${col}.valid_from`, 'valid_from must be an integer year', 'e.g. 2012');
    if (ed.valid_to !== null && !Number.isInteger(ed.valid_to)) {
      fail(label, `${col}.valid_to`, 'valid_to must be an integer year or null', 'use null for open-ended');
    }
    const from = ed.valid_from as number;
    const to = ed.valid_to === null ? Number.POSITIVE_INFINITY : (ed.valid_to as number);
    if (to < from) fail(label, `${col}.valid_to`, `valid_to ${to} is before valid_from ${from}`, 'swap or fix the years');
    for (const [a, b, name] of ranges) {
      if (from <= b && a <= to) {
        fail(label, col, `validity ${from}–${ed.valid_to ?? '…'} overlaps edition ${name}`, 'editions must cover disjoint years');
      }
    }
    ranges.push([from, to, ed.edition as string]);
    if (!Array.isArray(ed.groups) || ed.groups.length === 0) fail(label, `${col}.groups`, 'groups must be a non-empty array', 'add the groups');
    const seen: Array<[string, string]> = [];
    (ed.groups as unknown[]).forEach((g, j) => {
      const gcol = `${col}.groups[${j}]`;
      if (typeof g !== 'object' || g === null) fail(label, gcol, 'a group must be an object', 'give id, name_zh, name_en, codes');
      const gr = g as Record<string, unknown>;
      for (const key of ['id', 'name_zh', 'name_en'] as const) {
        if (typeof gr[key] !== 'string') fail(label, `${gcol}.${key}`, `"${key}" must be a string`, `add "${key}"`);
      }
      if (!isStringArray(gr.codes) || gr.codes.length === 0) {
        fail(label, `${gcol}.codes`, 'codes must be a non-empty array of strings', 'list GB/T 4754 codes as strings, e.g. "39"');
      }
      for (const c of gr.codes) {
        if (!CODE.test(c)) fail(label, `${gcol}.codes`, `code "${c}" is not a 2–4 digit GB/T 4754 code`, 'write codes as digit strings, e.g. "391"');
        for (const [other, gid] of seen) {
          if (c.startsWith(other) || other.startsWith(c)) {
            fail(label, `${gcol}.codes`, `code "${c}" overlaps "${other}" (group ${gid}): value added would be counted twice`, 'keep one of them');
          }
        }
        seen.push([c, gr.id as string]);
      }
    });
  });
  return value as IndustryMapping;
}

/**
 * The edition of a mapping that applies to a statistical year (or the one asked for).
 *
 * @throws MeasureError when no edition covers the year (or the asked edition is absent).
 * @example
 * ```ts
 * mappingEditionFor(mapping, 2015).edition // '2011'
 * ```
 */
export function mappingEditionFor(mapping: IndustryMapping, year: number, edition?: GbtEdition): IndustryMappingEdition {
  if (edition !== undefined) {
    const e = mapping.editions.find((x) => x.edition === edition);
    if (!e) {
      throw new MeasureError('out-of-domain', 'mappingEditionFor', `mapping "${mapping.id}" has no GB/T 4754-${edition} edition`, {
        argument: 'edition',
      });
    }
    return e;
  }
  if (!Number.isInteger(year)) {
    throw new MeasureError('not-finite', 'mappingEditionFor', `year ${String(year)} must be an integer`, { argument: 'year' });
  }
  const e = mapping.editions.find((x) => year >= x.valid_from && (x.valid_to === null || year <= x.valid_to));
  if (!e) {
    const cover = mapping.editions.map((x) => `${x.edition}: ${x.valid_from}–${x.valid_to ?? '…'}`).join('; ');
    throw new MeasureError(
      'out-of-domain',
      'mappingEditionFor',
      `mapping "${mapping.id}" has no edition valid for ${year} (covers ${cover}); pass { edition } explicitly if your table uses one of them`,
      { argument: 'year' },
    );
  }
  return e;
}
