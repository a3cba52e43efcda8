-- command: hazards --year 2023 --by month
-- compare: level,month,found,rectified,rate_pct,open,overdue
-- The 2023 cohort by level and month found (all twelve months, zeros
-- included), as of 2023-12-31.
WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 12),
months(month) AS (SELECT '2023-' || substr('0' || n, -2) FROM m)
SELECT l.code AS level, months.month,
       coalesce(h.found, 0), coalesce(h.rectified, 0),
       CASE WHEN h.found > 0 THEN round(1000.0 * h.rectified / h.found) / 10 END,
       coalesce(h.open, 0), coalesce(h.overdue, 0)
FROM code_label l
CROSS JOIN months
LEFT JOIN (
	SELECT x.level, substr(x.found_date, 1, 7) AS month, count(*) AS found,
	       sum(CASE WHEN x.rectified_date <= '2023-12-31' THEN 1 ELSE 0 END) AS rectified,
	       sum(CASE WHEN x.rectified_date IS NULL OR x.rectified_date > '2023-12-31' THEN 1 ELSE 0 END) AS open,
	       sum(CASE WHEN (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
	                 AND x.deadline_date < '2023-12-31' THEN 1 ELSE 0 END) AS overdue
	FROM hazard x
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	WHERE x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.level, substr(x.found_date, 1, 7)
) h ON h.level = l.code AND h.month = months.month
WHERE l.list = 'hazard.level';
