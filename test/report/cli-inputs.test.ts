/**
 * The report command line with the office's own files: a parks file filled in from the template
 * (template round trip), the bulletin year from --year, and the errors a user meets.
 * A tiny notebooks folder (fixtures/tables) stands in for the chapters.
 *
 * Hand computation for 2012 under gd-2011 (the default before 2014): scores P1 95, P2 88, P3 80,
 * P4 70, P5 66, P6 62 → bottom three P4, P5, P6 get yellow cards; nobody fails (all ≥ 60) and no
 * streak reaches two, so nobody is demoted or disqualified; 优秀 (≥ 90): P1; 达标: the other five.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readParks } from '../../src/parks/read-parks.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cli = (args: string[]) =>
  spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'report', 'cli.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PRD_SILENCE_WARNINGS: '1', REPORT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'prd-cli-cache-')) },
  });

const ROWS_2012: [string, string, string, string, string, string, number][] = [
  ['P1', '甲园区', '河源', '深圳', '示范园', 'demonstration', 95],
  ['P2', '乙园区', '梅州', '广州', '示范园', 'demonstration', 88],
  ['P3', '丙园区', '汕尾', '深圳', '示范园', 'demonstration', 80],
  ['P4', '丁园区', '清远', '广州', '示范园', 'demonstration', 70],
  ['P5', '戊园区', '韶关', '佛山', '一般', 'ordinary', 66],
  ['P6', '己园区', '阳江', '中山', '一般', 'ordinary', 62],
];

/** The parks template (header, column-notes and example rows kept) with the six parks of 2012 filled in. */
function filledTemplate(): string {
  const template = readFileSync(join(root, 'data', 'templates', 'parks.csv'), 'utf8').trimEnd();
  const eol = template.includes('\r\n') ? '\r\n' : '\n'; // the template's own line ending, kept
  const header = template.split(eol)[0]!.split(',');
  expect(header).toHaveLength(20);
  const rows = ROWS_2012.map(([id, name, city, partner, category, status, score]) => {
    const v: Record<string, string | number> = { park_id: id, park_name: name, host_city: city, partner_city: partner, category, year: 2012, status_start: status, score };
    return header.map((h) => String(v[h] ?? '')).join(',');
  });
  return `${template}${eol}${rows.join(eol)}${eol}`;
}

describe('prd-report with a parks file filled in from the template', () => {
  let dir: string;
  let out: string;
  let run: ReturnType<typeof cli>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'prd-cli-inputs-'));
    writeFileSync(join(dir, 'parks.csv'), filledTemplate());
    out = join(dir, 'out');
    run = cli(['--notebooks', join(root, 'test', 'report', 'fixtures', 'tables'), '--parks', join(dir, 'parks.csv'), '--year', '2012', '--out', out, '--no-pdf']);
  }, 240_000);

  it('reads the filled template back: six park-years, the template rows skipped', async () => {
    const t = await readParks(join(dir, 'parks.csv'));
    expect(t.rows.map((r) => [r.park_id, r.year, r.score])).toEqual(ROWS_2012.map((r) => [r[0], 2012, r[6]]));
  });

  it('exits 0, validates the file and writes the 2012 bulletin under gd-2011', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/input\s+parks: parks\.csv\s+6 rows\s+validated/);
    expect(run.stdout).toContain('write   bulletin.html, bulletin.docx (2012, rules gd-2011)');
    const html = readFileSync(join(out, 'bulletin.html'), 'utf8');
    expect(html).toContain('2012年度共6个园区参加考评（依据：省产业转移工业园考评升降级规则（2011年行动方案））：优秀1个，达标5个，不达标0个；黄牌警告3个，降级0个，取消资格0个。');
    const warned = html.slice(html.indexOf('四、黄牌警告'), html.indexOf('五、降级和取消资格'));
    expect(['甲园区', '乙园区', '丙园区', '丁园区', '戊园区', '己园区'].filter((n) => warned.includes(n))).toEqual(['丁园区', '戊园区', '己园区']);
    const moved = html.slice(html.indexOf('五、降级和取消资格'), html.indexOf('考评依据'));
    expect(moved).toContain('<p>无。</p>');
    expect(moved).not.toMatch(/园区/);
  });

  it('writes parks-results.csv and no rewards table without a fund', () => {
    const csv = readFileSync(join(out, 'tables', 'parks-results.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF类别,类内排名,园区编号')).toBe(true);
    expect(csv).toContain('\n一般,2,P6,己园区,阳江,62,达标,是,非示范园,非示范园\n');
    expect(run.stdout).toContain('write   tables/*.csv (5), tables.xlsx');
  });
});

describe('prd-report --help', () => {
  it('names the bulletin, the tables and their fixed ids', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    for (const s of ['bulletin.html|docx|pdf', 'tables/<id>.csv', 'tables.xlsx', 'parks-results', 'rewards', 'industry-shares', 'output-moved-out', 'growth-gap-regions', 'disparity']) expect(r.stdout).toContain(s);
  });
});

describe('prd-report refuses bad bulletin input with exit 1', () => {
  it('a fund without the output moved out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-cli-inputs-'));
    writeFileSync(join(dir, 'parks.csv'), filledTemplate());
    const r = cli(['--notebooks', join(root, 'test', 'report', 'fixtures', 'tables'), '--parks', join(dir, 'parks.csv'), '--fund', '10', '--out', join(dir, 'out'), '--no-pdf']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a reward fund was given without the output each city moved out');
  }, 240_000);

  it('a --year the parks file does not cover', () => {
    const dir = mkdtempSync(join(tmpdir(), 'prd-cli-inputs-'));
    writeFileSync(join(dir, 'parks.csv'), filledTemplate());
    const r = cli(['--notebooks', join(root, 'test', 'report', 'fixtures', 'tables'), '--parks', join(dir, 'parks.csv'), '--year', '2015', '--out', join(dir, 'out'), '--no-pdf']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no park has a record for 2015');
  }, 240_000);
});
