/**
 * Plausibility checks of the candidate facts against the panel, and the comparable series the
 * advanced-industry candidates allow. Conflicts are returned, never resolved silently.
 * @module
 */
import {
  loadAdvancedIndustryCandidates, loadRealGrowthBulletins, loadResidentPopulationBulletins, usableInFindings, worseGrade,
  type AdvancedIndustryCandidate, type SourceGrade,
} from './facts.js';
import { impliedResidentPopulation } from './population.js';
import { asTable, type TableInput } from './table-input.js';

/** Outcome of comparing a fact with the panel. */
export type PlausibilityStatus = 'agrees' | 'conflict' | 'no-panel-value';

/** Tolerances of {@link checkCandidateFacts}. */
export interface PlausibilityTolerances {
  /** Real growth: |bulletin − panel| ≤ this, pp. Default 0.5 (first releases differ from revisions by tenths). */
  growthPp?: number;
  /** GDP level: |bulletin / panel − 1| ≤ this, %. Default 3. */
  gdpPct?: number;
  /** Population: |bulletin / panel − 1| ≤ this, %. Default 2. */
  populationPct?: number;
}

/** One real-growth fact next to the panel. */
export interface GrowthCheckRow {
  city_zh: string;
  year: number;
  /** Bulletin real growth, %. */
  bulletin: number;
  /** Panel `gdp_real_growth`, %; null when the panel has none (2013 nominal, 2017–2019 missing). */
  panel: number | null;
  /** bulletin − panel, pp. */
  diff_pp: number | null;
  /** GDP level in the same text (亿元) and in the panel; their ratio − 1, %. */
  gdp_bulletin: number | null;
  gdp_panel: number | null;
  gdp_diff_pct: number | null;
  /** From growth where the panel has it, else from the GDP level, else `no-panel-value`. */
  status: PlausibilityStatus;
  grade: SourceGrade;
  /** The grade allows findings and the check found no conflict. */
  usable: boolean;
  source_url: string;
  note: string;
}

/** One resident-population fact next to the panel. */
export interface PopulationCheckRow {
  city_zh: string;
  year: number;
  /** Bulletin year-end resident population, 万人. */
  bulletin: number;
  /** What it was compared with: panel `population_resident` (year-end), the census count (2020), or the implied resident population (GDP ÷ per-capita GDP, same per-capita basis). */
  compared_with: 'resident' | 'census' | 'implied' | null;
  panel: number | null;
  /** bulletin / panel − 1, %. */
  diff_pct: number | null;
  status: PlausibilityStatus;
  grade: SourceGrade;
  usable: boolean;
  source_url: string;
  note: string;
}

/** Two or more figures that disagree. */
export interface FactConflict {
  /** `panel`: a fact against the panel; `sources`: sources against each other. */
  kind: 'panel' | 'sources';
  /** What is in conflict, e.g. "汕头 2019 resident population". */
  subject: string;
  values: Array<{ value: number; origin: string; grade: SourceGrade | null }>;
}

/** Result of {@link checkCandidateFacts}. */
export interface CandidateFactCheck {
  growth: GrowthCheckRow[];
  population: PopulationCheckRow[];
  conflicts: FactConflict[];
}

function panelIndex(panel: TableInput): Map<string, Record<string, unknown>> {
  const t = asTable(panel, 'checkCandidateFacts');
  const m = new Map<string, Record<string, unknown>>();
  for (const r of t.objects() as Array<Record<string, unknown>>) m.set(`${String(r.city_zh)}|${String(r.year)}`, r);
  return m;
}

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/**
 * Check the candidate real-growth and resident-population facts against the panel for the same
 * city-year. Growth: agrees when |bulletin − panel| ≤ 0.5 pp; where the panel has no real growth
 * (2013 is nominal, 2017–2019 missing) the GDP level the text gives is compared instead
 * (≤ 3 %). Population: against the panel's year-end resident population where published, the
 * 2020 census count in 2020, else the implied resident population (GDP ÷ per-capita GDP; the
 * same pre-/post-census basis as the bulletin), ≤ 2 %. Every disagreement is a `conflict`
 * (kept, never resolved); so are two sources giving one city-year different values. A fact is
 * `usable` in a finding when its grade allows it and it is not in conflict.
 * @param panel the city panel (e.g. `loadGuangdongPanel()`)
 * @example
 * ```ts
 * checkCandidateFacts(loadGuangdongPanel()).conflicts.map((c) => c.subject)
 * ```
 */
export function checkCandidateFacts(panel: TableInput, tolerances: PlausibilityTolerances = {}): CandidateFactCheck {
  const tolG = tolerances.growthPp ?? 0.5;
  const tolGdp = tolerances.gdpPct ?? 3;
  const tolP = tolerances.populationPct ?? 2;
  const idx = panelIndex(panel);
  const implied = new Map(impliedResidentPopulation(panel).map((r) => [`${r.city_zh}|${r.year}`, r.implied_population]));
  const conflicts: FactConflict[] = [];

  const growth = loadRealGrowthBulletins().map((f): GrowthCheckRow => {
    const p = idx.get(`${f.city_zh}|${f.year}`);
    const pg = numOrNull(p?.gdp_real_growth);
    const pgdp = numOrNull(p?.gdp);
    const diff = pg === null ? null : f.gdp_real_growth - pg;
    const gdiff = f.gdp !== null && pgdp !== null && pgdp > 0 ? (f.gdp / pgdp - 1) * 100 : null;
    const status: PlausibilityStatus = diff !== null ? (Math.abs(diff) <= tolG + 1e-9 ? 'agrees' : 'conflict')
      : gdiff !== null ? (Math.abs(gdiff) <= tolGdp ? 'agrees' : 'conflict') : 'no-panel-value';
    if (status === 'conflict') {
      conflicts.push({
        kind: 'panel', subject: `${f.city_zh} ${f.year} ${diff !== null ? 'real GDP growth' : 'GDP level'}`,
        values: [{ value: diff !== null ? f.gdp_real_growth : f.gdp!, origin: f.source_url, grade: f.grade }, { value: diff !== null ? pg! : pgdp!, origin: 'panel', grade: null }],
      });
    }
    return {
      city_zh: f.city_zh, year: f.year, bulletin: f.gdp_real_growth, panel: pg, diff_pp: diff, gdp_bulletin: f.gdp, gdp_panel: pgdp, gdp_diff_pct: gdiff,
      status, grade: f.grade, usable: usableInFindings(f.grade) && status !== 'conflict', source_url: f.source_url, note: f.note,
    };
  });

  const popFacts = loadResidentPopulationBulletins();
  const population = popFacts.map((f): PopulationCheckRow => {
    const p = idx.get(`${f.city_zh}|${f.year}`);
    const res = numOrNull(p?.population_resident);
    const census = numOrNull(p?.population_census);
    const imp = implied.get(`${f.city_zh}|${f.year}`) ?? null;
    const [with_, value] = res !== null ? ['resident', res] as const : census !== null && f.year === 2020 ? ['census', census] as const : imp !== null ? ['implied', imp] as const : [null, null] as const;
    const diff = value === null ? null : (f.resident_population / value - 1) * 100;
    const status: PlausibilityStatus = diff === null ? 'no-panel-value' : Math.abs(diff) <= tolP ? 'agrees' : 'conflict';
    if (status === 'conflict') {
      conflicts.push({
        kind: 'panel', subject: `${f.city_zh} ${f.year} resident population`,
        values: [{ value: f.resident_population, origin: f.source_url, grade: f.grade }, { value: value!, origin: `panel (${with_})`, grade: null }],
      });
    }
    return {
      city_zh: f.city_zh, year: f.year, bulletin: f.resident_population, compared_with: with_, panel: value, diff_pct: diff, status,
      grade: f.grade, usable: usableInFindings(f.grade) && status !== 'conflict', source_url: f.source_url, note: f.note,
    };
  });
  // Sources against each other: one city-year, different values.
  const byKey = new Map<string, typeof popFacts>();
  for (const f of popFacts) byKey.set(`${f.city_zh}|${f.year}`, [...(byKey.get(`${f.city_zh}|${f.year}`) ?? []), f]);
  for (const [k, fs] of byKey) {
    if (new Set(fs.map((f) => f.resident_population)).size > 1) {
      const [city, year] = k.split('|');
      conflicts.push({ kind: 'sources', subject: `${city!} ${year!} resident population`, values: fs.map((f) => ({ value: f.resident_population, origin: f.source_url, grade: f.grade })) });
    }
  }
  for (const c of conflicts) c.values.sort((a, b) => (a.origin === b.origin ? 0 : a.origin < b.origin ? -1 : 1));
  return { growth, population, conflicts };
}

/** Denominator of a comparable share. */
export type IndustryShareBasis = 'above-scale-industry' | 'services' | 'gdp';

/** One point of an {@link IndustrySeries}. */
export interface IndustrySeriesPoint {
  year: number;
  /** Share, %. */
  value: number;
  grade: SourceGrade;
  /** True when computed here as value added ÷ 规模以上工业增加值 × 100 from two published levels (grade: the worse of the two). */
  derived: boolean;
  /** Page(s) the figure comes from. */
  source_url: string;
}

/** Shares of one indicator, one place, one period kind, one denominator, over ≥ 2 years. */
export interface IndustrySeries {
  place: string;
  indicator: 'adv_mfg_share' | 'hightech_mfg_share' | 'modern_services_share';
  /** 全年 or a part-year period (1-9月…): only like periods are put together. */
  period: string;
  basis: IndustryShareBasis;
  points: IndustrySeriesPoint[];
  /** Every point's grade allows a finding. */
  usable_for_findings: boolean;
}

function shareBasisOf(f: AdvancedIndustryCandidate): IndustryShareBasis | null {
  if (f.above_scale_basis) return 'above-scale-industry';
  if (f.denominator.startsWith('服务业增加值')) return 'services';
  if (f.denominator.startsWith('地区生产总值')) return 'gdp';
  return null;
}

/**
 * The series the advanced-industry candidates allow: shares of one indicator (先进制造业,
 * 高技术制造业 of 规模以上工业增加值; 现代服务业 of 服务业增加值 or GDP) in one place, for one
 * kind of period (whole years, or the same part of the year, e.g. 1-9月), with ≥ 2 years. Shares
 * with an unstated denominator are left out. Where a text gives the value added and the
 * above-scale industrial value added for the same place and period, the share is also derived
 * (VA ÷ above-scale VA × 100, `derived: true`, grade the worse of the two). Conflicts: one
 * place-year-period-indicator given different values by different rows (levels too), or a
 * derived share more than 0.5 pp from a published one. Example: 广东 1-9月 先进制造业
 * 48.7 % (2016, `other`) → 54.6 % (2022, statistics bureau) — shown, but not usable for a
 * finding because the 2016 point is `other`.
 * @example
 * ```ts
 * comparableIndustrySeries().series.find((s) => s.place === '广东' && s.period === '1-9月' && s.indicator === 'adv_mfg_share')?.points.map((p) => p.year) // [2016, 2022]
 * ```
 */
export function comparableIndustrySeries(): { series: IndustrySeries[]; conflicts: FactConflict[] } {
  const facts = loadAdvancedIndustryCandidates();
  const conflicts: FactConflict[] = [];
  const same = new Map<string, AdvancedIndustryCandidate[]>();
  for (const f of facts) {
    const k = `${f.place}|${f.year}|${f.period}|${f.indicator}|${f.unit}`;
    same.set(k, [...(same.get(k) ?? []), f]);
  }
  for (const fs of same.values()) {
    if (new Set(fs.map((f) => f.value)).size > 1) {
      const f = fs[0]!;
      conflicts.push({ kind: 'sources', subject: `${f.place} ${f.year} ${f.period} ${f.indicator}`, values: fs.map((x) => ({ value: x.value, origin: x.source_url, grade: x.grade })) });
    }
  }
  type Pt = IndustrySeriesPoint & { place: string; indicator: IndustrySeries['indicator']; period: string; basis: IndustryShareBasis };
  const points: Pt[] = [];
  for (const f of facts) {
    if (f.indicator !== 'adv_mfg_share' && f.indicator !== 'hightech_mfg_share' && f.indicator !== 'modern_services_share') continue;
    const basis = shareBasisOf(f);
    if (basis === null) continue;
    points.push({ place: f.place, indicator: f.indicator, period: f.period, basis, year: f.year, value: f.value, grade: f.grade, derived: false, source_url: f.source_url });
  }
  // Derived shares from two published levels in 亿元.
  for (const va of facts.filter((f) => (f.indicator === 'adv_mfg_va' || f.indicator === 'hightech_mfg_va') && f.unit === '亿元')) {
    const denoms = facts.filter((d) => d.indicator === 'above_scale_industry_va' && d.unit === '亿元' && d.place === va.place && d.year === va.year && d.period === va.period);
    if (denoms.length === 0) continue;
    const best = [...denoms].sort((a, b) => SOURCE_GRADE_ORDER(a.grade) - SOURCE_GRADE_ORDER(b.grade))[0]!;
    const indicator = va.indicator === 'adv_mfg_va' ? 'adv_mfg_share' : 'hightech_mfg_share';
    const value = (va.value / best.value) * 100;
    const published = points.filter((p) => !p.derived && p.place === va.place && p.year === va.year && p.period === va.period && p.indicator === indicator);
    for (const p of published) {
      if (Math.abs(p.value - value) > 0.5) {
        conflicts.push({ kind: 'sources', subject: `${va.place} ${va.year} ${va.period} ${indicator} (published vs derived)`,
          values: [{ value: p.value, origin: p.source_url, grade: p.grade }, { value, origin: `${va.source_url} ÷ ${best.source_url}`, grade: worseGrade(va.grade, best.grade) }] });
      }
    }
    if (published.length > 0) continue; // the published figure stands; the derived one only checks it
    points.push({ place: va.place, indicator, period: va.period, basis: 'above-scale-industry', year: va.year, value, grade: worseGrade(va.grade, best.grade), derived: true, source_url: `${va.source_url} ; ${best.source_url}` });
  }
  const groups = new Map<string, Pt[]>();
  for (const p of points) {
    const k = `${p.place}|${p.indicator}|${p.period}|${p.basis}`;
    groups.set(k, [...(groups.get(k) ?? []), p]);
  }
  const series: IndustrySeries[] = [];
  for (const ps of groups.values()) {
    // one point a year: the best grade; equal values from several rows are one point
    const byYear = new Map<number, Pt>();
    for (const p of ps) {
      const cur = byYear.get(p.year);
      if (!cur || SOURCE_GRADE_ORDER(p.grade) < SOURCE_GRADE_ORDER(cur.grade)) byYear.set(p.year, p);
    }
    if (byYear.size < 2) continue;
    const pts = Array.from(byYear.values()).sort((a, b) => a.year - b.year);
    const f = pts[0]!;
    series.push({
      place: f.place, indicator: f.indicator, period: f.period, basis: f.basis,
      points: pts.map((p) => ({ year: p.year, value: p.value, grade: p.grade, derived: p.derived, source_url: p.source_url })),
      usable_for_findings: pts.every((p) => usableInFindings(p.grade)),
    });
  }
  return { series, conflicts };
}

function SOURCE_GRADE_ORDER(g: SourceGrade): number {
  return ['statistics-bulletin', 'government-document', 'mirror-official', 'news', 'other'].indexOf(g);
}
