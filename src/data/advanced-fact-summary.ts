/**
 * `advancedIndustryFactSummary`: the counts chapter 02 states about the published figures on
 * 先进制造业, 高技术制造业 and 现代服务业.
 * @module
 */
import { usableInFindings, type AdvancedIndustryAggregate, type AdvancedIndustryFact, type FactShareBasis, type SourceGrade } from './facts.js';

/** What {@link advancedIndustryFactSummary} returns. */
export interface AdvancedIndustryFactSummary {
  /** Number of figures. */
  points: number;
  /** Figures per aggregate. */
  byAggregate: Record<AdvancedIndustryAggregate, number>;
  /** Places, in order of first appearance. */
  places: string[];
  /** Number of share figures. */
  shares: number;
  /** Denominators of the share figures, in order of first appearance (`unknown`: not stated). */
  denominators: FactShareBasis[];
  /** Figures whose source grade cannot support a finding (`other`). */
  unusable: number;
  /** The sources, one per source id in order of first appearance (the first figure's page, title and grade), for an appendix list. */
  sources: Array<{ id: string; title: string; url: string; grade: SourceGrade }>;
}

/**
 * Count the figures of `advancedIndustryFacts`: in all, per aggregate, places, shares, the
 * distinct denominators of the shares, and those whose grade is not usable in findings; and list
 * their sources once each.
 * @example
 * ```ts
 * const s = advancedIndustryFactSummary(advancedIndustryFacts());
 * [s.points, s.denominators.length] // [28, 5]
 * ```
 */
export function advancedIndustryFactSummary(facts: ReadonlyArray<AdvancedIndustryFact>): AdvancedIndustryFactSummary {
  const byAggregate: Record<AdvancedIndustryAggregate, number> = { 'advanced-manufacturing': 0, 'high-tech-manufacturing': 0, 'modern-services': 0 };
  const places: string[] = [];
  const denominators: FactShareBasis[] = [];
  let shares = 0;
  let unusable = 0;
  const sources: AdvancedIndustryFactSummary['sources'] = [];
  for (const f of facts) {
    if (!sources.some((x) => x.id === f.source_id)) sources.push({ id: f.source_id, title: f.source_title, url: f.source_url, grade: f.grade });
    byAggregate[f.aggregate] += 1;
    if (!places.includes(f.geography)) places.push(f.geography);
    if (f.kind === 'share') {
      shares += 1;
      const b = f.basis ?? 'unknown';
      if (!denominators.includes(b)) denominators.push(b);
    }
    if (!usableInFindings(f.grade)) unusable += 1;
  }
  return { points: facts.length, byAggregate, places, shares, denominators, unusable, sources };
}
