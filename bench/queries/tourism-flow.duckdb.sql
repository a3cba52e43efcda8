-- DuckDB: the month by strftime; a DATE range for the peak day.
WITH days AS (
	SELECT s.spot_id, s.name_zh, s.daily_capacity AS cap,
	       s.warn_yellow_pct AS yellow, s.warn_orange_pct AS orange,
	       s.warn_red_pct AS red, strftime(v.day, '%Y-%m') AS month,
	       v.status, v.visitors, round(1000.0 * v.visitors / s.daily_capacity) AS load
	FROM scenic_spot s
	JOIN township t ON t.township_id = s.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	JOIN visitor_day v ON v.spot_id = s.spot_id
	WHERE v.day BETWEEN '2023-01-01' AND '2023-12-31'
), months AS (
	SELECT spot_id, name_zh, month, cap,
	       sum(CASE WHEN status = 'open' THEN 1 ELSE 0 END) AS open_days,
	       sum(visitors) AS visitors, max(visitors) AS peak,
	       sum(CASE WHEN load >= 10 * yellow THEN 1 ELSE 0 END) AS yellow_days,
	       sum(CASE WHEN load >= 10 * orange THEN 1 ELSE 0 END) AS orange_days,
	       sum(CASE WHEN load >= 10 * red THEN 1 ELSE 0 END) AS red_days
	FROM days
	GROUP BY spot_id, name_zh, month, cap
)
SELECT m.name_zh, m.month, m.open_days, m.visitors, m.cap,
       (SELECT min(v.day) FROM visitor_day v
        WHERE v.spot_id = m.spot_id AND v.visitors = m.peak AND m.peak > 0
          AND strftime(v.day, '%Y-%m') = m.month),
       m.peak, round(1000.0 * m.peak / m.cap) / 10,
       m.yellow_days, m.orange_days, m.red_days
FROM months m;
