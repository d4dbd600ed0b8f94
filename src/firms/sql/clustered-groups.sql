SELECT
  group_id,
  origin,
  CASE WHEN count(DISTINCT destination) = 1 THEN min(destination) ELSE NULL END AS destination,
  CAST(count(DISTINCT destination) AS INTEGER) AS destinations,
  industry_key AS industry,
  CAST(min(year) AS INTEGER) AS year_start,
  CAST(max(year) AS INTEGER) AS year_end,
  CAST(count(DISTINCT firm_id) AS INTEGER) AS firms,
  sum(output_before) AS output_moved,
  sum(employment_before) AS employment_moved
FROM firm_cluster_members
GROUP BY group_id, origin, industry_key
ORDER BY year_start, origin, group_id;
