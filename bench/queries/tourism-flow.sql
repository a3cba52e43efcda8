-- command: tourism flow --year 2023 --by month
-- compare: spot,period,open_days,visitors,capacity,peak_day,peak_visitors,peak_load_pct,yellow_days,orange_days,red_days
-- Each scenic spot of a ledger county, each month of 2023: days open,
-- visitors, the peak day (the earliest of the busiest, none when nobody
-- came) and its load on the daily capacity, and the days whose load
-- (one decimal, half up) reached the yellow, orange and red lines.
WITH days AS (
	SELECT s.spot_id, s.name_zh, s.daily_capacity AS cap,
	       s.warn_yellow_pct AS yellow, s.warn_orange_pct AS orange,
	       s.warn_red_pct AS red, substr(v.day, 1, 7) AS month,
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
          AND v.day BETWEEN m.month || '-01' AND m.month || '-31'),
       m.peak, round(1000.0 * m.peak / m.cap) / 10,
       m.yellow_days, m.orange_days, m.red_days
FROM months m;
