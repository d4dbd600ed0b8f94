-- The relocations the SYNTHETIC generator planted and that are observable in the rows it
-- wrote (both the year before and the year of the move are inside the first {{rows}} rows).
SELECT CAST(firm_no + 1 AS BIGINT) AS firm_id, CAST(move_year AS INTEGER) AS year,
       CAST(home AS INTEGER) AS origin, CAST(dest AS INTEGER) AS destination, move_kind AS kind
FROM gen_firms
WHERE move_year IS NOT NULL AND firm_no * {{years}} + (move_year - {{first_year}}) < {{rows}}
UNION ALL
SELECT CAST(firm_no + 1 AS BIGINT), CAST(move2_year AS INTEGER), CAST(dest AS INTEGER), CAST(dest2 AS INTEGER), 'second'
FROM gen_firms
WHERE move2_year IS NOT NULL AND firm_no * {{years}} + (move2_year - {{first_year}}) < {{rows}}
