-- {{name}}_input / {{name}}_typed: the user's file(s) read where they lie (nothing is
-- copied into the database), columns renamed to the firm-panel contract and typed with
-- TRY_CAST (a value that does not convert becomes NULL and is reported as 'not-a-number').
-- The placeholders are filled by src/firms/panel.ts:
--   {{name}}        firm (fast, parallel scan) or firm_numbered (CSV with row numbers,
--                   a sequential scan used only to locate bad rows)
--   {{reader}}      read_parquet(...) or read_csv(...)
--   {{source_row}}  1-based data row in its file, or NULL when unknown
--   {{source_file}} file name column, or NULL for a single file
--   {{firm_id}} ... column expressions of the user's file (quoted identifiers) or NULL
CREATE OR REPLACE TEMP VIEW {{name}}_input AS
SELECT
  {{source_file}} AS source_file,
  {{source_row}} AS source_row,
  {{firm_id}} AS firm_id,
  {{year}} AS year_raw,
  {{city_code}} AS city_raw,
  {{industry_code}} AS industry_raw,
  {{industry_edition}} AS edition_raw,
  {{output}} AS output_raw,
  {{employment}} AS employment_raw,
  {{park_id}} AS park_raw
FROM {{reader}};

CREATE OR REPLACE TEMP VIEW {{name}}_typed AS
SELECT
  source_file,
  source_row,
  firm_id,
  TRY_CAST(year_raw AS INTEGER) AS year,
  TRY_CAST(city_raw AS INTEGER) AS city_code,
  regexp_replace(TRIM(CAST(industry_raw AS VARCHAR)), '^[A-Za-z]', '') AS industry_code,
  TRY_CAST(edition_raw AS INTEGER) AS industry_edition,
  TRY_CAST(output_raw AS DOUBLE) AS output,
  TRY_CAST(employment_raw AS DOUBLE) AS employment,
  NULLIF(TRIM(CAST(park_raw AS VARCHAR)), '') AS park_id,
  year_raw, city_raw, output_raw, employment_raw
FROM {{name}}_input;
