-- firm_dup_keys: the duplicated (firm_id, year) keys, searched only among firms whose
-- summary shows fewer distinct years than rows. Every row of such a key is excluded
-- (the library cannot tell which copy is right); the summary of those firms is rebuilt
-- from their remaining rows.
CREATE OR REPLACE TEMP TABLE firm_dup_keys AS
SELECT firm_id, year
FROM firm_checked
WHERE problem IS NULL
  AND firm_id IN (SELECT firm_id FROM firm_summary WHERE n_years < n)
GROUP BY firm_id, year
HAVING count(*) > 1;

CREATE OR REPLACE TEMP VIEW firm_dup_rest AS
SELECT c.*
FROM firm_checked c
WHERE c.problem IS NULL
  AND c.firm_id IN (SELECT firm_id FROM firm_dup_keys)
  AND NOT EXISTS (SELECT 1 FROM firm_dup_keys d WHERE d.firm_id = c.firm_id AND d.year = c.year);

DELETE FROM firm_summary WHERE firm_id IN (SELECT firm_id FROM firm_dup_keys);
