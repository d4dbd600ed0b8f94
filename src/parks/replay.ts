/**
 * Replay of the published 2015–2016 park evaluation events through a rule set (gd-2014 by
 * default): which parks could have lost their status in 2016, and whether the published counts
 * fit the rules.
 * @module
 */
import { DataError } from '../core/errors.js';
import { loadParkAggregateFacts, loadParkEvaluationsMore, loadParkEvents } from '../data/facts.js';
import { loadRuleSet, validateRuleSet, type BundledRuleSetId, type ParkRuleSet, type RuleCondition } from './rule-set.js';

/** How "the lowest-ranked non-compliant parks of a category get a yellow card" is read. */
export interface YellowCardReading {
  id: 'rule-set' | 'last-per-category';
  /** Yellow cards per category: the min of this and the number of failed parks there. */
  bottomCount: number;
  description: string;
}

/** Whether one year's published counts fit one reading. */
export interface ParkCountCheck {
  year: number;
  reading: YellowCardReading['id'];
  /** Parks below standard (published count). */
  failed: number;
  /** Yellow cards (published count), null when not published. */
  yellowCards: number | null;
  /** Possible yellow-card counts given `failed` parks spread over any number of categories. */
  possibleYellowCards: number[];
  /** Splits of the failed parks over categories (parks per category, descending) that give the published yellow-card count; all splits when it is not published. */
  categorySplits: number[][];
  consistent: boolean;
  explanation: string;
}

/** A 2015 yellow-card park and whether it could have been disqualified in 2016. */
export interface DisqualificationCandidate {
  park: string;
  host: string;
  /** Could have had yellow cards in 2015 and 2016 (the only path to revocation in 2016 under the rules). */
  possible: boolean;
  /** Why (e.g. "rated excellent (优秀) in 2016, so compliant: no yellow card"). */
  reason: string;
  /** Source addresses of the facts used. */
  sources: string[];
}

/** Result of {@link replayParkEvents}. */
export interface ParkReplay {
  ruleSet: string;
  /** Consecutive yellow cards that revoke a park's status (from the rule set). */
  revokeAfterYellowCards: number;
  readings: YellowCardReading[];
  /** Names published for 2015. */
  belowStandard2015: string[];
  yellowCards2015: string[];
  /** Every 2015 yellow-card park is among the 2015 below-standard parks (a yellow card needs a failed evaluation). */
  yellowCardsAmongBelowStandard: boolean;
  countChecks: ParkCountCheck[];
  candidates2016: DisqualificationCandidate[];
  /** Published number disqualified in 2016, and whether the possible candidates can account for it. */
  disqualified2016: number | null;
  disqualificationConsistent: boolean;
  /** Plain statements of what the replay shows and assumes. */
  notes: string[];
}

/** All multisets of positive parts summing to n (descending parts). */
function partitions(n: number, max = n): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (let first = Math.min(n, max); first >= 1; first--) {
    for (const rest of partitions(n - first, first)) out.push([first, ...rest]);
  }
  return out;
}

function countCheck(year: number, failed: number, yellow: number | null, reading: YellowCardReading): ParkCountCheck {
  const splits = partitions(failed);
  const cards = (s: number[]) => s.reduce((a, f) => a + Math.min(reading.bottomCount, f), 0);
  const possible = Array.from(new Set(splits.map(cards))).sort((a, b) => a - b);
  const fitting = yellow === null ? splits : splits.filter((s) => cards(s) === yellow);
  const consistent = yellow === null || fitting.length > 0;
  const explanation = yellow === null
    ? `${failed} parks below standard give ${possible[0]}–${possible[possible.length - 1]} yellow cards under this reading (count not published)`
    : consistent
      ? `${yellow} yellow cards from ${failed} parks below standard fit only if the failed parks per category are ${fitting.map((s) => `(${s.join(', ')})`).join(' or ')}`
      : `${yellow} yellow cards cannot come from ${failed} parks below standard under this reading (possible: ${possible.join(', ')})`;
  return { year, reading: reading.id, failed, yellowCards: yellow, possibleYellowCards: possible, categorySplits: fitting, consistent, explanation };
}

function streakToRevoke(rules: ParkRuleSet): number {
  const find = (c: RuleCondition): number | null => {
    if ('fact' in c) return c.fact === 'yellowCardStreak' ? c.atLeast ?? 1 : null;
    const parts = ('any' in c ? c.any : c.all).map(find).filter((x): x is number => x !== null);
    return parts.length > 0 ? Math.min(...parts) : null;
  };
  for (const t of rules.transitions) {
    const n = find(t.when);
    if (n !== null) return n;
  }
  throw new DataError('invalid', `rule set ${rules.id} has no transition on consecutive yellow cards`, { function: 'replayParkEvents', input: 'rules', column: 'transitions' });
}

function publishedCount(year: number, indicator: string): number | null {
  const f = loadParkAggregateFacts().find((x) => x.period === String(year) && x.indicator_en === indicator);
  return f?.value_number ?? null;
}

/**
 * Replay what is known of the 2015 and 2016 provincial park evaluations through a rule set
 * (default `gd-2014`: the lowest-ranked non-compliant parks of each category — `bottom.count` of
 * them — get a yellow card; `n` yellow cards in a row revoke the status).
 *
 * Published facts used (bundled, graded `news`): 2015 — 9 parks below standard and 3 yellow cards
 * (S14), with the names (惠州产业园, 乐昌产业园, 徐闻产业园 carded); 2016 — 6 below standard and 1 park
 * disqualified after two consecutive yellow cards (S15), and the 15 parks rated 优秀 in 2016.
 *
 * What it computes:
 * - count checks, for the rule set's reading (`bottom.count` per category) and for the reading
 *   "the last non-compliant park of each category": which spreads of the failed parks over
 *   categories give the published number of yellow cards (partitions of the count, enumerated);
 * - candidates for the 2016 disqualification: a park revoked in 2016 after `n` = 2 consecutive
 *   cards must have been carded in 2015, so only the three 2015 yellow-card parks qualify; one
 *   rated 优秀 in 2016 was compliant and cannot have been carded again (matched by exact name).
 * Nothing is filled in: unknown yellow-card counts stay unknown and are reported as ranges.
 * @throws DataError when the rule set has no revocation on consecutive yellow cards, or the
 *   published 2015/2016 counts are missing from the bundled facts.
 * @example
 * ```ts
 * const r = replayParkEvents();
 * r.candidates2016.filter((c) => c.possible).map((c) => c.park) // ['乐昌产业园', '徐闻产业园']
 * ```
 */
export function replayParkEvents(options: { rules?: BundledRuleSetId | ParkRuleSet } = {}): ParkReplay {
  const rules = typeof options.rules === 'object' ? validateRuleSet(options.rules) : loadRuleSet(options.rules ?? 'gd-2014');
  const revokeAfter = streakToRevoke(rules);
  const readings: YellowCardReading[] = [
    { id: 'rule-set', bottomCount: rules.ranking.bottom.count, description: `the ${rules.ranking.bottom.count} lowest-ranked non-compliant parks of each ${rules.ranking.within === 'category' ? 'category' : 'year'} (rule set ${rules.id})` },
    { id: 'last-per-category', bottomCount: 1, description: 'the last-ranked non-compliant park of each category' },
  ];
  const failed15 = publishedCount(2015, 'parks rated substandard');
  const yellow15 = publishedCount(2015, 'parks given yellow card');
  const failed16 = publishedCount(2016, 'parks rated substandard');
  const disq16 = publishedCount(2016, 'parks disqualified');
  if (failed15 === null || failed16 === null) {
    throw new DataError('empty', 'the published 2015/2016 below-standard counts are missing', { file: 'data/facts/park_aggregate_facts.csv' });
  }
  const more = loadParkEvaluationsMore();
  const below15 = more.filter((f) => f.year === 2015 && f.event_code === 'substandard');
  const yellow15Facts = more.filter((f) => f.year === 2015 && f.event_code === 'yellow_card');
  const belowNames = below15.map((f) => f.park_name);
  const yellowNames = yellow15Facts.map((f) => f.park_name);
  const excellent16 = loadParkEvents().filter((e) => e.year === 2016 && e.event_type === 'evaluation: excellent');

  const countChecks: ParkCountCheck[] = [];
  for (const reading of readings) {
    countChecks.push(countCheck(2015, failed15, yellow15, reading));
    countChecks.push(countCheck(2016, failed16, null, reading));
  }

  const candidates: DisqualificationCandidate[] = yellow15Facts.map((f) => {
    const excellent = excellent16.find((e) => e.park_name_as_published === f.park_name);
    if (excellent) {
      return { park: f.park_name, host: f.city, possible: false, reason: 'rated excellent (优秀) in 2016, so compliant: no second yellow card', sources: [f.source_url, excellent.source_url] };
    }
    return { park: f.park_name, host: f.city, possible: true, reason: `yellow card in 2015; a second in 2016 would reach ${revokeAfter} in a row and revoke its status`, sources: [f.source_url] };
  });
  const possible = candidates.filter((c) => c.possible).length;
  // The disqualified park was below standard in 2016 and carded: it needs a 2015 card, a place among the 2016 failed parks.
  const disqualificationConsistent = disq16 === null || (disq16 <= possible && disq16 <= failed16);
  const notes = [
    `Under ${rules.id}, a park loses its status after ${revokeAfter} consecutive yellow cards, so a park disqualified in 2016 was carded in 2015 and 2016: only the ${yellowNames.length} parks carded in 2015 can be it.`,
    `${candidates.filter((c) => !c.possible).map((c) => c.park).join('、') || 'No carded park'} was rated excellent in 2016 and is ruled out; ${candidates.filter((c) => c.possible).map((c) => c.park).join(' or ')} remain.`,
    ...countChecks.filter((c) => c.year === 2015).map((c) => `2015, reading "${c.reading}": ${c.explanation}.`),
    ...countChecks.filter((c) => c.year === 2016).map((c) => `2016, reading "${c.reading}": ${c.explanation}.`),
    'Assumption: the 2016 excellent list and the disqualification come from the same 2016 evaluation circular (S15) and parks are matched by exact published name.',
    'The name of the disqualified park was not found in the sources read; the 2016 yellow-card count was not published.',
  ];
  return {
    ruleSet: rules.id, revokeAfterYellowCards: revokeAfter, readings,
    belowStandard2015: belowNames, yellowCards2015: yellowNames,
    yellowCardsAmongBelowStandard: yellowNames.every((n) => belowNames.includes(n)),
    countChecks, candidates2016: candidates, disqualified2016: disq16, disqualificationConsistent, notes,
  };
}
