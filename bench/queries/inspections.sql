-- command: inspections --year 2023
-- compare: county,inspections,leader_led,hazards_found,major_hazards_found
-- Inspections of 2023 by ledger county, those led by county leaders, and
-- the hazards (and major hazards) they found in 2023.
SELECT c.code, coalesce(i.n, 0), coalesce(i.leader, 0),
       coalesce(i.found, 0), coalesce(i.major, 0)
FROM county c
LEFT JOIN (
	SELECT t.county_id, count(*) AS n,
	       sum(CASE WHEN x.leader_led = 1 THEN 1 ELSE 0 END) AS leader,
	       sum(coalesce(h.found, 0)) AS found, sum(coalesce(h.major, 0)) AS major
	FROM inspection x
	JOIN township t ON t.township_id = x.township_id
	LEFT JOIN (
		SELECT inspection_id, count(*) AS found,
		       sum(CASE WHEN level = 'major' THEN 1 ELSE 0 END) AS major
		FROM hazard
		WHERE found_date BETWEEN '2023-01-01' AND '2023-12-31'
		  AND inspection_id IS NOT NULL
		GROUP BY inspection_id
	) h ON h.inspection_id = x.inspection_id
	WHERE x.inspect_date BETWEEN '2023-01-01' AND '2023-12-31'
	GROUP BY t.county_id
) i ON i.county_id = c.county_id
WHERE c.ledger = 1;
