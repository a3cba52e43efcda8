-- command: outreach --year 2023
-- compare: kind,events,participants | medium,batches,quantity | meeting_kind,meetings
-- Three tables: outreach events and participants by kind; publicity
-- batches and quantity by medium; meetings by kind.  Ledger counties only,
-- 2023; every kind listed, zeros included.
SELECT 1, l.code, coalesce(e.n, 0), e.people
FROM code_label l
LEFT JOIN (
	SELECT x.kind, count(*) AS n, sum(x.participants) AS people
	FROM outreach_event x
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	WHERE x.held_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.kind
) e ON e.kind = l.code
WHERE l.list = 'outreach_event.kind'
UNION ALL
SELECT 2, l.code, coalesce(p.n, 0), p.quantity
FROM code_label l
LEFT JOIN (
	SELECT x.medium, count(*) AS n, sum(x.quantity) AS quantity
	FROM publicity x
	JOIN county c ON c.county_id = x.county_id AND c.ledger = 1
	WHERE x.issued_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.medium
) p ON p.medium = l.code
WHERE l.list = 'publicity.medium'
UNION ALL
SELECT 3, k.code, coalesce(m.n, 0), NULL
FROM meeting_kind k
LEFT JOIN (
	SELECT x.kind, count(*) AS n
	FROM meeting x
	JOIN county c ON c.county_id = x.county_id AND c.ledger = 1
	WHERE x.held_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY x.kind
) m ON m.kind = k.code;
