-- firms: the usable panel, one row per firm and year — a view over the file(s), so every
-- measure reads the file where it lies. {{dup_filter}} excludes duplicated firm-years
-- (empty when there are none).
CREATE OR REPLACE TEMP VIEW firms AS
SELECT c.firm_id, c.year, c.city_code, c.industry_code, CAST(c.industry_edition AS SMALLINT) AS industry_edition,
       c.output, c.employment, c.park_id
FROM firm_checked c
WHERE c.problem IS NULL {{dup_filter}};
