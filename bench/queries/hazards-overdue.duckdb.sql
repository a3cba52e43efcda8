-- DuckDB: dates are DATE, so days are a plain difference.
SELECT x.hazard_id,
       DATE '2023-12-31' - x.found_date,
       DATE '2023-12-31' - x.deadline_date,
       x.sector
FROM hazard x
JOIN township t ON t.township_id = x.township_id
JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
WHERE x.level = 'major'
  AND x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
  AND (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
  AND x.deadline_date < '2023-12-31';
