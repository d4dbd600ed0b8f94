/**
 * Writes the SYNTHETIC example inputs of data/examples/ (示意数据 — invented numbers, never real):
 *
 * - parks-synthetic.csv: 44 parks in two categories (示范园, 一般) over 2012–2016, in the park
 *   template's layout, with entries, exits (parks disqualified by the gd-2011 rules leave), tied
 *   scores and status changes;
 * - industry-synthetic.csv: value added of the 21 cities, 2010–2022, manufacturing by division
 *   and the other industries by section, with a TOTAL row, in GB/T 4754-2002 (2010–2011),
 *   -2011 (2012–2017) and -2017 (2018–2022) codes; at each edition change the structure jumps,
 *   as reclassification does;
 * - industry-synthetic-wide.xlsx: the same figures for 2010–2012 in the yearbook's wide form;
 * - transfers-synthetic.csv: output moved out by the nine PRD cities, 2011–2016.
 *
 * Deterministic: fixed seeds (20110 parks, 20111 industry, 20112 transfers), no clock. Run: npx tsx scripts/make-examples.ts [outDir]
 * (default data/examples; then npm run data:manifest).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { guangdongCities } from '../src/data/cities.js';
import { GBT_SECTIONS, type IndustryEdition } from '../src/data/industry-sections.js';
import { INDUSTRY_COLUMNS } from '../src/data/read-industry.js';
import { TRANSFER_COLUMNS } from '../src/data/read-transfers.js';
import { setWarningHandler } from '../src/core/warnings.js';
import { evaluateParks } from '../src/parks/evaluate.js';
import { PARK_COLUMNS, parkEvaluationRecords, parkRowsFromRecords, type ParkYearRow } from '../src/parks/read-parks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'data', 'examples'));
mkdirSync(outDir, { recursive: true });
setWarningHandler(() => {}); // per-row template checks of single generated rows (e.g. percent-as-fraction on one row) are noise here

/** mulberry32: a small seeded PRNG (deterministic across platforms). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// One stream per file, so that changing one file's generator leaves the others as they are.
let rand = rng(20110);
const uniform = (lo: number, hi: number) => lo + (hi - lo) * rand();
const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
const r2 = (x: number) => Math.round(x * 100) / 100;
const half = (x: number) => Math.round(x * 2) / 2;

type Cell = string | number;
const quote = (v: Cell | null) => {
  const s = v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const writeCsv = (name: string, header: readonly string[], rows: Array<Array<Cell | null>>) =>
  writeFileSync(join(outDir, name), [header as readonly Cell[], ...rows].map((r) => r.map(quote).join(',')).join('\n') + '\n', 'utf8');
const banner = (what: string, width: number): Cell[] =>
  [`# SYNTHETIC / ILLUSTRATIVE — 示意数据（示例数据，虚构）: ${what}. Invented by scripts/make-examples.ts (fixed seed); not real figures / 非真实数据`, ...Array<string>(width - 1).fill('')];

// ---------------------------------------------------------------- parks
const prd = guangdongCities.filter((c) => c.region === 'PRD').map((c) => c.city_zh);
const hosts = guangdongCities.filter((c) => c.region !== 'PRD').map((c) => c.city_zh);
interface Park { id: string; name: string; host: string; partner: string | null; category: '示范园' | '一般'; quality: number; from: number; to: number }
const parks: Park[] = [];
for (let i = 1; i <= 44; i++) {
  const host = hosts[(i - 1) % hosts.length]!;
  const category = i <= 16 ? '示范园' : '一般';
  // 36 parks from 2012; 4 enter in 2013, 4 in 2014.
  const from = i > 40 ? 2014 : i > 36 ? 2013 : 2012;
  parks.push({ id: `S${String(i).padStart(2, '0')}`, name: `示意园区${String(i).padStart(2, '0')}（${host}，虚构）`, host,
    partner: i % 5 === 0 ? null : prd[(i * 7) % prd.length]!, category, from,
    // Three weak demonstration parks (demotions follow); S12 stops reporting after 2014 (an exit without a decision).
    quality: [3, 9, 14].includes(i) ? 61 + 3 * normal() : (category === '示范园' ? 80 : 72) + 7 * normal(), to: i === 12 ? 2014 : 2100 });
}
const years = [2012, 2013, 2014, 2015, 2016];
const parkRows: ParkYearRow[] = [];
const gone = new Set<string>();
for (const year of years) {
  for (const p of parks) {
    if (year < p.from || year > p.to || gone.has(p.id)) continue;
    let score = Math.min(99.5, Math.max(35, half(p.quality + 5 * normal())));
    if (year === 2013 && p.id === 'S20') score = parkRows.filter((r) => r.year === 2013 && r.park_id === 'S19')[0]?.score ?? score; // a tie
    const faiTarget = r2(uniform(10, 40));
    const vaTarget = 10;
    const taxTarget = 10;
    const row = {
      park_id: p.id, park_name: p.name, host_city: p.host, partner_city: p.partner, category: p.category, year,
      status_start: year === p.from ? (p.category === '示范园' ? 'demonstration' : 'ordinary') : '',
      fai_actual: r2(faiTarget * uniform(0.97, 1.3)), fai_target: faiTarget,
      va_above_scale: r2(uniform(5, 80)), va_growth_pct: r2(uniform(6, 25)), va_growth_target_pct: vaTarget,
      tax: r2(uniform(0.5, 10)), tax_growth_pct: r2(uniform(6, 25)), tax_growth_target_pct: taxTarget,
      land_intensity: r2(uniform(135, 260)), land_intensity_target: 150, env_compliant: rand() < 0.97 ? '是' : '否',
      transfer_projects: Math.floor(uniform(0, 20)), score,
    };
    parkRows.push(parkRowsFromRecords([row], 'generator').rows[0]!);
  }
  // Parks disqualified this year leave the evaluation.
  const ev = evaluateParks(parkEvaluationRecords(parkRows), { rules: 'gd-2011' });
  for (const d of ev.decisions) if (d.year === year && d.statusAfter === 'disqualified') gone.add(d.parkId);
}
// Ties in 2013: S20 copies S19's score (pushed in order, so S19 is already there).
writeCsv('parks-synthetic.csv', PARK_COLUMNS, [
  banner('44 parks, 2 categories, 2012–2016', PARK_COLUMNS.length),
  ...parkRows.map((r) => PARK_COLUMNS.map((c) => {
    const v = r[c];
    if (c === 'category') return v === 'demonstration' ? '示范园' : '一般';
    if (c === 'env_compliant') return v === null ? null : v ? '是' : '否';
    if (c === 'status_start') return (v as string | null) ?? null;
    return v as Cell | null;
  })),
]);

// ---------------------------------------------------------------- industry
rand = rng(20111);
const editionOf = (y: number): IndustryEdition => (y <= 2011 ? '2002' : y <= 2017 ? '2011' : '2017');
const ADVANCED: Record<IndustryEdition, string[]> = {
  '2002': ['25', '26', '28', '32', '34', '35', '36', '37', '39', '40', '41'],
  '2011': ['25', '26', '28', '31', '33', '34', '35', '36', '37', '38', '39', '40'],
  '2017': ['25', '26', '28', '31', '33', '34', '35', '36', '37', '38', '39', '40'],
};
const OTHER_MFG = ['13', '17', '18', '27'];
const MODERN: Record<IndustryEdition, string[]> = { '2002': ['G', 'J', 'K', 'L', 'M', 'P', 'Q', 'R'], '2011': ['I', 'J', 'K', 'L', 'M', 'P', 'Q', 'R'], '2017': ['I', 'J', 'K', 'L', 'M', 'P', 'Q', 'R'] };
const industryRows: Array<Array<Cell | null>> = [];
const wide = new Map<number, Map<string, Map<string, number>>>(); // year → code → city → value
for (const c of guangdongCities) {
  const isPrd = c.region === 'PRD';
  let gdp = isPrd ? uniform(1500, 9000) : uniform(400, 1600);
  let mfg = uniform(0.3, 0.5);
  let adv = isPrd ? uniform(0.4, 0.6) : uniform(0.2, 0.45);
  let serv = isPrd ? uniform(0.4, 0.5) : uniform(0.3, 0.4);
  let modern = isPrd ? uniform(0.45, 0.6) : uniform(0.3, 0.45);
  const wAdv = ADVANCED['2011'].map(() => uniform(0.2, 1));
  const wOther = OTHER_MFG.map(() => uniform(0.2, 1));
  const wSec = GBT_SECTIONS['2011'].map(() => uniform(0.2, 1));
  for (let y = 2010; y <= 2022; y++) {
    const ed = editionOf(y);
    if (y > 2010) {
      gdp *= 1 + uniform(0.04, 0.11);
      mfg = Math.min(0.55, Math.max(0.15, mfg + uniform(-0.012, 0.006)));
      adv = Math.min(0.8, Math.max(0.1, adv + uniform(-0.01, isPrd ? 0.02 : 0.012)));
      serv = Math.min(0.7, Math.max(0.25, serv + uniform(0, 0.012)));
      modern = Math.min(0.75, Math.max(0.2, modern + uniform(-0.005, 0.012)));
      if (y === 2012 || y === 2018) adv = Math.min(0.8, Math.max(0.1, adv + uniform(-0.04, 0.04))); // reclassification jump
    }
    serv = Math.min(serv, 0.93 - mfg); // manufacturing + services + the rest stay within GDP
    const rows: Array<[string, string, number]> = [];
    const mfgVa = gdp * mfg;
    const advCodes = ADVANCED[ed];
    const sumA = wAdv.slice(0, advCodes.length).reduce((s, x) => s + x, 0);
    advCodes.forEach((code, k) => rows.push([code, '', r2((mfgVa * adv * wAdv[k]!) / sumA)]));
    // The other manufacturing divisions listed take 60 % of the rest of manufacturing; the remainder is in TOTAL only.
    const sumO = wOther.reduce((s, x) => s + x, 0);
    OTHER_MFG.forEach((code, k) => rows.push([code, '', r2((mfgVa * (1 - adv) * 0.6 * wOther[k]!) / sumO)]));
    const secs = GBT_SECTIONS[ed].filter((s) => s.section !== 'C' && s.section !== 'T');
    const modernSecs = secs.filter((s) => MODERN[ed].includes(s.section));
    const otherServ = secs.filter((s) => !MODERN[ed].includes(s.section) && !['A', 'B', 'D', 'E'].includes(s.section));
    const primaryEtc = secs.filter((s) => ['A', 'B', 'D', 'E'].includes(s.section));
    const split = (list: typeof secs, amount: number) => {
      const w = list.map((s) => wSec[GBT_SECTIONS['2011'].findIndex((x) => x.section === s.section)]!);
      const tot = w.reduce((a, b) => a + b, 0);
      list.forEach((s, k) => rows.push([s.section, s.name_zh, r2((amount * w[k]!) / tot)]));
    };
    split(primaryEtc, gdp * (1 - mfg - serv) * 0.95);
    split(otherServ, gdp * serv * (1 - modern));
    split(modernSecs, gdp * serv * modern);
    rows.push(['TOTAL', '合计', r2(gdp)]);
    for (const [code, , v] of rows) {
      industryRows.push([c.city_zh, y, code, null, ed, 'all', null, v, '亿元']);
      if (y <= 2012) {
        const byCode = wide.get(y) ?? new Map<string, Map<string, number>>();
        wide.set(y, byCode);
        const byCity = byCode.get(code) ?? new Map<string, number>();
        byCode.set(code, byCity);
        byCity.set(c.city_zh, v);
      }
    }
  }
}
writeCsv('industry-synthetic.csv', INDUSTRY_COLUMNS, [banner('21 cities × 2010–2022, GB/T 4754 editions 2002/2011/2017', INDUSTRY_COLUMNS.length), ...industryRows]);

{
  const wb = new ExcelJS.Workbook();
  wb.creator = 'prd-restructuring';
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const cities = guangdongCities.map((c) => c.city_zh);
  for (const [y, byCode] of wide) {
    const ws = wb.addWorksheet(String(y));
    ws.addRow(['industry_code', ...cities]);
    ws.addRow([`# form=wide year=${y} edition=${editionOf(y)} scope=all unit=亿元 indicator=value-added — SYNTHETIC 示意数据（虚构）`]);
    for (const [code, byCity] of byCode) ws.addRow([code, ...cities.map((c) => byCity.get(c) ?? null)]);
  }
  await wb.xlsx.writeFile(join(outDir, 'industry-synthetic-wide.xlsx'));
}

// ---------------------------------------------------------------- transfers
rand = rng(20112);
const transferRows: Array<Array<Cell | null>> = [];
for (const c of prd) {
  const base = uniform(2, 60);
  for (let y = 2011; y <= 2016; y++) transferRows.push([c, y, r2(base * uniform(0.5, 1.8)), '亿元']);
}
writeCsv('transfers-synthetic.csv', TRANSFER_COLUMNS, [banner('9 PRD cities, 2011–2016', TRANSFER_COLUMNS.length), ...transferRows]);

process.stdout.write(`wrote parks-synthetic.csv (${parkRows.length} park-years), industry-synthetic.csv (${industryRows.length} rows), industry-synthetic-wide.xlsx, transfers-synthetic.csv to ${outDir}\n`);
