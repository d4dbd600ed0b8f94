-- firm_summary: one row per firm of the usable rows — rows, distinct years, first/last year,
-- lowest/highest city code. A firm with fewer distinct years than rows has a duplicate
-- firm-year; a firm with two city codes has moved (moves.sql windows only those firms).
-- {{distinct_years}} is bit_count(bit_or(1 << (year - first year))) when the panel spans at
-- most 63 years (one cheap aggregate), else count(DISTINCT year).
CREATE OR REPLACE TEMP TABLE firm_summary AS
SELECT
  firm_id,
  count(*) AS n,
  {{distinct_years}} AS n_years,
  min(year) AS first_year,
  max(year) AS last_year,
  min(city_code) AS min_city,
  max(city_code) AS max_city
FROM {{rows}}
WHERE problem IS NULL
GROUP BY firm_id;
