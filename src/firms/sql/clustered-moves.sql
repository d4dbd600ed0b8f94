-- clusteredMoves: moves of firms of one industry (industry key) from one origin (and, when
-- sameDestination, to one destination) whose years lie within {{window}} years of the
-- previous move of the same key are chained into one group (gaps-and-islands). Groups with
-- at least {{min_firms}} distinct firms are kept.
CREATE OR REPLACE TEMP TABLE firm_cluster_members AS
WITH m AS (
  SELECT firm_id, year, origin, destination, industry_division, output_before, employment_before,
         {{industry_key}} AS industry_key,
         {{destination_key}} AS destination_key
  FROM firm_moves
  WHERE {{selection}} AND industry_division IS NOT NULL
),
s AS (
  SELECT m.*,
    CASE WHEN year - LAG(year) OVER k <= {{window}} THEN 0 ELSE 1 END AS starts_group
  FROM m
  WINDOW k AS (PARTITION BY origin, destination_key, industry_key ORDER BY year, firm_id)
),
g AS (
  SELECT s.*,
    SUM(starts_group) OVER (PARTITION BY origin, destination_key, industry_key ORDER BY year, firm_id
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS group_no
  FROM s
),
sized AS (
  SELECT g.*, count(DISTINCT firm_id) OVER (PARTITION BY origin, destination_key, industry_key, group_no) AS group_firms,
         min(year) OVER (PARTITION BY origin, destination_key, industry_key, group_no) AS group_start
  FROM g
)
SELECT
  CAST(origin AS VARCHAR) || '-' || CAST(destination_key AS VARCHAR) || '-' || industry_key || '-' || CAST(group_start AS VARCHAR) AS group_id,
  firm_id, year, origin, destination, industry_key, industry_division, output_before, employment_before
FROM sized
WHERE group_firms >= {{min_firms}};
