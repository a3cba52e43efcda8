-- command: gas users --year 2023
-- compare: kind,users,with_alarm,coverage_pct,alarm_faulty,no_alarm
-- Gas users of the ledger counties by kind, and their alarms on
-- 2023-12-31: working (fitted by then), faulty, or none.
SELECT l.code, coalesce(g.users, 0), coalesce(g.working, 0),
       CASE WHEN g.users > 0 THEN round(1000.0 * g.working / g.users) / 10 END,
       coalesce(g.faulty, 0), coalesce(g.users - g.working - g.faulty, 0)
FROM code_label l
LEFT JOIN (
	SELECT x.kind, count(*) AS users,
	       sum(CASE WHEN x.alarm = 'working' AND x.alarm_date <= '2023-12-31' THEN 1 ELSE 0 END) AS working,
	       sum(CASE WHEN x.alarm = 'faulty' AND x.alarm_date <= '2023-12-31' THEN 1 ELSE 0 END) AS faulty
	FROM gas_user x
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	GROUP BY x.kind
) g ON g.kind = l.code
WHERE l.list = 'gas_user.kind';
