-- SYNTHETIC firm panel generator (DuckDB dialect). Everything here is made up: a seeded,
-- hash-based pseudo-random process shaped like an enterprise panel. Inputs (created by
-- src/firms/generate.ts): gen_city(city_code, region, idx, lo, hi) home-city draw by GDP share;
-- gen_industry(region, division, lo, hi) industry mix by region; gen_dest(city_code, idx, lo, hi)
-- destinations outside the PRD; gen_prd(city_code, idx) the nine PRD cities.
-- Pseudo-randomness: u01(n, k) is the k-th uniform draw of entity n in [0, 1), from DuckDB's
-- built-in hash of (n, k, seed). Deterministic for a seed and a DuckDB version (pinned at
-- 1.5.6 in package.json); another DuckDB version may hash differently and give another,
-- equally valid, synthetic panel. (A portable xor-shift-multiply mixer written in SQL was
-- 10-30x slower in DuckDB, so the built-in hash is used.)
CREATE OR REPLACE TEMP MACRO u01(n, k) AS (hash(n, k, {{seed}}) / 18446744073709551616.0);

-- Draws from the cumulative tables go through 10 000 equal buckets (equality hash joins are
-- far faster than range joins): bucket b stands for u in [b/10000, (b+1)/10000).
CREATE OR REPLACE TEMP TABLE gen_city_b AS
SELECT b.range AS bucket, c.city_code, c.region, c.idx
FROM range(10000) b JOIN gen_city c ON (b.range + 0.5) / 10000 >= c.lo AND (b.range + 0.5) / 10000 < c.hi;
CREATE OR REPLACE TEMP TABLE gen_industry_b AS
SELECT b.range AS bucket, i.region, i.division
FROM range(10000) b JOIN gen_industry i ON (b.range + 0.5) / 10000 >= i.lo AND (b.range + 0.5) / 10000 < i.hi;
CREATE OR REPLACE TEMP TABLE gen_dest_b AS
SELECT b.range AS bucket, d.city_code, d.idx
FROM range(10000) b JOIN gen_dest d ON (b.range + 0.5) / 10000 >= d.lo AND (b.range + 0.5) / 10000 < d.hi;

-- One row per firm: home city, industry, size, and its planted relocation(s).
CREATE OR REPLACE TEMP TABLE gen_firms AS
WITH a AS (
  SELECT range AS firm_no,
         u01(range, 1) AS u_city, u01(range, 2) AS u_ind, u01(range, 3) AS u_s1, u01(range, 4) AS u_s2,
         u01(range, 5) AS u_move, u01(range, 6) AS u_year, u01(range, 7) AS u_dest, u01(range, 8) AS u_park,
         u01(range, 9) AS u_chain, u01(range, 10) AS u_member, u01(range, 11) AS u_grp, u01(range, 12) AS u_cls,
         u01(range, 13) AS u_again, u01(range, 14) AS u_dest2, u01(range, 15) AS u_intra, u01(range, 16) AS u_growth,
         u01(range, 17) AS u_factor
  FROM range({{firms}})
),
b AS (
  SELECT a.*, c.city_code AS home, c.region AS home_region, c.idx AS home_idx, i.division,
         CAST(floor(a.u_chain * {{chains_per_key}}) AS INTEGER) AS chain_no
  FROM a
  JOIN gen_city_b c ON c.bucket = CAST(floor(a.u_city * 10000) AS BIGINT)
  JOIN gen_industry_b i ON i.region = c.region AND i.bucket = CAST(floor(a.u_ind * 10000) AS BIGINT)
),
ch AS (
  -- chain key (home city, division, chain number) -> its own draws
  SELECT b.*, (CAST(home AS BIGINT) * 100 + division) * 1000 + chain_no AS chain_key FROM b
),
d AS (
  SELECT ch.*,
    home_region = 'PRD' AND u01(chain_key, 101) < {{p_chain}} AND u_member < {{p_member}} AS chain_mover,
    {{first_year}} + 1 + CAST(floor(u01(chain_key, 102) * ({{years}} - 1)) AS INTEGER) AS chain_year,
    u01(chain_key, 103) AS chain_u_dest,
    u01(chain_key, 104) AS chain_u_park
  FROM ch
),
e AS (
  SELECT d.*,
    CASE
      WHEN chain_mover THEN 'chain'
      WHEN home_region = 'PRD' AND u_move < {{p_move}} THEN 'out'
      WHEN home_region = 'PRD' AND u_intra < {{p_intra}} THEN 'intra'
      ELSE NULL
    END AS move_kind
  FROM d
),
f AS (
  SELECT e.*,
    CASE WHEN move_kind = 'chain' THEN chain_year
         WHEN move_kind IS NOT NULL THEN {{first_year}} + 1 + CAST(floor(u_year * ({{years}} - 1)) AS INTEGER) END AS move_year,
    CASE WHEN move_kind = 'chain' THEN chain_u_dest ELSE u_dest END AS ud,
    CASE WHEN move_kind = 'chain' THEN chain_u_park ELSE u_park END AS up
  FROM e
),
-- join keys are NULL when they do not apply, so every join below is an equality hash join
k AS (
  SELECT f.*,
    CASE WHEN move_kind IN ('out', 'chain') THEN CAST(floor(ud * 10000) AS BIGINT) END AS dest_bucket,
    CASE WHEN move_kind = 'intra' THEN (home_idx + 1 + CAST(floor(ud * 8) AS INTEGER)) % 9 END AS intra_idx
  FROM f
),
placed AS (
  SELECT k.*, gd.city_code AS out_city, gd.idx AS out_idx, p2.city_code AS intra_city,
    CASE WHEN move_kind = 'out' AND u_again < {{p_again}} AND move_year + 2 <= {{first_year}} + {{years}} - 1
         THEN move_year + 2 + CAST(floor(u_year * ({{first_year}} + {{years}} - 1 - move_year - 1)) AS INTEGER) END AS move2_year
  FROM k
  LEFT JOIN gen_dest_b gd ON gd.bucket = k.dest_bucket
  LEFT JOIN gen_prd p2 ON p2.idx = k.intra_idx
),
second AS (
  SELECT placed.*,
    CASE WHEN move2_year IS NOT NULL THEN (out_idx + 1 + CAST(floor(u_dest2 * ({{n_dest}} - 1)) AS INTEGER)) % {{n_dest}} END AS dest2_idx
  FROM placed
)
SELECT
  s.firm_no, s.home, s.home_region, s.division,
  CAST(3 + floor(s.u_grp * 2) AS INTEGER) AS grp_digit,
  CAST(1 + floor(s.u_cls * 4) AS INTEGER) AS cls_digit,
  exp(ln({{median_output}}) + {{sigma}} * sqrt(-2 * ln(1 - s.u_s1)) * cos(2 * pi() * s.u_s2)) AS base_output,
  0.02 + 0.10 * s.u_growth AS growth,
  s.move_kind,
  s.move_year,
  CASE WHEN s.move_kind = 'intra' THEN s.intra_city ELSE s.out_city END AS dest,
  CASE
    WHEN s.move_kind IN ('out', 'chain') AND s.up < {{p_park}} THEN 'SYN-PARK-' || CAST(s.out_city AS VARCHAR) || '-' || CAST(1 + CAST(floor(s.up / {{p_park}} * 2) AS INTEGER) AS VARCHAR)
    WHEN s.move_kind IN ('out', 'chain') AND s.up < {{p_park}} + {{p_local_park}} THEN 'SYN-LOCAL-' || CAST(s.out_city AS VARCHAR)
    ELSE NULL
  END AS dest_park,
  -- a second move (out movers only): two or more years later, to another non-PRD city
  s.move2_year,
  g2.city_code AS dest2,
  0.85 + 0.30 * s.u_factor AS move_factor
FROM second s
LEFT JOIN gen_dest g2 ON g2.idx = s.dest2_idx;

-- One row per firm-year: rows r = firm_no * years + t, t = year - first_year, r < rows.
CREATE OR REPLACE TEMP TABLE gen_panel AS
WITH fy AS (
  SELECT g.*, {{first_year}} + t.range AS year, t.range AS t
  FROM gen_firms g CROSS JOIN range({{years}}) t
  WHERE g.firm_no * {{years}} + t.range < {{rows}}
),
placed AS (
  SELECT fy.*,
    CASE WHEN move2_year IS NOT NULL AND year >= move2_year THEN dest2
         WHEN move_year IS NOT NULL AND year >= move_year THEN dest
         ELSE home END AS city_code,
    CASE WHEN move2_year IS NOT NULL AND year >= move2_year THEN NULL
         WHEN move_year IS NOT NULL AND year >= move_year THEN dest_park
         ELSE NULL END AS park_id,
    move_year IS NOT NULL AND year >= move_year AS moved
  FROM fy
)
SELECT
  CAST(firm_no + 1 AS BIGINT) AS firm_id,
  CAST(year AS INTEGER) AS year,
  CAST(city_code AS INTEGER) AS city_code,
  CASE WHEN year < 2012 THEN
    CASE
      WHEN division = 36 THEN '372' || CAST(cls_digit AS VARCHAR)
      WHEN division = 29 AND grp_digit = 4 THEN '30' || CAST(grp_digit AS VARCHAR) || CAST(cls_digit AS VARCHAR)
      WHEN division >= 30 AND division <= 35 THEN CAST(division + 1 AS VARCHAR) || CAST(grp_digit AS VARCHAR) || CAST(cls_digit AS VARCHAR)
      WHEN division >= 38 AND division <= 42 THEN CAST(division + 1 AS VARCHAR) || CAST(grp_digit AS VARCHAR) || CAST(cls_digit AS VARCHAR)
      ELSE CAST(division AS VARCHAR) || CAST(grp_digit AS VARCHAR) || CAST(cls_digit AS VARCHAR)
    END
  ELSE CAST(division AS VARCHAR) || CAST(grp_digit AS VARCHAR) || CAST(cls_digit AS VARCHAR)
  END AS industry_code,
  CAST(CASE WHEN year < 2012 THEN 2002 ELSE 2011 END AS SMALLINT) AS industry_edition,
  round(base_output * power(1 + growth, t)
        * exp(0.1 * (u01(firm_no * 64 + t, 201) + u01(firm_no * 64 + t, 202) + u01(firm_no * 64 + t, 203) - 1.5) * 2)
        * CASE WHEN moved THEN move_factor ELSE 1 END, 1) AS output,
  CAST(round(base_output / {{productivity}} * power(1 + growth / 2, t)) + 8 AS INTEGER) AS employment,
  park_id,
  'SYNTHETIC' AS data_origin
FROM placed;
