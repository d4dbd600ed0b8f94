/**
 * `openFirmPanel`: open a firm-level panel (CSV or Parquet, one file or a glob) in an
 * embedded DuckDB database, validate it, and keep the usable rows for the relocation
 * measures of this folder.
 * @module
 */
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DataError } from '../core/errors.js';
import { clipText } from '../data/suggest.js';
import { warn } from '../core/warnings.js';
import type { DataWarning } from '../core/warnings.js';
import { FIRM_CITIES } from './cities.js';
import { csvReadError, readCsvHeader } from './csv-input.js';
import { duckdb, loadSql, queryRows, queryTable, renderSql, sqlIdent, sqlString } from './engine.js';
import type { ArqueroTable } from './engine.js';
import { GBT4754_EDITIONS, GBT4754_RULES } from './gbt4754.js';
import type { Gbt4754Edition } from './gbt4754.js';

/** Columns of the firm-panel contract. */
export type FirmColumn =
  | 'firm_id'
  | 'year'
  | 'city_code'
  | 'industry_code'
  | 'industry_edition'
  | 'output'
  | 'employment'
  | 'park_id';

/** How the columns of a user's file map onto the contract. */
export interface FirmPanelSchema {
  /** Column names in the file, by contract name (defaults: the contract names). */
  columns?: Partial<Record<FirmColumn, string>>;
  /**
   * GB/T 4754 edition of `industry_code` for the whole file, when the file has no
   * `industry_edition` column. A column, when present, wins.
   */
  industryEdition?: Gbt4754Edition;
}

/** Options of {@link openFirmPanel}. */
export interface OpenFirmPanelOptions {
  schema?: FirmPanelSchema;
  /** `'csv'` or `'parquet'`; by default from the file extension (`.parquet`/`.pq` → Parquet). */
  format?: 'csv' | 'parquet';
  /** DuckDB worker threads (default: DuckDB's choice, the number of cores). */
  threads?: number;
  /** DuckDB memory limit, e.g. `'3GB'` (default: DuckDB's, 80 % of RAM). */
  memoryLimit?: string;
  /** Examples kept per kind of bad row (default 5). */
  examples?: number;
  /**
   * Keep the checked rows in a DuckDB temporary table instead of reading the file again for
   * each measure. Default: true for CSV (parsed once), false for Parquet (read where it lies).
   */
  materialize?: boolean;
}

/** Kinds of bad rows found by {@link openFirmPanel}. */
export type FirmRowProblemCode =
  | 'missing-firm-id'
  | 'not-a-number-year'
  | 'implausible-year'
  | 'not-a-number-city-code'
  | 'unknown-city'
  | 'not-a-number-output'
  | 'non-finite-output'
  | 'negative-output'
  | 'not-a-number-employment'
  | 'non-finite-employment'
  | 'negative-employment'
  | 'bad-industry-code'
  | 'unknown-edition'
  | 'duplicate-firm-year';

/** One bad row shown as an example. */
export interface FirmRowExample {
  /** File of the row (for globs), else the path given. */
  file: string;
  /** 1-based data row in its file (header excluded), when known. */
  row: number | undefined;
  firm_id: string | null;
  year: number | null;
  city_code: number | null;
  output: number | null;
  industry_code: string | null;
}

/** All bad rows of one kind. */
export interface FirmRowProblem {
  code: FirmRowProblemCode;
  /** Number of rows excluded for this reason. */
  count: number;
  /** What is wrong and how to fix it. */
  message: string;
  examples: FirmRowExample[];
}

/** What {@link openFirmPanel} found in the file(s). */
export interface FirmPanelReport {
  source: string;
  /** Rows read from the file(s). */
  rowsRead: number;
  /** Rows kept in the panel. */
  rowsUsable: number;
  /** Rows excluded, by kind (empty when the file is clean). */
  problems: FirmRowProblem[];
  /** True when the file says it was produced by the synthetic generator. */
  synthetic: boolean;
  /** Warnings recorded while opening (one per kind of bad row, plus the synthetic notice). */
  warnings: DataWarning[];
}

/** Plausible years of a firm panel (inclusive); a year outside is excluded as `implausible-year`. */
export const FIRM_YEAR_MIN = 1949;
/** See {@link FIRM_YEAR_MIN}. */
export const FIRM_YEAR_MAX = 2100;

const PROBLEM_TEXT: Record<FirmRowProblemCode, string> = {
  'missing-firm-id': 'firm_id is empty — give every row a firm identifier',
  'not-a-number-year': 'year is empty, not a number or not a whole number (2010.6 is not rounded) — write the calendar year, e.g. 2015',
  'implausible-year': `year is outside ${FIRM_YEAR_MIN}–${FIRM_YEAR_MAX} (e.g. 20110 for 2011) — write the four-digit calendar year`,
  'not-a-number-city-code': 'city_code is not a whole number — use the 6-digit GB/T 2260 code, e.g. 440300',
  'unknown-city': 'city_code is not one of the 21 Guangdong prefecture codes (440100…445300) — map county codes to their prefecture and drop firms outside Guangdong',
  'not-a-number-output': 'output is empty or not a number — fill it or drop the row',
  'non-finite-output': 'output is not a finite number (NaN, Infinity, inf, or a value such as 1e400 beyond the range of a number) — fill in the real value or drop the row',
  'negative-output': 'output is negative — output value cannot be below zero; check the sign and unit',
  'not-a-number-employment': 'employment is not a number — leave it empty when unknown',
  'non-finite-employment': 'employment is not a finite number (NaN, Infinity, inf, 1e400…) — leave it empty when unknown',
  'negative-employment': 'employment is negative — check the value',
  'bad-industry-code': 'industry_code is not a GB/T 4754 code (2–4 digits, optional section letter), e.g. C3911 or 3911',
  'unknown-edition': 'industry_edition is not 2002, 2011 or 2017 — give the GB/T 4754 edition of each code (column industry_edition or schema.industryEdition)',
  'duplicate-firm-year': 'the same firm_id appears twice in one year — all copies are excluded; keep one row per firm and year',
};

/** A firm whose largest output is this many times its smallest positive output gets a `firm-output-jump` warning. */
export const OUTPUT_JUMP = 1000;

const REQUIRED: readonly FirmColumn[] = ['firm_id', 'year', 'city_code', 'industry_code', 'output'];

/**
 * A firm-level panel held in an embedded DuckDB database (table `firms`: one usable row per
 * firm and year). Create it with {@link openFirmPanel}; call {@link FirmPanel.close} when done.
 */
export class FirmPanel {
  /** What was found while opening (bad rows by kind, counts, synthetic flag). */
  readonly report: FirmPanelReport;
  /** Whether the panel has an employment column. */
  readonly hasEmployment: boolean;
  /** Whether the panel has a park_id column. */
  readonly hasParks: boolean;
  /** First and last year of the usable rows. */
  readonly years: readonly [number, number];

  #instance: DuckDBInstance;
  #conn: DuckDBConnection;
  #queue: Promise<unknown> = Promise.resolve();
  #moves: Promise<void> | undefined;
  #closed = false;

  /** @internal Use {@link openFirmPanel}. */
  constructor(
    instance: DuckDBInstance,
    conn: DuckDBConnection,
    report: FirmPanelReport,
    info: { hasEmployment: boolean; hasParks: boolean; years: readonly [number, number] },
  ) {
    this.#instance = instance;
    this.#conn = conn;
    this.report = report;
    this.hasEmployment = info.hasEmployment;
    this.hasParks = info.hasParks;
    this.years = info.years;
  }

  /** True when the file was produced by the synthetic generator: results on it are synthetic. */
  get synthetic(): boolean {
    return this.report.synthetic;
  }

  /** Whether {@link FirmPanel.close} has been called. */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Run `task` with the panel's connection, one task at a time (DuckDB connections are not
   * shared between concurrent statements).
   */
  run<T>(task: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.#closed) {
      return Promise.reject(new DataError('invalid', 'the firm panel is closed', { file: this.report.source }, 'open it again with openFirmPanel'));
    }
    const next = this.#queue.then(() => task(this.#conn));
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Run a read-only SQL query against the panel and get an arquero table. Relations: `firms`
   * (a view over the file: usable rows only), `firm_summary` (one row per firm),
   * `firm_moves` (after any relocation measure), `gd_city`, `gbt4754_map`.
   */
  query(sql: string): Promise<ArqueroTable> {
    return this.run((conn) => queryTable(conn, sql));
  }

  /** @internal Build the table of moves once (firm_moves); later measures reuse it. */
  ensureMoves(): Promise<void> {
    if (!this.#moves) {
      this.#moves = this.run(async (conn) => {
        await conn.run(loadSql('moves.sql'));
      });
      this.#moves.catch(() => {
        this.#moves = undefined;
      });
    }
    return this.#moves;
  }

  /** Close the database and free its memory. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#queue;
    this.#closed = true;
    this.#conn.closeSync();
    this.#instance.closeSync();
  }
}

function isGlob(p: string): boolean {
  return /[*?[\]{}]/.test(p);
}

function detectFormat(path: string, opt?: 'csv' | 'parquet'): 'csv' | 'parquet' {
  if (opt) return opt;
  return /\.(parquet|pq)$/i.test(path) ? 'parquet' : 'csv';
}

async function globFiles(conn: DuckDBConnection, pattern: string): Promise<string[]> {
  const rows = await queryRows(conn, `SELECT file FROM glob(${sqlString(pattern)}) ORDER BY file`);
  if (rows.length === 0) {
    throw new DataError('unreadable', `no file matches ${pattern}`, { file: pattern }, 'check the path and the glob pattern');
  }
  return rows.map((r) => String(r.file));
}

async function describe(conn: DuckDBConnection, reader: string, file: string): Promise<Map<string, string>> {
  try {
    const rows = await queryRows(conn, `DESCRIBE SELECT * FROM ${reader}`);
    return new Map(rows.map((r) => [String(r.column_name), String(r.column_type)]));
  } catch (e) {
    throw new DataError(
      'unreadable',
      `cannot read the firm panel: ${clipText((e as Error).message.split('\n')[0] ?? '', 300)}`,
      { file },
      'check the path (or glob) and the format (CSV with a header row, or Parquet)',
    );
  }
}

/**
 * Open a firm-level panel (one row per firm and year) from CSV or Parquet file(s), read
 * where they lie by an embedded DuckDB database, and validate it.
 *
 * Needed columns: `firm_id`, `year`, `city_code` (GB/T 2260, one of Guangdong's 21
 * prefectures), `industry_code` (GB/T 4754, 2–4 digits with an optional section letter) with
 * its edition (`industry_edition` column, or `schema.industryEdition`), `output` (any unit,
 * non-negative; the generator writes 万元); optional `employment` and `park_id`. Other names
 * are mapped with `schema.columns`.
 *
 * A CSV file must be UTF-8 text with a header row; it is parsed strictly (RFC 4180) with every
 * column read as text and typed by the library, so nothing is guessed, rounded or reshaped.
 *
 * Bad rows — empty firm id; a year that is not a whole number (2010.6 is not rounded) or lies
 * outside {@link FIRM_YEAR_MIN}–{@link FIRM_YEAR_MAX}; a city code that is not one of the 21;
 * an output that is missing, non-numeric, not finite (NaN, Infinity, inf, 1e400) or negative;
 * the same for a filled employment cell; a bad industry code or edition; a duplicate
 * firm-year (all copies) — are excluded, counted by kind with examples (file row numbers) in
 * `panel.report.problems`, and announced once per kind through `warn()` (code
 * `firm-bad-rows`). A firm whose output spans a factor {@link OUTPUT_JUMP} or more is warned
 * about (`firm-output-jump`, row named) and kept. Nothing is dropped silently.
 *
 * @param pathOrGlob a file path, or a DuckDB glob such as `data/firms-*.parquet`
 * @throws {DataError} `unreadable` when the file cannot be read, is not text (e.g. a ZIP
 *   renamed .csv), is not UTF-8 (the line is named) or has an unclosed quote (line named);
 *   `ragged-row` for a CSV row with more or fewer cells than the header (row = file line − 1);
 *   `invalid` when the files of a glob have different headers; `missing-column` when a
 *   needed column is absent (row 0 = header); `empty` for an empty or header-only file, or
 *   when no usable row remains (the message names the most frequent problem and an example
 *   row).
 * @example
 * ```ts
 * const panel = await openFirmPanel('test/firms/fixtures/small-panel.csv');
 * panel.report.rowsRead;   // 27
 * panel.report.rowsUsable; // 22 (5 bad rows: unknown city, negative output, 2 duplicates, 'abc')
 * const moves = await detectRelocations(panel, { from: 'PRD' });
 * await panel.close();
 * ```
 */
export async function openFirmPanel(pathOrGlob: string, options: OpenFirmPanelOptions = {}): Promise<FirmPanel> {
  const file = pathOrGlob;
  const format = detectFormat(pathOrGlob, options.format);
  const glob = isGlob(pathOrGlob);
  const examples = options.examples ?? 5;
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config.threads = String(options.threads);
  if (options.memoryLimit !== undefined) config.memory_limit = options.memoryLimit;
  const instance = await duckdb().DuckDBInstance.create(':memory:', config);
  const conn = await instance.connect();
  const fail = (e: unknown): never => {
    conn.closeSync();
    instance.closeSync();
    throw e;
  };
  try {
    let cols: string[];
    let types = new Map<string, string>();
    let reader: string;
    if (format === 'parquet') {
      reader = `read_parquet(${sqlString(pathOrGlob)}, filename = true, file_row_number = true)`;
      types = await describe(conn, reader, file);
      cols = [...types.keys()];
    } else {
      // CSV: the header is read here (and the bytes checked as UTF-8 text), then DuckDB reads
      // every column as text with explicit options — no sniffing, strict RFC 4180 parsing
      // (a ragged row or an unclosed quote is an error naming its line, not a reshaped row).
      const files = glob ? await globFiles(conn, pathOrGlob) : [pathOrGlob];
      const heads = files.map((f) => ({ f, ...readCsvHeader(f, glob ? f : file) }));
      const first = heads[0]!;
      for (const h of heads.slice(1)) {
        if (h.header.join('\u0000') !== first.header.join('\u0000') || h.delimiter !== first.delimiter) {
          throw new DataError('invalid', `the files of the glob have different headers: ${clipText(first.header.join(','), 200)} in ${first.f}, ${clipText(h.header.join(','), 200)} in ${h.f}`,
            { file: h.f, row: 0 }, 'give every file the same columns in the same order');
        }
      }
      cols = first.header;
      for (const c of cols) types.set(c, 'VARCHAR');
      const list = files.length === 1 ? sqlString(files[0]!) : `[${files.map(sqlString).join(', ')}]`;
      reader = `read_csv(${list}, header = true, auto_detect = false, delim = ${sqlString(first.delimiter)}, quote = '"', escape = '"', ` +
        `strict_mode = true, null_padding = false, filename = true, columns = {${cols.map((c) => `${sqlString(c)}: 'VARCHAR'`).join(', ')}})`;
    }
    const present = new Set(cols);
    const mapping = options.schema?.columns ?? {};
    const nameOf = (c: FirmColumn): string => mapping[c] ?? c;
    for (const c of REQUIRED) {
      if (!present.has(nameOf(c))) {
        throw new DataError(
          'missing-column',
          `the firm panel has no column "${nameOf(c)}" (${c}); columns found: ${clipText(cols.filter((x) => x !== 'filename' && x !== 'file_row_number').join(', '), 300)}`,
          { file, row: 0, column: nameOf(c) },
          `rename the column or map it with schema.columns.${c}`,
        );
      }
    }
    const edition = options.schema?.industryEdition;
    if (edition !== undefined && !GBT4754_EDITIONS.includes(edition)) {
      throw new DataError('unknown-category', `schema.industryEdition ${String(edition)} is not 2002, 2011 or 2017`, { file }, 'use one of 2002, 2011, 2017');
    }
    const hasEditionCol = present.has(nameOf('industry_edition'));
    if (!hasEditionCol && edition === undefined) {
      throw new DataError(
        'missing-column',
        `the firm panel has no column "${nameOf('industry_edition')}" and no schema.industryEdition: the GB/T 4754 edition of industry_code is unknown`,
        { file, row: 0, column: nameOf('industry_edition') },
        'add an industry_edition column (2002, 2011 or 2017) or pass schema: { industryEdition: 2011 }',
      );
    }
    const hasEmployment = present.has(nameOf('employment'));
    const hasParks = present.has(nameOf('park_id'));
    const col = (c: FirmColumn): { raw: string } => ({ raw: present.has(nameOf(c)) ? sqlIdent(nameOf(c)) : 'NULL' });
    // A numeric cell as DOUBLE: NULL when it is not a number. Text goes through TRY_CAST, which
    // accepts digit separators ('1_000'): those are refused first.
    const num = (c: FirmColumn): { raw: string } => {
      if (!present.has(nameOf(c))) return { raw: 'CAST(NULL AS DOUBLE)' };
      const id = sqlIdent(nameOf(c));
      return types.get(nameOf(c)) === 'VARCHAR'
        ? { raw: `TRY_CAST(CASE WHEN strpos(${id}, '_') = 0 THEN ${id} END AS DOUBLE)` }
        : { raw: `TRY_CAST(${id} AS DOUBLE)` };
    };

    await conn.run(
      `CREATE TEMP TABLE gd_city (city_code INTEGER, city_zh VARCHAR, city_en VARCHAR, region VARCHAR, sort_order INTEGER);
       INSERT INTO gd_city VALUES ${FIRM_CITIES.map((c, i) => `(${c.city_code}, ${sqlString(c.city_zh)}, ${sqlString(c.city_en)}, ${sqlString(c.region)}, ${i})`).join(', ')};
       CREATE TEMP TABLE gbt4754_map (edition SMALLINT, prefix VARCHAR, division_2017 VARCHAR);
       INSERT INTO gbt4754_map VALUES ${GBT4754_RULES.map((r) => `(${r.edition}, ${sqlString(r.prefix)}, ${sqlString(r.division2017)})`).join(', ')};`,
    );
    const inputParams = (name: string, sourceRow: string) => ({
      name: { raw: name },
      reader: { raw: reader },
      source_file: { raw: glob ? 'filename' : 'CAST(NULL AS VARCHAR)' },
      source_row: { raw: sourceRow },
      firm_id: col('firm_id'),
      year_num: num('year'),
      city_num: num('city_code'),
      industry_code: col('industry_code'),
      edition_num: hasEditionCol ? num('industry_edition') : { raw: `CAST(${edition!} AS DOUBLE)` },
      output_num: num('output'),
      employment: col('employment'),
      employment_num: num('employment'),
      park_id: col('park_id'),
    });
    const checkParams = (name: string) => ({ name: { raw: name }, year_min: FIRM_YEAR_MIN, year_max: FIRM_YEAR_MAX });
    // Fast views: parallel scans of the file(s). Parquet has its own row numbers; a CSV row
    // number needs a sequential scan, done below only when there are bad rows to show.
    // A CSV file is parsed once: its checked rows are kept in a temporary table (DuckDB may
    // spill it to disk under memoryLimit), so the measures do not parse the text again.
    // A Parquet file stays where it lies (columnar, cheap to scan again).
    const materialize = options.materialize ?? format === 'csv';
    const base = materialize ? 'firm_src' : 'firm';
    await conn.run(renderSql(loadSql('input.sql'), inputParams(base, format === 'parquet' ? 'file_row_number + 1' : 'CAST(NULL AS BIGINT)')));
    await conn.run(renderSql(loadSql('check.sql'), checkParams(base)));

    let problemRows: Record<string, unknown>[];
    try {
      if (materialize) await conn.run('CREATE OR REPLACE TEMP TABLE firm_checked AS SELECT * FROM firm_src_checked');
      problemRows = await queryRows(conn, loadSql('problems.sql'));
    } catch (e) {
      throw csvReadError(e, file) ??
        new DataError('unreadable', `cannot read the firm panel: ${clipText((e as Error).message.split('\n')[0] ?? '', 300)}`, { file }, 'check that the file is a well-formed CSV or Parquet file');
    }
    const usableRow = problemRows.find((r) => r.problem === null);
    const y0 = usableRow ? Number(usableRow.y0) : 0;
    const y1 = usableRow ? Number(usableRow.y1) : 0;
    const distinctYears = y1 - y0 <= 62
      ? `CAST(bit_count(bit_or(CAST(1 AS UBIGINT) << CAST(year - ${y0} AS INTEGER))) AS BIGINT)`
      : 'count(DISTINCT year)';
    await conn.run(renderSql(loadSql('summary.sql'), { distinct_years: { raw: distinctYears }, rows: { raw: 'firm_checked' } }));
    const jumpFirms = Number((await queryRows(conn, `SELECT CAST(count(*) AS DOUBLE) AS n FROM firm_summary WHERE max_output >= ${OUTPUT_JUMP} * min_output`))[0]?.n ?? 0);
    if (jumpFirms > 0) {
      await conn.run(`CREATE OR REPLACE TEMP TABLE firm_jump AS SELECT firm_id, min_output, max_output FROM firm_summary WHERE max_output >= ${OUTPUT_JUMP} * min_output`);
    }
    const dupFirms = Number((await queryRows(conn, 'SELECT CAST(count(*) AS DOUBLE) AS n FROM firm_summary WHERE n_years < n'))[0]?.n ?? 0);
    await conn.run(loadSql(dupFirms > 0 ? 'dup-keys.sql' : 'dup-keys-none.sql'));
    await conn.run(
      renderSql(loadSql('firms-view.sql'), {
        dup_filter: {
          raw: dupFirms > 0 ? 'AND NOT EXISTS (SELECT 1 FROM firm_dup_keys d WHERE d.firm_id = c.firm_id AND d.year = c.year)' : '',
        },
      }),
    );
    const counts = await queryRows(
      conn,
      `SELECT CAST((SELECT COALESCE(sum(n), 0) FROM firm_summary) + (SELECT count(*) FROM firm_dup_rest) AS DOUBLE) AS usable,
              CAST((SELECT count(*) FROM firm_dup_keys) AS DOUBLE) AS dup_keys,
              (SELECT min(y) FROM (SELECT min(first_year) AS y FROM firm_summary UNION ALL SELECT min(year) FROM firm_dup_rest)) AS y0,
              (SELECT max(y) FROM (SELECT max(last_year) AS y FROM firm_summary UNION ALL SELECT max(year) FROM firm_dup_rest)) AS y1`,
    );
    const usable = Number(counts[0]?.usable ?? 0);
    const rowsRead = problemRows.reduce((a, r) => a + Number(r.n), 0);
    const bad = rowsRead - usable;

    let exampleRows: Record<string, unknown>[] = [];
    let jumpRows: Record<string, unknown>[] = [];
    if (bad > 0 || jumpFirms > 0) {
      let name = 'firm';
      if (format === 'csv' && !glob) {
        name = 'firm_numbered';
        await conn.run(renderSql(loadSql('input.sql'), inputParams(name, 'row_number() OVER ()')));
        await conn.run(renderSql(loadSql('check.sql'), checkParams(name)));
      }
      if (bad > 0) {
        await conn.run(renderSql(loadSql('bad-examples.sql'), { name: { raw: name }, examples }));
        exampleRows = await queryRows(conn, 'SELECT problem, source_file, CAST(source_row AS DOUBLE) AS source_row, firm_id, year, city_code, output, industry_code FROM firm_bad ORDER BY problem, k');
      }
      if (jumpFirms > 0) {
        jumpRows = await queryRows(conn,
          `SELECT c.source_file, CAST(c.source_row AS DOUBLE) AS source_row, CAST(c.firm_id AS VARCHAR) AS firm_id, c.year, c.output, j.min_output
           FROM ${name}_checked c JOIN firm_jump j ON j.firm_id = c.firm_id
           WHERE c.problem IS NULL AND c.output = j.max_output
           ORDER BY c.source_file, c.source_row, c.firm_id LIMIT ${examples}`);
      }
    }
    const dupRows = dupFirms === 0 ? 0 : Number((await queryRows(conn, `SELECT CAST(count(*) AS DOUBLE) AS n FROM firm_checked c WHERE c.problem IS NULL AND EXISTS (SELECT 1 FROM firm_dup_keys d WHERE d.firm_id = c.firm_id AND d.year = c.year)`))[0]?.n ?? 0);
    const problemCounts: { code: FirmRowProblemCode; n: number }[] = problemRows
      .filter((r) => r.problem !== null)
      .map((r) => ({ code: String(r.problem) as FirmRowProblemCode, n: Number(r.n) }));
    if (dupRows > 0) problemCounts.push({ code: 'duplicate-firm-year', n: dupRows });
    const problems: FirmRowProblem[] = problemCounts.map(({ code, n }) => {
      return {
        code,
        count: n,
        message: PROBLEM_TEXT[code],
        examples: exampleRows
          .filter((r) => r.problem === code)
          .map((r) => ({
            file: r.source_file === null ? file : String(r.source_file),
            row: r.source_row === null ? undefined : Number(r.source_row),
            firm_id: r.firm_id === null ? null : String(r.firm_id),
            year: r.year === null ? null : Number(r.year),
            city_code: r.city_code === null ? null : Number(r.city_code),
            output: r.output === null ? null : Number(r.output),
            industry_code: r.industry_code === null ? null : String(r.industry_code),
          })),
      };
    });
    problems.sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));

    let synthetic = false;
    if (format === 'parquet') {
      const kv = await queryRows(
        conn,
        `SELECT count(*) > 0 AS s FROM parquet_kv_metadata(${sqlString(pathOrGlob)}) WHERE CAST(key AS VARCHAR) = 'synthetic' AND CAST(value AS VARCHAR) = 'true'`,
      );
      synthetic = kv[0]?.s === true;
    }
    if (!synthetic && present.has('data_origin')) {
      const o = await queryRows(conn, `SELECT count(*) > 0 AS s FROM (SELECT data_origin FROM ${reader} LIMIT 1) WHERE data_origin = 'SYNTHETIC'`);
      synthetic = o[0]?.s === true;
    }

    const warnings: DataWarning[] = [];
    for (const p of problems) {
      const ex = p.examples[0];
      warnings.push(
        warn({
          code: 'firm-bad-rows',
          message: `openFirmPanel: ${p.count} row(s) excluded: ${p.message}${ex ? ` (e.g. firm ${ex.firm_id}, year ${ex.year}${ex.row !== undefined ? `, row ${ex.row}` : ''})` : ''}`,
          file: ex?.file ?? file,
          row: ex?.row,
        }),
      );
    }
    if (jumpFirms > 0) {
      const ex = jumpRows[0];
      const row = ex?.source_row === null || ex?.source_row === undefined ? undefined : Number(ex.source_row);
      warnings.push(
        warn({
          code: 'firm-output-jump',
          message: `openFirmPanel: ${jumpFirms} firm(s) have an output ${OUTPUT_JUMP}× or more their smallest positive output` +
            (ex ? ` (e.g. firm ${String(ex.firm_id)}, year ${String(ex.year)}${row !== undefined ? `, row ${row}` : ''}: ${Number(ex.output)} against ${Number(ex.min_output)})` : '') +
            ' — a unit slip (元 for 万元) or a typo? The rows are kept as given; check them',
          file: ex?.source_file === null || ex?.source_file === undefined ? file : String(ex.source_file),
          row,
          column: nameOf('output'),
        }),
      );
    }
    if (synthetic) {
      warnings.push(
        warn({
          code: 'synthetic-data',
          message: `openFirmPanel: ${file} is SYNTHETIC (made by the seeded generator): results on it describe no real firm`,
          file,
        }),
      );
    }
    const report: FirmPanelReport = { source: file, rowsRead, rowsUsable: usable, problems, synthetic, warnings };
    if (usable === 0) {
      const top = problems[0];
      const ex = top?.examples[0];
      throw new DataError(
        'empty',
        top
          ? `no usable firm-year row remains: ${top.count} of ${bad} row(s) excluded because ${top.message}`
          : 'the firm panel has a header but no data rows',
        { file: ex?.file ?? file, row: ex?.row, column: top ? problemColumn(top.code) : undefined },
        top ? 'fix the rows listed in the examples (see DataError.message) and open the file again' : 'give a file with a header and at least one row',
      );
    }
    return new FirmPanel(instance, conn, report, {
      hasEmployment,
      hasParks,
      years: [Number(counts[0]?.y0), Number(counts[0]?.y1)],
    });
  } catch (e) {
    return fail(e);
  }
}

function problemColumn(code: FirmRowProblemCode): string | undefined {
  if (code.includes('year')) return 'year';
  if (code.includes('city')) return 'city_code';
  if (code.includes('output')) return 'output';
  if (code.includes('employment')) return 'employment';
  if (code.includes('industry')) return 'industry_code';
  if (code.includes('edition')) return 'industry_edition';
  if (code.includes('firm-id')) return 'firm_id';
  return undefined;
}
