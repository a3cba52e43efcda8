-- command: chemicals units --year 2023
-- compare: kind,units,units_with_installations,installations,grade_1,grade_2,grade_3,grade_4
-- Hazardous-chemicals units open on 2023-12-31 by kind, and their major
-- hazard installations registered by then, by grade.
SELECT l.code, coalesce(k.units, 0), coalesce(k.with_inst, 0),
       k.inst, k.g1, k.g2, k.g3, k.g4
FROM code_label l
LEFT JOIN (
	SELECT u.kind, count(*) AS units,
	       sum(CASE WHEN u.inst > 0 THEN 1 ELSE 0 END) AS with_inst,
	       sum(u.inst) AS inst, sum(u.g1) AS g1, sum(u.g2) AS g2,
	       sum(u.g3) AS g3, sum(u.g4) AS g4
	FROM (
		SELECT cu.unit_id, cu.kind,
		       (SELECT count(*) FROM major_hazard_installation m
		        WHERE m.unit_id = cu.unit_id AND m.registered_date <= '2023-12-31') AS inst,
		       (SELECT count(*) FROM major_hazard_installation m
		        WHERE m.unit_id = cu.unit_id AND m.registered_date <= '2023-12-31' AND m.grade = 1) AS g1,
		       (SELECT count(*) FROM major_hazard_installation m
		        WHERE m.unit_id = cu.unit_id AND m.registered_date <= '2023-12-31' AND m.grade = 2) AS g2,
		       (SELECT count(*) FROM major_hazard_installation m
		        WHERE m.unit_id = cu.unit_id AND m.registered_date <= '2023-12-31' AND m.grade = 3) AS g3,
		       (SELECT count(*) FROM major_hazard_installation m
		        WHERE m.unit_id = cu.unit_id AND m.registered_date <= '2023-12-31' AND m.grade = 4) AS g4
		FROM chem_unit cu
		JOIN unit x ON x.unit_id = cu.unit_id
		JOIN township t ON t.township_id = x.township_id
		JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
		WHERE x.opened_date <= '2023-12-31'
		  AND (x.closed_date IS NULL OR x.closed_date > '2023-12-31')
	) u
	GROUP BY u.kind
) k ON k.kind = l.code
WHERE l.list = 'chem_unit.kind';
