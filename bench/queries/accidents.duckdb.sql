-- DuckDB: the year by strftime, days as a DATE difference.
-- Accidents of 2023 and 2022 by sector, with the figures that count: the
-- last report within the sector's revision window after the accident, or
-- the first report when none falls in it.
WITH counted AS (
	SELECT a.accident_id, a.sector, strftime(a.occurred_date, '%Y') AS year,
	       f.deaths, f.serious_injuries, f.direct_loss_yuan
	FROM accident a
	JOIN sector s ON s.code = a.sector
	JOIN township t ON t.township_id = a.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	JOIN accident_figures f ON f.accident_id = a.accident_id
	WHERE a.occurred_date BETWEEN '2022-01-01' AND '2023-12-31'
	  AND f.reported_date = coalesce(
		(SELECT max(w.reported_date) FROM accident_figures w
		 WHERE w.accident_id = a.accident_id
		   AND w.reported_date - a.occurred_date <= s.revision_days),
		(SELECT min(e.reported_date) FROM accident_figures e
		 WHERE e.accident_id = a.accident_id))
)
SELECT s.code,
       count(CASE WHEN x.year = '2023' THEN 1 END),
       count(CASE WHEN x.year = '2022' THEN 1 END),
       coalesce(sum(CASE WHEN x.year = '2023' THEN x.deaths END), 0),
       coalesce(sum(CASE WHEN x.year = '2022' THEN x.deaths END), 0),
       coalesce(sum(CASE WHEN x.year = '2023' THEN x.serious_injuries END), 0),
       coalesce(sum(CASE WHEN x.year = '2022' THEN x.serious_injuries END), 0),
       coalesce(sum(CASE WHEN x.year = '2023' THEN x.direct_loss_yuan END), 0),
       coalesce(sum(CASE WHEN x.year = '2022' THEN x.direct_loss_yuan END), 0)
FROM sector s
LEFT JOIN counted x ON x.sector = s.code
GROUP BY s.code;
