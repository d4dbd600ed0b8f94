SELECT problem, source_file, CAST(source_row AS DOUBLE) AS source_row, firm_id, year, city_code,
       output, industry_code, industry_edition
FROM (
  SELECT *, row_number() OVER (PARTITION BY problem ORDER BY source_file, source_row, firm_id, year) AS k
  FROM firm_bad
) ranked
WHERE k <= {{examples}}
ORDER BY problem, k;
