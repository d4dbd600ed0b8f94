-- parkCapture: of the output moved (output_before), the part whose firm was, in its first
-- year at the destination, in one of the parks listed in capture_parks.
SELECT
  {{select_keys}}
  CAST(count(*) AS INTEGER) AS moves,
  CAST(count(p.park_id) AS INTEGER) AS moves_in_parks,
  sum(m.output_before) AS output_moved,
  COALESCE(sum(CASE WHEN p.park_id IS NOT NULL THEN m.output_before END), 0) AS output_in_parks
FROM firm_moves m
LEFT JOIN capture_parks p ON p.park_id = m.park_id
WHERE {{selection}}
{{group_by}}
{{order_by}};
