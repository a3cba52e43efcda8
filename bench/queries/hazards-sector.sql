-- command: hazards --year 2023 --by sector
-- compare: level,sector,found,rectified,rate_pct,open,overdue
-- Cohort of 2023 by level and sector, as of 2023-12-31: found in the year,
-- rectified by the as-of day, still open, and open past the deadline.
-- Every level x sector pair, zeros included; ledger counties only.
SELECT l.code AS level, s.code AS sector,
       coalesce(h.found, 0), coalesce(h.rectified, 0),
       CASE WHEN h.found > 0 THEN round(1000.0 * h.rectified / h.found) / 10 END,
       coalesce(h.open, 0), coalesce(h.overdue, 0)
FROM code_label l
CROSS JOIN sector s
LEFT JOIN (
	SELECT x.level, x.sector, count(*) AS found,
	       sum(CASE WHEN x.rectified_date <= '2023-12-31' THEN 1 ELSE 0 END) AS rectified,
	       sum(CASE WHEN x.rectified_date IS NULL OR x.rectified_date > '2023-12-31' THEN 1 ELSE 0 END) AS open,
	       sum(CASE WHEN (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
	                 AND x.deadline_date < '2023-12-31' THEN 1 ELSE 0 END) AS overdue
	FROM hazard x
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	WHERE x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.level, x.sector
) h ON h.level = l.code AND h.sector = s.code
WHERE l.list = 'hazard.level';
