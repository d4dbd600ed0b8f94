-- One pass over the checked rows: rows by problem (NULL = usable) and the year range of the
-- usable rows (it decides how summary.sql detects duplicate years).
SELECT problem, CAST(count(*) AS DOUBLE) AS n, min(year) AS y0, max(year) AS y1
FROM firm_checked
GROUP BY problem;
