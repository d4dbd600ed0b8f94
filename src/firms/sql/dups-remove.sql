-- Run only when firm_dup_keys is not empty.
INSERT INTO firm_bad
SELECT f.source_file, f.source_row, CAST(f.firm_id AS VARCHAR), f.year, f.city_code, f.output,
       f.industry_code, f.industry_edition, 'duplicate-firm-year'
FROM firms f
WHERE (f.firm_id, f.year) IN (SELECT firm_id, year FROM firm_dup_keys);

DELETE FROM firms
WHERE (firm_id, year) IN (SELECT firm_id, year FROM firm_dup_keys);
