-- command: traffic overload --year 2023 --by month
-- compare: month,weighed,over_limit,over_gross,over_size,unloaded_t
-- Freight vehicles weighed in 2023 by month: over the gross-mass limit
-- for their axles, or over a dimension limit (from the limits tables),
-- and the tonnes unloaded.  All twelve months listed.
WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM m WHERE n < 12),
months(month) AS (SELECT '2023-' || substr('0' || n, -2) FROM m),
dims AS (SELECT (SELECT max_mm FROM dimension_limit WHERE measure = 'height') AS h,
                (SELECT max_mm FROM dimension_limit WHERE measure = 'width') AS w,
                (SELECT max_mm FROM dimension_limit WHERE measure = 'length') AS l),
checked AS (
	SELECT substr(o.op_date, 1, 7) AS month, w.unloaded_kg,
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
