-- command: enforcement --year 2023
-- compare: county,cases,fines_yuan
-- Work-safety administrative penalties (the case kinds of category
-- 'safety', what the reports count) decided in 2023 and their fines, by
-- ledger county.
SELECT c.code, coalesce(e.cases, 0), e.fines
FROM county c
LEFT JOIN (
	SELECT t.county_id, count(*) AS cases, sum(x.fine_yuan) AS fines
	FROM enforcement_case x
	JOIN township t ON t.township_id = x.township_id
	JOIN case_kind k ON k.code = x.kind AND k.category = 'safety'
	WHERE x.decided_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY t.county_id
) e ON e.county_id = c.county_id
WHERE c.ledger = 1;
