-- firm_summary: one row per firm of the usable rows — rows, distinct years, first/last year,
-- lowest/highest city code. A firm with fewer distinct years than rows has a duplicate
-- firm-year; a firm with two city codes has moved (moves.sql windows only those firms).
-- {{distinct_years}} is bit_count(bit_or(1 << (year - first year))) when the panel spans at
-- most 63 years (one cheap aggregate), else count(DISTINCT year). min_output (smallest
-- positive) and max_output flag a firm whose output spans a factor of 1000 or more (a unit
-- slip such as 元 for 万元 in one row): warned, not excluded.
CREATE OR REPLACE TEMP TABLE firm_summary AS
SELECT
  firm_id,
  count(*) AS n,
  {{distinct_years}} AS n_years,
  min(year) AS first_year,
  max(year) AS last_year,
  min(city_code) AS min_city,
  max(city_code) AS max_city,
  min(output) FILTER (WHERE output > 0) AS min_output,
  max(output) AS max_output
FROM {{rows}}
WHERE problem IS NULL
GROUP BY firm_id;
