-- DuckDB: months from a DATE with strftime, the twelve from range().
WITH months(month) AS (SELECT '2023-' || lpad(CAST(n AS VARCHAR), 2, '0') FROM range(1, 13) r(n)),
dims AS (SELECT (SELECT max_mm FROM dimension_limit WHERE measure = 'height') AS h,
                (SELECT max_mm FROM dimension_limit WHERE measure = 'width') AS w,
                (SELECT max_mm FROM dimension_limit WHERE measure = 'length') AS l),
checked AS (
	SELECT strftime(o.op_date, '%Y-%m') AS month, w.unloaded_kg,
	       w.gross_kg > wl.max_gross_kg AS gross,
	       (w.height_mm > d.h OR w.width_mm > d.w OR w.length_mm > d.l) AS size
	FROM weighing w
	JOIN overload_operation o ON o.operation_id = w.operation_id
	JOIN township t ON t.township_id = o.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	JOIN weight_limit wl ON w.axles >= wl.min_axles
	                    AND (wl.max_axles IS NULL OR w.axles <= wl.max_axles)
	CROSS JOIN dims d
	WHERE o.op_date BETWEEN '2023-01-01' AND '2023-12-31'
)
SELECT months.month, count(x.month),
       sum(CASE WHEN x.gross OR x.size THEN 1 ELSE 0 END),
       sum(CASE WHEN x.gross THEN 1 ELSE 0 END),
       sum(CASE WHEN x.size THEN 1 ELSE 0 END),
       sum(x.unloaded_kg) / 1000.0
FROM months
LEFT JOIN checked x ON x.month = months.month
GROUP BY months.month;
