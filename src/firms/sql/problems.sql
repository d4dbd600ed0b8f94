-- Bad rows by kind: count and up to {{examples}} examples (earliest rows first).
SELECT
  problem,
  CAST(count(*) AS INTEGER) AS n
FROM firm_bad
GROUP BY problem
ORDER BY problem;
