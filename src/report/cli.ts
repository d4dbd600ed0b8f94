#!/usr/bin/env node
/**
 * `prd-report` / `npm run report`: build the investigation report (调研报告) from the notebooks.
 * @module
 */
import { parseArgs } from 'node:util';
import { NotebookFailureError, ReportWarningsError, runReport } from './runner.js';
import type { ReportOptions } from './runner.js';

const HELP = `prd-report — build the Guangdong industrial-transfer investigation report (调研报告)

Usage: npm run report -- [options]      (or: npx prd-report [options])

Builds the library if dist/ is stale, executes every chapter notebook listed in
notebooks/chapters.json (a chapter whose library functions do not exist yet is left out),
and writes to the output folder:
  notebooks/*.ipynb   executed notebooks, outputs saved
  figures/*.svg|png   every chart
  index.html          self-contained report (summary, chapters, provenance appendix)
  report.docx         the same for Word (Chinese fonts)
  report.pdf          when a Chromium is found (/usr/bin/chromium or REPORT_CHROMIUM)
  bulletin.html|docx|pdf
                      with a parks file: the year's park evaluation bulletin (考评结果通报):
                      counts, results by category, commended, yellow cards, demotions with the
                      rule clause, the reward list with --fund (marked 示意数据 on --example)
  tables/<id>.csv     every table of the report (UTF-8 with BOM, numbers unrounded); fixed ids
                      parks-results, rewards, industry-shares, output-moved-out,
                      growth-gap-regions, disparity
  tables.xlsx         the same tables, one sheet a table

Options:
  --year <yyyy>        last year the report covers (default: the latest year in the data);
                       also the bulletin's year (default: the latest year of the parks file)
  --lang zh|en         label language (default zh)
  --data <path>        your own city-year panel instead of the bundled one: a CSV/XLSX file, or a
                       folder holding city-panel.csv (validated by readPanel before any notebook)
  --data-dir <dir>     a folder of the office's own files, picked up by name: city-panel.csv|xlsx,
                       parks.csv|xlsx, industry.csv|xlsx, firms.parquet|csv, transfers.csv|xlsx
                       (next year's update: replace the files, run the same command)
  --parks <csv|xlsx>   park-year evaluation records (template data/templates/parks.*)
  --industry <csv|xlsx>
                       value added (or gross output) by city, year and industry
                       (template data/templates/industry.*, long or declared wide form)
  --firms <csv|parquet>
                       firm register (relocations, output moved out)
  --transfers <csv|xlsx>
                       output moved out by PRD city and year, when there is no register
                       (template data/templates/transfers.*)
  --fund <亿元>        reward fund to allocate for output moved out (the bulletin's reward
                       list; needs --transfers, or --firms covering the bulletin year)
  --cap <share>        largest share of the fund one city may receive (0–1)
  --rules gd-2011|gd-2014|<rules.json>
                       park rule set (default: gd-2014 for years from 2014, else gd-2011)
  --example            run on the SYNTHETIC example inputs of data/examples/ (every page 示意数据)
  --out <dir>          output folder (default report/)
  --engine tslab|jupyter
                       tslab (default): tslab's converter and executor in-process, no Python;
                       jupyter: jupyter nbconvert --execute with the tslab kernel registered
                       under .jupyter/ (needs Debian's jupyter-nbconvert python3-nbclient)
  --notebooks <dir>    another notebook folder with its own chapters.json (default notebooks/)
  --no-pdf             skip the PDF
  --strict             fail (exit 1, no report written) when any data warning was recorded while
                       reading the inputs or running the notebooks (they are listed)
  -h, --help           this text

Exit status: 0 when the report was written; 1 when a notebook cell failed (the notebook, the
cell number, its source and the error are printed) or an option is wrong.
Environment: SOURCE_DATE_EPOCH fixes the build date; REPORT_CHROMIUM, REPORT_PYTHON pick programs.`;

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        year: { type: 'string' },
        lang: { type: 'string' },
        data: { type: 'string' },
        out: { type: 'string' },
        'data-dir': { type: 'string' },
        parks: { type: 'string' },
        industry: { type: 'string' },
        firms: { type: 'string' },
        transfers: { type: 'string' },
        fund: { type: 'string' },
        cap: { type: 'string' },
        rules: { type: 'string' },
        example: { type: 'boolean' },
        engine: { type: 'string' },
        notebooks: { type: 'string' },
        'no-pdf': { type: 'boolean' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${HELP}\n`);
    return 1;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const opts: ReportOptions = {};
  if (values.year !== undefined) {
    if (!/^\d{4}$/.test(values.year)) {
      process.stderr.write(`--year ${values.year}: give a four-digit year, e.g. --year 2020\n`);
      return 1;
    }
    opts.year = Number(values.year);
  }
  if (values.lang !== undefined) {
    if (values.lang !== 'zh' && values.lang !== 'en') {
      process.stderr.write(`--lang ${values.lang}: use zh or en\n`);
      return 1;
    }
    opts.lang = values.lang;
  }
  if (values.engine !== undefined) {
    if (values.engine !== 'tslab' && values.engine !== 'jupyter') {
      process.stderr.write(`--engine ${values.engine}: use tslab or jupyter\n`);
      return 1;
    }
    opts.engine = values.engine;
  }
  if (values.data !== undefined) opts.dataDir = values.data;
  if (values.out !== undefined) opts.out = values.out;
  if (values['data-dir'] !== undefined) opts.inputDir = values['data-dir'];
  if (values.parks !== undefined) opts.parks = values.parks;
  if (values.industry !== undefined) opts.industry = values.industry;
  if (values.firms !== undefined) opts.firms = values.firms;
  if (values.transfers !== undefined) opts.transfers = values.transfers;
  if (values.rules !== undefined) opts.rules = values.rules;
  if (values.example) opts.example = true;
  for (const k of ['fund', 'cap'] as const) {
    const v = values[k];
    if (v === undefined) continue;
    const n = Number(v);
    if (v.trim() === '' || !Number.isFinite(n) || n <= 0 || (k === 'cap' && n > 1)) {
      process.stderr.write(`--${k} ${v}: give ${k === 'fund' ? 'the fund in 亿元, a positive number' : 'a share in (0, 1], e.g. 0.3'}\n`);
      return 1;
    }
    opts[k] = n;
  }
  if (values.notebooks !== undefined) opts.notebooksDir = values.notebooks;
  if (values['no-pdf']) opts.pdf = false;
  if (values.strict) opts.strict = true;
  try {
    await runReport(opts);
    return 0;
  } catch (e) {
    if (e instanceof NotebookFailureError || e instanceof ReportWarningsError) process.stderr.write(`\n${e.message}\n`);
    else process.stderr.write(`\nprd-report: ${(e as Error).message}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`prd-report: ${String(e)}\n`);
    process.exit(1);
  },
);
