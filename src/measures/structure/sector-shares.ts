/**
 * Shares of 先进制造业, 高技术制造业 and 现代服务业 in a stated denominator.
 * @module
 */
import { MeasureError } from '../../core/errors.js';
import { sum } from '../../core/validate.js';
import { aggregateIndustries, industryCodes, type IndustryValueRow, type UnresolvedIndustry } from './aggregate-industries.js';
import type { GbtEdition, IndustryAggregateKind, IndustryMapping } from './industry-mapping.js';

/** What the share is a share *of*. Published shares differ by denominator; always say which. */
export type ShareBasis =
  /** 规模以上工业增加值: the table covers above-scale industrial enterprises (threshold raised in 2011). */
  | 'above-scale-industry'
  /** 全部工业增加值: all industry (sections B, C, D). */
  | 'all-industry'
  /** 制造业增加值: manufacturing (section C). */
  | 'manufacturing'
  /** 地区生产总值: GDP (give `value`). */
  | 'gdp'
  /** 第三产业增加值: tertiary industry (give `value`). */
  | 'tertiary';

/** Chinese label of each basis, for output tables. */
export const SHARE_BASIS_ZH: Readonly<Record<ShareBasis, string>> = {
  'above-scale-industry': '规模以上工业增加值',
  'all-industry': '全部工业增加值',
  manufacturing: '制造业增加值',
  gdp: '地区生产总值',
  tertiary: '第三产业增加值',
};

/** Options of the sector-share functions. */
export interface SectorShareOptions {
  /** A mapping of the right aggregate (see `loadIndustryMapping`). */
  mapping: IndustryMapping;
  /** Statistical year of the table (chooses the GB/T edition). */
  year: number;
  /**
   * The denominator. For the industry bases `value` may be omitted: it is then the sum of the
   * table's rows in sections B–D (codes 06–46) or C (13–43). For `gdp` and `tertiary` give it.
   */
  denominator: { basis: ShareBasis; value?: number };
  /** Force a GB/T edition instead of choosing by year. */
  edition?: GbtEdition;
}

/** Result of a sector-share function. */
export interface SectorShare {
  aggregate: IndustryAggregateKind;
  mappingId: string;
  edition: GbtEdition;
  year: number;
  basis: ShareBasis;
  basis_zh: string;
  /** Whether the denominator was given or summed from the table. */
  denominatorFrom: 'given' | 'table';
  numerator: number;
  denominator: number;
  /** numerator / denominator, a fraction; null when rows straddle the aggregate (see bounds). */
  share: number | null;
  /** Lower and upper bounds of the share (equal when exact). */
  lower: number;
  upper: number;
  unresolved: UnresolvedIndustry[];
  /** The mapping's status and assumptions, to be shown with the number. */
  status: IndustryMapping['status'];
  assumptions: string[];
}

function inSection(code: string, basis: ShareBasis): boolean {
  const div = Number(code.slice(0, 2));
  if (basis === 'manufacturing') return div >= 13 && div <= 43;
  return div >= 6 && div <= 46;
}

function sectorShare(
  measure: string,
  kind: IndustryAggregateKind,
  rows: ReadonlyArray<IndustryValueRow>,
  options: SectorShareOptions,
): SectorShare {
  const { mapping, year, denominator } = options;
  if (mapping?.aggregate !== kind) {
    throw new MeasureError('out-of-domain', measure, `mapping "${mapping?.id}" defines ${mapping?.aggregate}, not ${kind}`, {
      argument: 'mapping',
    });
  }
  const basis = denominator?.basis;
  if (!(basis in SHARE_BASIS_ZH)) {
    throw new MeasureError('out-of-domain', measure, `denominator basis ${String(basis)} is unknown; use one of ${Object.keys(SHARE_BASIS_ZH).join(', ')}`, {
      argument: 'denominator',
    });
  }
  const codes = industryCodes(measure, rows);
  let den: number;
  let from: 'given' | 'table';
  if (denominator.value !== undefined) {
    if (!Number.isFinite(denominator.value) || denominator.value <= 0) {
      throw new MeasureError('out-of-domain', measure, `denominator ${denominator.value} must be a positive number`, { argument: 'denominator' });
    }
    den = denominator.value;
    from = 'given';
  } else {
    if (basis === 'gdp' || basis === 'tertiary') {
      throw new MeasureError(
        'out-of-domain',
        measure,
        `a ${basis} denominator cannot be summed from an industry table; pass denominator.value (${SHARE_BASIS_ZH[basis]})`,
        { argument: 'denominator' },
      );
    }
    den = sum(rows.filter((_, i) => inSection(codes[i]!, basis)).map((r) => r.value));
    from = 'table';
    if (!(den > 0)) {
      throw new MeasureError('degenerate', measure, `the table has no positive ${SHARE_BASIS_ZH[basis]} to divide by`, { argument: 'rows' });
    }
  }
  const agg = aggregateIndustries(rows, mapping, year, options.edition === undefined ? {} : { edition: options.edition });
  const lower = agg.total / den;
  const upper = (agg.total + agg.straddling) / den;
  return {
    aggregate: kind,
    mappingId: mapping.id,
    edition: agg.edition,
    year,
    basis,
    basis_zh: SHARE_BASIS_ZH[basis],
    denominatorFrom: from,
    numerator: agg.total,
    denominator: den,
    share: agg.complete ? lower : null,
    lower,
    upper,
    unresolved: agg.unresolved,
    status: mapping.status,
    assumptions: [...mapping.assumptions, ...(mapping.editions.find((e) => e.edition === agg.edition)?.assumptions ?? [])],
  };
}

/**
 * The share of 先进制造业 (advanced manufacturing; Guangdong's definition: 装备制造业 +
 * 钢铁冶炼及加工 + 石油及化学) in a stated denominator, from a sector value-added table.
 *
 * Formula: `share = Σ value of codes in the mapping / denominator`.
 *
 * Convention: a fraction. The denominator is explicit (`basis`), because published shares use
 * 规上工业 (most years), 全部工业 (2010: 47.2 %) or GDP; shares of 规上工业 before and after the
 * 2011 threshold change are not strictly comparable. Rows coarser than the mapping give bounds,
 * not a guess (`share` null, `lower`/`upper`).
 *
 * Units: a fraction of the denominator.
 *
 * Reference: 广东省统计局, 广东省2015年国民经济和社会发展统计公报, note 5
 * (mirror: https://web.xiaze.org/tjgb/201604/25976-10.html).
 *
 * @throws MeasureError on a mapping of another aggregate, malformed rows, an unknown basis, or a
 *   GDP/tertiary basis without a value.
 * @example
 * ```ts
 * advancedManufacturingShare(
 *   [{ code: '39', value: 60 }, { code: '26', value: 10 }, { code: '13', value: 30 }],
 *   { mapping: advancedManufacturingGd, year: 2015, denominator: { basis: 'above-scale-industry' } },
 * ).share // 0.7
 * ```
 */
export function advancedManufacturingShare(rows: ReadonlyArray<IndustryValueRow>, options: SectorShareOptions): SectorShare {
  return sectorShare('advancedManufacturingShare', 'advanced-manufacturing', rows, options);
}

/**
 * The share of 高技术制造业 (high-technology manufacturing) in a stated denominator, by
 * Guangdong's 7-group list or the NBS 高技术产业(制造业)分类 (2013)/(2017) 6-group list,
 * whichever mapping is passed.
 *
 * Formula, convention, units: as {@link advancedManufacturingShare}. Most high-tech groups sit at
 * the 3- or 4-digit level (e.g. 374 航空航天, 2664 信息化学品), so a 2-digit table gives bounds.
 *
 * Reference: 国家统计局, 高技术产业(制造业)分类(2013) (国统字〔2013〕55号) and (2017)
 * (国统字〔2017〕200号); Guangdong's list: 2015 bulletin note 5 (see above).
 *
 * @throws MeasureError as {@link advancedManufacturingShare}.
 * @example
 * ```ts
 * highTechShare([{ code: '27', value: 10 }, { code: '391', value: 30 }, { code: '13', value: 60 }],
 *   { mapping: highTechNbs, year: 2015, denominator: { basis: 'manufacturing' } }).share // 0.4
 * ```
 */
export function highTechShare(rows: ReadonlyArray<IndustryValueRow>, options: SectorShareOptions): SectorShare {
  return sectorShare('highTechShare', 'high-tech-manufacturing', rows, options);
}

/**
 * The share of 现代服务业 (modern services) in a stated denominator (usually GDP or tertiary
 * value added, which must be given).
 *
 * Formula, units: as {@link advancedManufacturingShare}.
 *
 * Convention: no official statistical definition of 现代服务业 was found; the bundled mapping
 * is a configurable **assumption** (status `assumption`), so every result carries that status.
 * Pass your own mapping (checked by `validateIndustryMapping`) to change the list.
 *
 * Reference: none official; see data/industry-mappings/modern-services.json.
 *
 * @throws MeasureError as {@link advancedManufacturingShare}.
 * @example
 * ```ts
 * modernServicesShare([{ code: '66', value: 9 }, { code: '51', value: 11 }],
 *   { mapping: modernServices, year: 2015, denominator: { basis: 'gdp', value: 100 } }).share // 0.09
 * ```
 */
export function modernServicesShare(rows: ReadonlyArray<IndustryValueRow>, options: SectorShareOptions): SectorShare {
  return sectorShare('modernServicesShare', 'modern-services', rows, options);
}
