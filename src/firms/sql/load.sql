-- Split the checked rows: problem rows (kept for the report) and the usable panel `firms`.
CREATE OR REPLACE TEMP TABLE firm_bad AS
SELECT source_file, source_row, CAST(firm_id AS VARCHAR) AS firm_id, year, city_code,
       output, industry_code, industry_edition, problem
FROM firm_checked
WHERE problem IS NOT NULL;

CREATE OR REPLACE TEMP TABLE firms AS
SELECT firm_id, year, city_code, industry_code, CAST(industry_edition AS SMALLINT) AS industry_edition,
       output, employment, park_id, source_file, source_row
FROM firm_checked
WHERE problem IS NULL;
