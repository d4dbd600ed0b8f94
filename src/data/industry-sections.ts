/**
 * GB/T 4754 sections (门类, letters A–T) and the 2-digit divisions (大类) each one holds, for
 * the three editions the industry template accepts (2002, 2011, 2017). Used to read
 * section-level rows (services are published by 门类) and to check that a city-year does not
 * give a section and one of its own divisions (double counting).
 *
 * Hand-written table: the project's other crosswalk (`src/firms/gbt4754.ts`) covers only the
 * 2017 sections and sits in a higher layer; no npm package carrying GB/T 4754 was found.
 * Reference: GB/T 4754-2002, GB/T 4754-2011, GB/T 4754-2017 国民经济行业分类
 * (National Bureau of Statistics, http://www.stats.gov.cn/sj/tjbz/).
 * @module
 */

/** Editions of GB/T 4754 the industry template accepts. */
export type IndustryEdition = '2002' | '2011' | '2017';

/** The editions, oldest first. */
export const INDUSTRY_EDITIONS: readonly IndustryEdition[] = Object.freeze(['2002', '2011', '2017']);

/** One section: its letter, its Chinese name and its first and last 2-digit division. */
export interface GbtSection {
  readonly section: string;
  readonly name_zh: string;
  readonly from: number;
  readonly to: number;
}

const s = (section: string, name_zh: string, from: number, to: number): GbtSection => Object.freeze({ section, name_zh, from, to });

/** Sections by edition (the 2002 edition numbers its services differently). */
export const GBT_SECTIONS: Readonly<Record<IndustryEdition, readonly GbtSection[]>> = Object.freeze({
  '2002': Object.freeze([
    s('A', '农、林、牧、渔业', 1, 5), s('B', '采矿业', 6, 11), s('C', '制造业', 13, 43), s('D', '电力、燃气及水的生产和供应业', 44, 46),
    s('E', '建筑业', 47, 50), s('F', '交通运输、仓储和邮政业', 51, 59), s('G', '信息传输、计算机服务和软件业', 60, 62),
    s('H', '批发和零售业', 63, 65), s('I', '住宿和餐饮业', 66, 67), s('J', '金融业', 68, 71), s('K', '房地产业', 72, 72),
    s('L', '租赁和商务服务业', 73, 74), s('M', '科学研究、技术服务和地质勘查业', 75, 78), s('N', '水利、环境和公共设施管理业', 79, 81),
    s('O', '居民服务和其他服务业', 82, 83), s('P', '教育', 84, 84), s('Q', '卫生、社会保障和社会福利业', 85, 87),
    s('R', '文化、体育和娱乐业', 88, 92), s('S', '公共管理和社会组织', 93, 97), s('T', '国际组织', 98, 98),
  ]),
  '2011': Object.freeze([
    s('A', '农、林、牧、渔业', 1, 5), s('B', '采矿业', 6, 12), s('C', '制造业', 13, 43), s('D', '电力、热力、燃气及水生产和供应业', 44, 46),
    s('E', '建筑业', 47, 50), s('F', '批发和零售业', 51, 52), s('G', '交通运输、仓储和邮政业', 53, 60), s('H', '住宿和餐饮业', 61, 62),
    s('I', '信息传输、软件和信息技术服务业', 63, 65), s('J', '金融业', 66, 69), s('K', '房地产业', 70, 70), s('L', '租赁和商务服务业', 71, 72),
    s('M', '科学研究和技术服务业', 73, 75), s('N', '水利、环境和公共设施管理业', 76, 78), s('O', '居民服务、修理和其他服务业', 79, 81),
    s('P', '教育', 82, 82), s('Q', '卫生和社会工作', 83, 84), s('R', '文化、体育和娱乐业', 85, 89), s('S', '公共管理、社会保障和社会组织', 90, 95),
    s('T', '国际组织', 96, 96),
  ]),
  '2017': Object.freeze([
    s('A', '农、林、牧、渔业', 1, 5), s('B', '采矿业', 6, 12), s('C', '制造业', 13, 43), s('D', '电力、热力、燃气及水生产和供应业', 44, 46),
    s('E', '建筑业', 47, 50), s('F', '批发和零售业', 51, 52), s('G', '交通运输、仓储和邮政业', 53, 60), s('H', '住宿和餐饮业', 61, 62),
    s('I', '信息传输、软件和信息技术服务业', 63, 65), s('J', '金融业', 66, 69), s('K', '房地产业', 70, 70), s('L', '租赁和商务服务业', 71, 72),
    s('M', '科学研究和技术服务业', 73, 75), s('N', '水利、环境和公共设施管理业', 76, 79), s('O', '居民服务、修理和其他服务业', 80, 82),
    s('P', '教育', 83, 83), s('Q', '卫生和社会工作', 84, 85), s('R', '文化、体育和娱乐业', 86, 90), s('S', '公共管理、社会保障和社会组织', 91, 96),
    s('T', '国际组织', 97, 97),
  ]),
});

/** The section with this letter in an edition, or undefined. */
export function gbtSection(edition: IndustryEdition, letter: string): GbtSection | undefined {
  return GBT_SECTIONS[edition].find((x) => x.section === letter);
}

/**
 * The 2-digit divisions an industry code covers in an edition: a section letter gives its
 * range, a 2–4 digit code gives its own division. Used to detect a code nested in another.
 * @example
 * ```ts
 * divisionsOf('2011', 'J'); // ['66', '67', '68', '69']
 * divisionsOf('2011', '391'); // ['39']
 * ```
 */
export function divisionsOf(edition: IndustryEdition, code: string): string[] {
  const sec = gbtSection(edition, code);
  if (sec) {
    const out: string[] = [];
    for (let d = sec.from; d <= sec.to; d++) out.push(String(d).padStart(2, '0'));
    return out;
  }
  return /^\d{2,4}$/.test(code) ? [code.slice(0, 2)] : [];
}
