/**
 * One case of bench/panel-verbs.ts in this process: `tsx bench/panel-verbs-case.ts <case> <verbs|loop> <units>`
 * builds the SYNTHETIC panel (bench/panel-data.ts), times one call of the arquero-verb or the
 * hand-written-loop version of a panel table and prints one JSON line: `ms` (the call only),
 * `cpu_ms` (user + system CPU time of the call), `peak_mib`, and `rows`.
 */
import * as aq from 'arquero';
import { setWarningHandler } from '../src/core/warnings.js';
import { regionSharesLoop, regionSharesVerbs } from '../src/panel/growth/region-shares.js';
import { transferSharesInput, transferSharesLoop, transferSharesVerbs } from '../src/panel/disparity/transfer-table.js';
import { syntheticPanel } from './panel-data.js';

const TRANSFER = { variable: 'secondary_va', years: [2000, 2005, 2010, 2015, 2020] };
type Run = (t: aq.ColumnTable) => aq.ColumnTable;
export const VERB_CASES: Record<string, { verbs: Run; loop: Run }> = {
  regionShares: {
    verbs: (t) => regionSharesVerbs(t, { variable: 'gdp' }),
    loop: (t) => regionSharesLoop(t, { variable: 'gdp' }),
  },
  // The shares part only (the input checks included on both sides); the shift-share part is the same code on both.
  transferShares: {
    verbs: (t) => aq.table(transferSharesVerbs(transferSharesInput(t, TRANSFER))),
    loop: (t) => aq.table(transferSharesLoop(transferSharesInput(t, TRANSFER))),
  },
};

const [name, side, unitsArg] = process.argv.slice(2);
const c = VERB_CASES[name ?? ''];
if (!c || (side !== 'verbs' && side !== 'loop')) throw new Error(`usage: panel-verbs-case.ts <${Object.keys(VERB_CASES).join('|')}> <verbs|loop> <units>`);
setWarningHandler(() => {});
const t = aq.table(syntheticPanel(Number(unitsArg ?? 3000)));
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const out = c[side](t);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ ms, cpu_ms: (cpu.user + cpu.system) / 1000, peak_mib: process.resourceUsage().maxRSS / 1024, rows: out.numRows() }));
