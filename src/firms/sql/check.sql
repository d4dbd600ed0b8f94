-- {{name}}_checked: every input row with the first problem found on it (NULL when usable).
-- Row-level checks only; duplicate firm-years are found from firm_summary (summary.sql).
-- Years must be whole numbers from {{year_min}} to {{year_max}}; numbers must be finite
-- (NaN, Infinity, inf and 1e400 are refused, not carried into the measures).
CREATE OR REPLACE TEMP VIEW {{name}}_checked AS
SELECT
  t.*,
  CASE
    WHEN t.firm_id IS NULL OR TRIM(CAST(t.firm_id AS VARCHAR)) = '' THEN 'missing-firm-id'
    WHEN t.year IS NULL THEN 'not-a-number-year'
    WHEN t.year < {{year_min}} OR t.year > {{year_max}} THEN 'implausible-year'
    WHEN t.city_code IS NULL THEN 'not-a-number-city-code'
    WHEN c.city_code IS NULL THEN 'unknown-city'
    WHEN t.output IS NULL THEN 'not-a-number-output'
    WHEN NOT isfinite(t.output) THEN 'non-finite-output'
    WHEN t.output < 0 THEN 'negative-output'
    WHEN t.employment_raw IS NOT NULL AND t.employment IS NULL THEN 'not-a-number-employment'
    WHEN NOT isfinite(t.employment) THEN 'non-finite-employment'
    WHEN t.employment < 0 THEN 'negative-employment'
    WHEN t.industry_code IS NULL OR NOT regexp_full_match(t.industry_code, '[0-9]{2,4}') THEN 'bad-industry-code'
    WHEN t.industry_edition IS NULL OR t.industry_edition NOT IN (2002, 2011, 2017) THEN 'unknown-edition'
    ELSE NULL
  END AS problem
FROM {{name}}_typed t
LEFT JOIN gd_city c ON c.city_code = t.city_code;
