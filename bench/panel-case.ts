/**
 * One panel-benchmark case in this process (the Node side of bench/panel-vs-pandas.ts):
 * `tsx bench/panel-case.ts <case> <units>` builds the SYNTHETIC panel (bench/panel-data.ts),
 * times one call of the panel function and prints one JSON line: `ms` (the call only), `peak_mib`
 * (peak resident memory of the process) and `answer` (counts and sums to compare with pandas).
 */
import { pathToFileURL } from 'node:url';
import * as aq from 'arquero';
import { setWarningHandler } from '../src/core/warnings.js';
import { convergenceTable, disparityTable, growthGapTable, regionShares, structureTable, transferTable } from '../src/panel/index.js';
import { syntheticPanel, FIRST_YEAR, YEARS } from './panel-data.js';

type Answer = Record<string, number>;

/** Count and sum of the non-null values of a numeric column. */
function stats(t: aq.ColumnTable, column: string, prefix = column): Answer {
  let n = 0;
  let s = 0;
  for (const v of t.array(column) as Array<number | null>) {
    if (v !== null && v !== undefined) {
      n++;
      s += v;
    }
  }
  return { [`${prefix}_n`]: n, [`${prefix}_sum`]: s };
}

function methodCounts(t: aq.ColumnTable): Answer {
  const out: Answer = {};
  for (const m of t.array('method') as string[]) out[`method:${m}`] = (out[`method:${m}`] ?? 0) + 1;
  return out;
}

const last = FIRST_YEAR + YEARS - 1;
export const CASES: Record<string, (t: aq.ColumnTable) => Answer> = {
  'growthGapTable-city': (t) => {
    const r = growthGapTable(t, { by: 'city' });
    return { rows: r.numRows(), ...stats(r, 'gap_pp'), ...stats(r, 'population_growth'), ...methodCounts(r) };
  },
  'growthGapTable-region': (t) => {
    const r = growthGapTable(t, { by: 'region' });
    return { rows: r.numRows(), ...stats(r, 'gap_pp'), ...stats(r, 'population_growth'), ...methodCounts(r) };
  },
  'structureTable-city': (t) => {
    const r = structureTable(t, { by: 'city' });
    return { rows: r.numRows(), ...stats(r, 'ts'), ...stats(r, 'h'), ...stats(r, 'tl'), ...stats(r, 'moore_prev'), ...stats(r, 'change_prev') };
  },
  'structureTable-region': (t) => {
    const r = structureTable(t, { by: 'region' });
    return { rows: r.numRows(), ...stats(r, 'secondary_share'), ...stats(r, 'ts'), ...stats(r, 'h'), ...stats(r, 'tl'), ...stats(r, 'moore_prev') };
  },
  'regionShares': (t) => {
    const r = regionShares(t, { variable: 'gdp' });
    return { rows: r.numRows(), ...stats(r, 'share'), ...stats(r, 'value') };
  },
  'disparityTable': (t) => {
    const r = disparityTable(t, { groups: 'region' });
    return { rows: r.numRows(), ...stats(r, 'cv'), ...stats(r, 'gini'), ...stats(r, 'theil_t'), ...stats(r, 'theil_t_between'), ...stats(r, 'theil_l_within') };
  },
  'convergenceTable': (t) => {
    const r = convergenceTable(t, { variable: 'gdp_per_capita', from: FIRST_YEAR, to: last, groups: 'region' });
    return { rows: r.numRows(), ...stats(r, 'beta'), ...stats(r, 'n_beta'), ...stats(r, 'sd_log_to'), ...stats(r, 'sigma_trend') };
  },
  'transferTable': (t) => {
    const r = transferTable(t, { variable: 'secondary_va', years: [2000, 2005, 2010, 2015, 2020] });
    return { rows: r.shares.numRows(), ...stats(r.shares, 'share'), ...stats(r.shares, 'change_pp'), ...stats(r.shiftShare, 'regional_shift') };
  },
};

const [name, unitsArg] = process.argv.slice(2);
const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain && name !== undefined) {
  const run = CASES[name];
  if (!run) throw new Error(`unknown case ${name}; one of ${Object.keys(CASES).join(', ')}`);
  setWarningHandler(() => {});
  const t = aq.table(syntheticPanel(Number(unitsArg ?? 3000)));
  const t0 = performance.now();
  const answer = run(t);
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ engine: `node ${process.version}, arquero`, ms, peak_mib: process.resourceUsage().maxRSS / 1024, answer }));
}
