/**
 * Type tests of the public API (the package root). They are checked by `npm run typecheck`
 * (tsconfig.json includes test/): if a public type loosens — a return type turns `any`, a
 * parameter starts accepting text, an option union widens — an `expectTypeOf` assertion fails
 * or a `// @ts-expect-error` line stops being an error, and the typecheck fails.
 *
 * Runtime-cheap under vitest: the package is imported as types only (`import type`), and the
 * misuse lines sit in a function that is never called. `expectTypeOf` does nothing at runtime.
 */
import type { ColumnTable } from 'arquero';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expectTypeOf, it } from 'vitest';
import type * as api from '../../src/index.js';

type Api = typeof api;

describe('public API types', () => {
  it('loadGuangdongPanel returns an arquero ColumnTable', () => {
    expectTypeOf<Api['loadGuangdongPanel']>().returns.toEqualTypeOf<ColumnTable>();
    expectTypeOf<Api['loadGuangdongPanel']>().parameter(0).toEqualTypeOf<api.PanelOptions | undefined>();
    expectTypeOf<api.PanelOptions['from']>().toEqualTypeOf<number | undefined>();
  });

  it('pure measures take readonly number arrays (or Float64Array) and return numbers or plain records', () => {
    expectTypeOf<Api['gini']>().parameter(0).toEqualTypeOf<readonly number[] | Float64Array>();
    expectTypeOf<Api['gini']>().returns.toEqualTypeOf<number>();
    const values: readonly number[] = Object.freeze([20, 50, 20, 10]);
    expectTypeOf(values).toExtend<Parameters<Api['gini']>[0]>();

    type Theil = ReturnType<Api['theilDecompose']>;
    expectTypeOf<Theil>().toEqualTypeOf<api.TheilDecomposition>();
    expectTypeOf<Pick<Theil, 'total' | 'between' | 'within'>>().toEqualTypeOf<{ total: number; between: number; within: number }>();
    expectTypeOf<Theil['index']>().toEqualTypeOf<'T' | 'L'>();
    expectTypeOf<Theil['betweenContribution']>().toEqualTypeOf<number | null>();
    expectTypeOf<Api['theilDecompose']>().parameter(1).toEqualTypeOf<ReadonlyArray<string | number>>();
  });

  it('evaluateParks returns typed decisions the park chart accepts', () => {
    type Decision = ReturnType<Api['evaluateParks']>['decisions'][number];
    expectTypeOf<Decision>().toEqualTypeOf<api.ParkDecision>();
    // Statuses are defined by the rule set (data), so statusAfter is text, not a closed union.
    expectTypeOf<Decision['statusAfter']>().toEqualTypeOf<string>();
    expectTypeOf<Decision['yellowCard']>().toEqualTypeOf<boolean>();
    expectTypeOf<Decision['conflict']>().toEqualTypeOf<{ input: string; derived: string } | null>();
    expectTypeOf<Decision>().toExtend<api.ParkDecisionRow>();
    expectTypeOf<api.EvaluateParksOptions['rules']>().toExtend<'gd-2011' | 'gd-2014' | api.ParkRuleSet>();
  });

  it('DataError and MeasureError carry where the problem is', () => {
    expectTypeOf<api.DataError>().toExtend<Error>();
    expectTypeOf<api.DataError['file']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<api.DataError['row']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<api.DataError['column']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<api.DataError['function']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<api.DataError['input']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<'missing'>().toExtend<api.MeasureErrorCode>();
    expectTypeOf<api.DataError['code']>().toEqualTypeOf<api.DataErrorCode>();
    expectTypeOf<'duplicate-key'>().toExtend<api.DataErrorCode>();
    expectTypeOf<api.MeasureError>().toExtend<Error>();
  });

  it('panel tables take a closed set of levels and return arquero tables', () => {
    expectTypeOf<api.GrowthGapOptions['by']>().toEqualTypeOf<'city' | 'region' | 'province'>();
    expectTypeOf<Api['growthGapTable']>().returns.toExtend<ColumnTable>();
    expectTypeOf<Api['growthGapTable']>().returns.toEqualTypeOf<api.PanelTable<api.GrowthGapRow>>();
    expectTypeOf<ReturnType<Api['structureTable']>['rows']>().returns.toEqualTypeOf<api.StructureRow[]>();
    expectTypeOf<ReturnType<Api['regionShares']>['rows']>().returns.toEqualTypeOf<api.RegionSharesRow[]>();
    expectTypeOf<ReturnType<Api['convergenceTable']>['rows']>().returns.toEqualTypeOf<api.ConvergenceRow[]>();
    expectTypeOf<ReturnType<Api['transferTable']>['shares']['rows']>().returns.toEqualTypeOf<api.TransferShareRow[]>();
    expectTypeOf<ReturnType<Api['transferTable']>['shiftShare']['rows']>().returns.toEqualTypeOf<api.ShiftShareRow[]>();
    expectTypeOf<api.GrowthGapRow['method']>().toEqualTypeOf<api.GrowthGapMethod>();
    // disparityTable's group columns follow the grouping.
    type Regional = ReturnType<typeof api.disparityTable<'region'>>;
    expectTypeOf<ReturnType<Regional['rows']>[number]['theil_t_contribution_North']>().toEqualTypeOf<number | null>();
    expectTypeOf<ReturnType<Regional['rows']>[number]['n_PRD']>().toEqualTypeOf<number>();
    type Periphery = ReturnType<typeof api.disparityTable<'prd-vs-periphery'>>;
    expectTypeOf<ReturnType<Periphery['rows']>[number]['theil_l_contribution_periphery']>().toEqualTypeOf<number | null>();
    // The chart builders take the panel rows as they come.
    expectTypeOf<api.GrowthGapRow[]>().toExtend<Parameters<Api['growthGapChart']>[0]>();
    expectTypeOf<api.RegionSharesRow[]>().toExtend<Parameters<Api['regionSharesChart']>[0]>();
    expectTypeOf<api.StructureRow[]>().toExtend<Parameters<Api['sectorShareChart']>[0]>();
    expectTypeOf<api.DisparityRow[]>().toExtend<Parameters<Api['disparityChart']>[0]>();
  });

  it('chart builders return vega-lite TopLevelSpec and accept the lower layers’ outputs', () => {
    expectTypeOf<Api['growthGapChart']>().returns.toEqualTypeOf<TopLevelSpec>();
    expectTypeOf<Api['relocationFlowChart']>().returns.toEqualTypeOf<TopLevelSpec>();
    expectTypeOf<ColumnTable>().toExtend<Parameters<Api['growthGapChart']>[0]>();
    expectTypeOf<api.FlowLink[]>().toExtend<Parameters<Api['relocationFlowChart']>[0]>();
    expectTypeOf<api.RelocationFlowChartOptions['view']>().toEqualTypeOf<'corridors' | 'matrix' | undefined>();
    expectTypeOf<api.Lang>().toEqualTypeOf<'zh' | 'en'>();
    expectTypeOf<Api['renderSvg']>().returns.toEqualTypeOf<Promise<string>>();
    expectTypeOf<Api['renderPng']>().returns.toEqualTypeOf<Promise<Uint8Array>>();
  });
});

/**
 * Misuse that must not compile. Never called: each line is checked by the compiler only. If a
 * public type loosens, the `@ts-expect-error` above it becomes unused and the typecheck fails.
 */
function misuse(a: Api, panel: ColumnTable): void {
  // @ts-expect-error gini takes numbers, not text
  a.gini('1,2,3');
  // @ts-expect-error gini refuses an array holding text
  a.gini([1, '2', 3]);
  // @ts-expect-error theilDecompose needs the group labels
  a.theilDecompose([1, 2, 3]);
  // @ts-expect-error 'county' is not a panel level
  a.growthGapTable(panel, { by: 'county' });
  // @ts-expect-error growthGapTable requires `by`
  a.growthGapTable(panel, {});
  // @ts-expect-error panel years are numbers
  a.loadGuangdongPanel({ from: '2010' });
  // @ts-expect-error chart labels are 'zh' or 'en'
  a.growthGapChart([], { lang: 'fr' });
  // @ts-expect-error a flow chart has no 'chord' view
  a.relocationFlowChart([], { view: 'chord' });
  // @ts-expect-error a flow row needs a numeric value
  a.relocationFlowChart([{ origin: '深圳', destination: '河源', value: '320' }]);
  // @ts-expect-error evaluateParks needs a rule set
  a.evaluateParks([], {});
  // @ts-expect-error the result of a measure is a number, not a table
  a.gini([1, 2]).objects();
}
void misuse;
