-- command: hazards --year 2023 --by county
-- compare: level,county,found,rectified,rate_pct,open,overdue
-- The 2023 cohort by level and county (every ledger county, zeros
-- included), as of 2023-12-31.
SELECT l.code AS level, c.code AS county,
       coalesce(h.found, 0), coalesce(h.rectified, 0),
       CASE WHEN h.found > 0 THEN round(1000.0 * h.rectified / h.found) / 10 END,
       coalesce(h.open, 0), coalesce(h.overdue, 0)
FROM code_label l
CROSS JOIN county c
LEFT JOIN (
	SELECT x.level, t.county_id, count(*) AS found,
	       sum(CASE WHEN x.rectified_date <= '2023-12-31' THEN 1 ELSE 0 END) AS rectified,
	       sum(CASE WHEN x.rectified_date IS NULL OR x.rectified_date > '2023-12-31' THEN 1 ELSE 0 END) AS open,
	       sum(CASE WHEN (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
	                 AND x.deadline_date < '2023-12-31' THEN 1 ELSE 0 END) AS overdue
	FROM hazard x
	JOIN township t ON t.township_id = x.township_id
	WHERE x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.level, t.county_id
) h ON h.level = l.code AND h.county_id = c.county_id
WHERE l.list = 'hazard.level' AND c.ledger = 1;
