-- relocationFlows: moves aggregated by the chosen keys. output_moved and employment_moved
-- add up the values at the origin in the last year before the move.
SELECT
  {{select_keys}},
  CAST(count(*) AS INTEGER) AS firms,
  sum(output_before) AS output_moved,
  sum(employment_before) AS employment_moved
FROM firm_moves
WHERE {{selection}}
GROUP BY {{group_keys}}
ORDER BY {{group_keys}};
