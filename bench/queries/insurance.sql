-- command: insurance --year 2023
-- compare: sector,mandatory,insured,uninsured,coverage_pct
-- Safety-liability insurance on 2023-12-31: units open that day for whom
-- it is mandatory (their sector's rule, or metal smelting), and those with
-- a policy in force that day, by sector.  Sectors listed: the mandatory
-- ones and any with a metal-smelting unit.
SELECT s.code, coalesce(u.mandatory, 0), coalesce(u.insured, 0),
       coalesce(u.mandatory - u.insured, 0),
       CASE WHEN u.mandatory > 0 THEN round(1000.0 * u.insured / u.mandatory) / 10 END
FROM sector s
LEFT JOIN (
	SELECT x.sector, count(*) AS mandatory,
	       sum(CASE WHEN EXISTS (SELECT 1 FROM insurance_policy p
	                             WHERE p.unit_id = x.unit_id
	                               AND p.start_date <= '2023-12-31'
	                               AND p.end_date >= '2023-12-31')
	           THEN 1 ELSE 0 END) AS insured
	FROM unit x
	JOIN sector xs ON xs.code = x.sector
	JOIN township t ON t.township_id = x.township_id
	JOIN county c ON c.county_id = t.county_id AND c.ledger = 1
	WHERE (xs.insurance_mandatory = 1 OR x.metal_smelting = 1)
	  AND x.opened_date <= '2023-12-31'
	  AND (x.closed_date IS NULL OR x.closed_date > '2023-12-31')
	GROUP BY x.sector
) u ON u.sector = s.code
WHERE s.insurance_mandatory = 1
   OR EXISTS (SELECT 1 FROM unit m WHERE m.sector = s.code AND m.metal_smelting = 1);
