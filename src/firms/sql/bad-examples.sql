-- firm_bad: up to {{examples}} example rows of each problem, earliest rows first, read from
-- {{name}}_checked (the numbered scan for a CSV file) plus the rows of duplicated firm-years.
-- year and city_code show the number as given (e.g. 2010.6, 20110) when it was refused.
CREATE OR REPLACE TEMP TABLE firm_bad AS
WITH bad AS (
  SELECT source_file, source_row, CAST(firm_id AS VARCHAR) AS firm_id, year_num AS year, city_num AS city_code, output,
         industry_code, problem
  FROM {{name}}_checked
  WHERE problem IS NOT NULL
  UNION ALL
  SELECT c.source_file, c.source_row, CAST(c.firm_id AS VARCHAR), c.year_num, c.city_num, c.output,
         c.industry_code, 'duplicate-firm-year'
  FROM {{name}}_checked c
  JOIN firm_dup_keys d ON d.firm_id = c.firm_id AND d.year = c.year
  WHERE c.problem IS NULL
)
SELECT *
FROM (
  SELECT bad.*, row_number() OVER (PARTITION BY problem ORDER BY source_file, source_row, firm_id, year) AS k
  FROM bad
) ranked
WHERE k <= {{examples}};
