-- command: hazards overdue --year 2023 --level major
-- compare: hazard_id,days_open,days_overdue,sector
-- The follow-up list: major hazards found in 2023, still open on
-- 2023-12-31 (not rectified by then) and past their deadline, with the
-- days open and overdue on that day.
SELECT x.hazard_id,
       CAST(julianday('2023-12-31') - julianday(x.found_date) AS INTEGER),
       CAST(julianday('2023-12-31') - julianday(x.deadline_date) AS INTEGER),
       x.sector
FROM hazard x
JOIN township t ON t.township_id = x.township_id
JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
WHERE x.level = 'major'
  AND x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
  AND (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
  AND x.deadline_date < '2023-12-31';
