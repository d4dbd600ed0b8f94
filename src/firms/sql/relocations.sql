-- detectRelocations: the moves selected by origin, destination, years and minimum output.
SELECT
  firm_id, year, year_before, origin, destination, origin_region, destination_region,
  industry_code, industry_edition, industry_division,
  output_before, output_after, employment_before, employment_after, park_id
FROM firm_moves
WHERE {{selection}}
ORDER BY firm_id, year;
