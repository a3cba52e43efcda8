-- DuckDB: months from a DATE with strftime, the twelve from range().
WITH months(month) AS (SELECT '2023-' || lpad(CAST(n AS VARCHAR), 2, '0') FROM range(1, 13) r(n))
SELECT l.code AS level, months.month,
       coalesce(h.found, 0), coalesce(h.rectified, 0),
       CASE WHEN h.found > 0 THEN round(1000.0 * h.rectified / h.found) / 10 END,
       coalesce(h.open, 0), coalesce(h.overdue, 0)
FROM code_label l
CROSS JOIN months
LEFT JOIN (
	SELECT x.level, strftime(x.found_date, '%Y-%m') AS month, count(*) AS found,
	       sum(CASE WHEN x.rectified_date <= '2023-12-31' THEN 1 ELSE 0 END) AS rectified,
	       sum(CASE WHEN x.rectified_date IS NULL OR x.rectified_date > '2023-12-31' THEN 1 ELSE 0 END) AS open,
	       sum(CASE WHEN (x.rectified_date IS NULL OR x.rectified_date > '2023-12-31')
	                 AND x.deadline_date < '2023-12-31' THEN 1 ELSE 0 END) AS overdue
	FROM hazard x
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	WHERE x.found_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.level, strftime(x.found_date, '%Y-%m')
) h ON h.level = l.code AND h.month = months.month
WHERE l.list = 'hazard.level';
