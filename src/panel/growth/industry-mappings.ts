/**
 * Read the bundled industry mappings (`data/industry-mappings/*.json`) or a user's own
 * mapping file, validated. The mappings are data; the pure aggregation lives in
 * `measures/structure` (`aggregateIndustries`, `advancedManufacturingShare`…).
 * @module
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataError } from '../../core/errors.js';
import { validateIndustryMapping, type IndustryMapping } from '../../measures/structure/industry-mapping.js';

/** Ids of the bundled mappings. */
export type IndustryMappingId = 'advanced-manufacturing-gd' | 'high-tech-gd' | 'high-tech-nbs' | 'modern-services';

/** The bundled mappings, with what each one is. */
export const INDUSTRY_MAPPINGS: Readonly<Record<IndustryMappingId, string>> = {
  'advanced-manufacturing-gd': '先进制造业, Guangdong bulletin definition (装备制造业 + 钢铁冶炼及加工 + 石油及化学), codes mapped by us',
  'high-tech-gd': '高技术制造业, Guangdong bulletin 7-group list (= NBS 2002 catalogue)',
  'high-tech-nbs': '高技术制造业, NBS 高技术产业(制造业)分类 2013 (2012–2017) and 2017 (from 2018), 6 groups',
  'modern-services': '现代服务业, no official definition: a configurable assumption',
};

const cache = new Map<string, IndustryMapping>();

function bundledPath(id: IndustryMappingId): string {
  // Same depth from src/panel/growth and dist/panel/growth: the package root's data/ folder.
  return fileURLToPath(new URL(`../../../data/industry-mappings/${id}.json`, import.meta.url));
}

/**
 * Load an industry mapping: a bundled one by id, or a JSON file of the same shape by path
 * (ending in `.json`), checked with `validateIndustryMapping`. Bundled mappings are read once
 * and returned frozen-by-copy (a fresh deep copy each call, so callers may edit their copy to
 * configure, e.g., 现代服务业).
 *
 * @param idOrPath - one of {@link INDUSTRY_MAPPINGS}' ids, or a path to a `.json` mapping.
 * @throws DataError when the id is unknown, the file cannot be read or parsed, or the mapping is malformed.
 * @example
 * ```ts
 * const m = loadIndustryMapping('advanced-manufacturing-gd');
 * m.editions.map((e) => e.edition) // ['2002', '2011', '2017']
 * ```
 */
export function loadIndustryMapping(idOrPath: IndustryMappingId | string): IndustryMapping {
  const isPath = idOrPath.endsWith('.json');
  if (!isPath && !(idOrPath in INDUSTRY_MAPPINGS)) {
    throw new DataError(
      'invalid',
      `unknown industry mapping "${idOrPath}"`,
      { function: 'loadIndustryMapping' },
      `use one of ${Object.keys(INDUSTRY_MAPPINGS).join(', ')}, or a path to a .json mapping`,
    );
  }
  const path = isPath ? idOrPath : bundledPath(idOrPath as IndustryMappingId);
  let m = cache.get(path);
  if (!m) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (e) {
      throw new DataError('unreadable', `cannot read the mapping: ${(e as Error).message}`, { file: basename(path) }, 'check the path');
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new DataError('unreadable', `not valid JSON: ${(e as Error).message}`, { file: basename(path) }, 'fix the JSON syntax');
    }
    m = validateIndustryMapping(parsed, basename(path));
    if (!isPath) cache.set(path, m);
  }
  return structuredClone(m);
}
