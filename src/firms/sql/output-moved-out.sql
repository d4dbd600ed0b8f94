-- outputMovedOut: per origin city of the selection (every city listed in {{origins}}, zero
-- when nothing left it), the number of firms that left and the output they took with them.
-- {{employment_zero}} is 0 when the panel has employment, NULL otherwise.
WITH moved AS (
  SELECT origin, CAST(count(*) AS INTEGER) AS firms, sum(output_before) AS output_moved_out,
         sum(employment_before) AS employment_moved_out
  FROM firm_moves
  WHERE {{selection}}
  GROUP BY origin
)
SELECT
  c.city_code,
  c.city_zh,
  c.city_en,
  CAST(COALESCE(m.firms, 0) AS INTEGER) AS firms,
  COALESCE(m.output_moved_out, 0) AS output_moved_out,
  CASE WHEN m.origin IS NULL THEN {{employment_zero}} ELSE m.employment_moved_out END AS employment_moved_out
FROM gd_city c
LEFT JOIN moved m ON m.origin = c.city_code
WHERE c.city_code IN ({{origins}})
ORDER BY c.sort_order;
