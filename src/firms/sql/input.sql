-- {{name}}_input / {{name}}_typed: the user's file(s) read where they lie (nothing is
-- copied into the database), columns renamed to the firm-panel contract and typed.
-- A CSV file is read with every column as text (explicit types, strict RFC 4180 parsing:
-- a ragged row or an unclosed quote stops the read with its file line), so that each number
-- is checked here rather than rounded or guessed by the reader:
--   *_num   the cell as DOUBLE (NULL when it is not a number; '1_000' is refused in text)
--   year, city_code, industry_edition  INTEGER only when the number is finite and whole
--           (2010.6 is not rounded to 2011: it becomes NULL and is reported by check.sql)
-- The placeholders are filled by src/firms/panel.ts:
--   {{name}}        firm (fast, parallel scan) or firm_numbered (CSV with row numbers,
--                   a sequential scan used only to locate bad rows)
--   {{reader}}      read_parquet(...) or read_csv(...)
--   {{source_row}}  1-based data row in its file, or NULL when unknown
--   {{source_file}} file name column, or NULL for a single file
--   {{firm_id}} ... column expressions of the user's file (quoted identifiers) or NULL
--   {{year_num}} ... the numeric cells as DOUBLE (TRY_CAST, text guarded against '_')
CREATE OR REPLACE TEMP VIEW {{name}}_input AS
SELECT
  {{source_file}} AS source_file,
  {{source_row}} AS source_row,
  {{firm_id}} AS firm_id,
  {{year_num}} AS year_num,
  {{city_num}} AS city_num,
  {{industry_code}} AS industry_raw,
  {{edition_num}} AS edition_num,
  {{output_num}} AS output,
  {{employment}} AS employment_raw,
  {{employment_num}} AS employment,
  {{park_id}} AS park_raw
FROM {{reader}};

CREATE OR REPLACE TEMP VIEW {{name}}_typed AS
SELECT
  source_file,
  source_row,
  firm_id,
  CASE WHEN isfinite(year_num) AND year_num = floor(year_num) AND abs(year_num) < 1e9 THEN CAST(year_num AS INTEGER) END AS year,
  CASE WHEN isfinite(city_num) AND city_num = floor(city_num) AND abs(city_num) < 1e9 THEN CAST(city_num AS INTEGER) END AS city_code,
  regexp_replace(TRIM(CAST(industry_raw AS VARCHAR)), '^[A-Za-z]', '') AS industry_code,
  CASE WHEN isfinite(edition_num) AND edition_num = floor(edition_num) AND abs(edition_num) < 1e9 THEN CAST(edition_num AS INTEGER) END AS industry_edition,
  output,
  employment,
  NULLIF(TRIM(CAST(park_raw AS VARCHAR)), '') AS park_id,
  year_num, city_num, employment_raw
FROM {{name}}_input;
