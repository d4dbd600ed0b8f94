/**
 * Parks: rules engine, scoring, plan targets and tasks, reward allocation.
 * @module parks
 */
export { evaluateParks } from './evaluate.js';
export type { EvaluateParksOptions, IndicatorOutcome, ParkDecision, ParkEvaluation, ParkEvaluationRecord } from './evaluate.js';
export { loadRuleSet, validateRuleSet, checkParkScore, checkMaxScore, DEFAULT_MAX_SCORE } from './rule-set.js';
export type { BilingualText, BundledRuleSetId, ParkFact, ParkRuleSet, RuleCondition, RuleStatus, RuleTransition } from './rule-set.js';
export { scoreParks, loadRubric, validateRubric } from './scoring.js';
export type { ParkScore, ScoreSheet, ScoringRubric } from './scoring.js';
export { plan2011, trackTargets, plan2011Outcomes, laterParkTargets, TARGET_COMPARISONS } from './plan.js';
export type { TargetComparison, Plan2011, PlanTarget, PlanTask, TargetActual, TargetTracking, TrackTargetsOptions } from './plan.js';
export { taskSchedule, taskStatus } from './tasks.js';
export type { ScheduledTask, TaskProgress, TaskState, TaskStatusRow, TaskWindow } from './tasks.js';
export { allocateTransferRewards } from './rewards.js';
export type { AllocateRewardsOptions, RewardAllocation, RewardResult, TransferMoved } from './rewards.js';
export { readParks, parkRowsFromRecords, parkEvaluationRecords, loadIllustrativeParks, PARK_COLUMNS, PARK_COLUMN_DOCS, PARK_CATEGORY_LABELS } from './read-parks.js';
export type { ParkCategory, ParkTable, ParkYearRow, ReadParksOptions } from './read-parks.js';
export { meizhouScoreSheets2016 } from './meizhou.js';
export type { MeizhouScoreSheets2016 } from './meizhou.js';
export { parkAggregateKind, parkAggregateCoverage, PARK_AGGREGATE_KIND_LABELS } from './aggregates.js';
export type { ParkAggregateKind, ParkAggregateCoverage } from './aggregates.js';
export { parkEvaluationEventTable } from './events.js';
export type { ParkEvaluationEventRow } from './events.js';
export { replayParkEvents } from './replay.js';
export type { ParkReplay, ParkCountCheck, YellowCardReading, DisqualificationCandidate } from './replay.js';
export { parkBulletin, PARK_GRADE_EN } from './bulletin.js';
export type { ParkBulletin, ParkBulletinOptions, ParkGrade, BulletinParkResult, BulletinEntry, BulletinCounts, BulletinCategory, BulletinRewards } from './bulletin.js';
export { renderParkBulletinMarkdown } from './bulletin-markdown.js';
export type { BulletinMarkdownOptions } from './bulletin-markdown.js';
export { compareScoreSheets } from './score-comparison.js';
export type { ScoreSheetComparison, ScoreSheetTableRow, ScoreChange } from './score-comparison.js';
export { parkHistory, parkRulesFor } from './history.js';
export type { ParkHistory, ParkHistoryOptions, ParkHistoryResult, ParkHistoryRow } from './history.js';
export { parkAggregateSummary } from './aggregate-summary.js';
export type { ParkAggregateSummary, ParkAggregateCoverageRow } from './aggregate-summary.js';
export { parkEventSummary } from './event-summary.js';
export type { ParkEventSummary, ParkEventTableRow } from './event-summary.js';
export { targetSummary } from './target-summary.js';
export type { TargetSummary } from './target-summary.js';
export { replaySummaryZh } from './replay-summary.js';
