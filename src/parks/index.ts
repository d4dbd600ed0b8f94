// Parks: rules engine, scoring, plan targets and tasks, reward allocation.
export { evaluateParks } from './evaluate.js';
export type { EvaluateParksOptions, IndicatorOutcome, ParkDecision, ParkEvaluation, ParkEvaluationRecord } from './evaluate.js';
export { loadRuleSet, validateRuleSet } from './rule-set.js';
export type { BilingualText, BundledRuleSetId, ParkFact, ParkRuleSet, RuleCondition, RuleStatus, RuleTransition } from './rule-set.js';
