-- Duplicate firm-years among the usable rows: every row of a duplicated (firm_id, year)
-- key is moved to firm_bad (the library cannot tell which copy is right).
CREATE OR REPLACE TEMP TABLE firm_dup_keys AS
SELECT firm_id, year
FROM firms
GROUP BY firm_id, year
HAVING count(*) > 1;
