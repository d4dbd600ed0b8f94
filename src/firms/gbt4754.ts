/**
 * A small crosswalk of GB/T 4754 (国民经济行业分类) industry codes to the 2017 edition's
 * 2-digit divisions (大类), for the industrial divisions 06–46 (mining, manufacturing,
 * utilities) that enterprise panels cover.
 *
 * - 2011 → 2017: the 2-digit divisions of industry are the same in both editions (changes
 *   are at the 3- and 4-digit level), so the map is the identity.
 * - 2002 → 2017: divisions were renumbered from 29 upwards (rubber 29 and plastics 30 merged
 *   into 29; automobiles split out as 36). Where a 2002 division split, the 3-digit group
 *   decides: 372 汽车制造 → 36, 415 文化、办公用机械 → 34, 421 工艺美术品 → 24,
 *   079 石油和天然气开采服务 → 11. Everything else follows the division.
 * - Codes outside 06–46 in the 2002 edition are not mapped (null); 2011/2017 service codes
 *   map to themselves.
 *
 * This is the project's own compact crosswalk (the data/industry-mappings files were
 * not in the repository when it was written). Reference: GB/T 4754-2002, GB/T 4754-2011 and
 * GB/T 4754-2017 (National Bureau of Statistics, https://www.stats.gov.cn/xxgk/tjbz/gjtjbz/),
 * and the NBS 2011/2002 correspondence table (国民经济行业分类新旧类目对照表). The same problem
 * for the 2002 revision in firm panels: Brandt, Van Biesebroeck & Zhang (2012), J. Dev. Econ.
 * 97(2), doi:10.1016/j.jdeveco.2011.02.002.
 * @module
 */

/** Editions of GB/T 4754 the engine understands. */
export type Gbt4754Edition = 2002 | 2011 | 2017;

/** Editions accepted in the `industry_edition` column. */
export const GBT4754_EDITIONS: readonly Gbt4754Edition[] = [2002, 2011, 2017];

/** One crosswalk rule: codes of `edition` starting with `prefix` belong to 2017 `division`. */
export interface Gbt4754Rule {
  edition: Gbt4754Edition;
  /** 2- or 3-digit code prefix in that edition (digits only). */
  prefix: string;
  /** 2-digit division of GB/T 4754-2017. */
  division2017: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function build(): Gbt4754Rule[] {
  const rules: Gbt4754Rule[] = [];
  // 2011 and 2017: identity on all 2-digit divisions 01–97.
  for (const edition of [2011, 2017] as const) {
    for (let d = 1; d <= 97; d++) rules.push({ edition, prefix: pad(d), division2017: pad(d) });
  }
  // 2002: divisions 06–46.
  const d2002: Record<number, number> = {
    6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 12,
    13: 13, 14: 14, 15: 15, 16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 22: 22, 23: 23,
    24: 24, 25: 25, 26: 26, 27: 27, 28: 28, 29: 29, 30: 29, 31: 30, 32: 31, 33: 32, 34: 33,
    35: 34, 36: 35, 37: 37, 39: 38, 40: 39, 41: 40, 42: 41, 43: 42, 44: 44, 45: 45, 46: 46,
  };
  for (const [from, to] of Object.entries(d2002)) {
    rules.push({ edition: 2002, prefix: pad(Number(from)), division2017: pad(to) });
  }
  // 2002 groups that moved to another division.
  rules.push({ edition: 2002, prefix: '079', division2017: '11' });
  rules.push({ edition: 2002, prefix: '372', division2017: '36' });
  rules.push({ edition: 2002, prefix: '415', division2017: '34' });
  rules.push({ edition: 2002, prefix: '421', division2017: '24' });
  return rules;
}

/** All crosswalk rules (2- and 3-digit prefixes); a 3-digit rule wins over a 2-digit one. */
export const GBT4754_RULES: readonly Gbt4754Rule[] = Object.freeze(build().map((r) => Object.freeze(r)));

/** GB/T 4754-2017 sections (门类) by their 2-digit division ranges. */
export const GBT4754_2017_SECTIONS: readonly { section: string; from: number; to: number }[] = Object.freeze([
  { section: 'A', from: 1, to: 5 }, { section: 'B', from: 6, to: 12 }, { section: 'C', from: 13, to: 43 },
  { section: 'D', from: 44, to: 46 }, { section: 'E', from: 47, to: 50 }, { section: 'F', from: 51, to: 52 },
  { section: 'G', from: 53, to: 60 }, { section: 'H', from: 61, to: 62 }, { section: 'I', from: 63, to: 65 },
  { section: 'J', from: 66, to: 69 }, { section: 'K', from: 70, to: 70 }, { section: 'L', from: 71, to: 72 },
  { section: 'M', from: 73, to: 75 }, { section: 'N', from: 76, to: 79 }, { section: 'O', from: 80, to: 82 },
  { section: 'P', from: 83, to: 83 }, { section: 'Q', from: 84, to: 85 }, { section: 'R', from: 86, to: 90 },
  { section: 'S', from: 91, to: 96 }, { section: 'T', from: 97, to: 97 },
]);

/**
 * The GB/T 4754-2017 2-digit division of an industry code of a given edition, or null when
 * the crosswalk does not cover it.
 *
 * @example
 * ```ts
 * harmonizeDivision('3721', 2002); // '36' (automobiles)
 * harmonizeDivision('C3011', 2002); // '29' (plastics, merged with rubber)
 * harmonizeDivision('3911', 2011); // '39'
 * ```
 */
export function harmonizeDivision(code: string, edition: Gbt4754Edition): string | null {
  const digits = code.replace(/^[A-Za-z]/, '');
  if (!/^[0-9]{2,4}$/.test(digits)) return null;
  const three = GBT4754_RULES.find((r) => r.edition === edition && r.prefix === digits.slice(0, 3));
  if (three) return three.division2017;
  const two = GBT4754_RULES.find((r) => r.edition === edition && r.prefix === digits.slice(0, 2));
  return two ? two.division2017 : null;
}
