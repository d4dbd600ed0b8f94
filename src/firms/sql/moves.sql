-- firm_moves: one row per relocation — a firm observed in city A in one year and in a
-- different city B in its next observed year. Only firms seen in more than one city
-- (firm_summary, built when the panel was opened) are windowed, so the sort touches a few
-- percent of rows.
--   year          first year observed at the destination
--   year_before   last year observed at the origin
--   output_before output in year_before (the capacity that moved out), user's unit
--   output_after  output in year
--   industry_*    as recorded at the origin (year_before); industry_division is the
--                 GB/T 4754-2017 2-digit division via gbt4754_map (3-digit rule first)
--   park_id       park of the firm in `year` at the destination (NULL when not in a park)
CREATE OR REPLACE TEMP TABLE firm_moves AS
WITH movers AS (
  SELECT firm_id FROM firm_summary WHERE min_city <> max_city
  UNION ALL
  SELECT firm_id FROM firm_dup_rest GROUP BY firm_id HAVING min(city_code) <> max(city_code)
),
seq AS (
  SELECT
    f.firm_id, f.year, f.city_code, f.output, f.employment, f.park_id,
    LAG(f.year) OVER w AS year_before,
    LAG(f.city_code) OVER w AS origin,
    LAG(f.output) OVER w AS output_before,
    LAG(f.employment) OVER w AS employment_before,
    LAG(f.industry_code) OVER w AS industry_code,
    LAG(f.industry_edition) OVER w AS industry_edition
  FROM firms f
  WHERE f.firm_id IN (SELECT firm_id FROM movers)
  WINDOW w AS (PARTITION BY f.firm_id ORDER BY f.year)
)
SELECT
  CAST(s.firm_id AS VARCHAR) AS firm_id,
  s.year,
  s.year_before,
  s.origin,
  s.city_code AS destination,
  co.region AS origin_region,
  cd.region AS destination_region,
  s.industry_code,
  CAST(s.industry_edition AS INTEGER) AS industry_edition,
  COALESCE(m3.division_2017, m2.division_2017) AS industry_division,
  s.output_before,
  s.output AS output_after,
  s.employment_before,
  s.employment AS employment_after,
  s.park_id
FROM seq s
JOIN gd_city co ON co.city_code = s.origin
JOIN gd_city cd ON cd.city_code = s.city_code
LEFT JOIN gbt4754_map m3
  ON m3.edition = s.industry_edition AND m3.prefix = substr(s.industry_code, 1, 3)
LEFT JOIN gbt4754_map m2
  ON m2.edition = s.industry_edition AND m2.prefix = substr(s.industry_code, 1, 2)
WHERE s.origin IS NOT NULL AND s.origin <> s.city_code;
