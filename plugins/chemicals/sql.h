/*
 * plugins/chemicals/sql.h -- every statement of the chemicals plugin, in
 * one place, with the same counts over the summary tables where they
 * answer.
 *
 * Parameters (plugins/common/query.h): ?1 ?2 the period, ?3 county, ?4
 * township, ?5 'hazchem', ?7 the as-of day, ?8 the period's label.
 * Facts use the alias f (grouped.h).
 */
#ifndef CHEMICALS_SQL_H
#define CHEMICALS_SQL_H

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"

/* ---- chemicals units: units open on the as-of day -------------------- */

/* One row per unit open on the as-of day, with its major hazard
 * installations registered by then, all and by grade.  CROSS JOIN keeps
 * SQLite reading the chemicals units first and looking each up in unit:
 * left to choose, it reads every unit of the province through the place
 * filter's index to find the few that are chemicals units (1.1 s instead
 * of 0.2 s on the province). */
#define UNIT_FACTS \
	"FROM (SELECT c.unit_id, c.kind, u.township_id," \
	" count(m.installation_id) AS installations," \
	" count(CASE WHEN m.grade = 1 THEN 1 END) AS grade_1," \
	" count(CASE WHEN m.grade = 2 THEN 1 END) AS grade_2," \
	" count(CASE WHEN m.grade = 3 THEN 1 END) AS grade_3," \
	" count(CASE WHEN m.grade = 4 THEN 1 END) AS grade_4" \
	" FROM chem_unit c CROSS JOIN unit u ON u.unit_id = c.unit_id" \
	" LEFT JOIN major_hazard_installation m ON m.unit_id = c.unit_id" \
	"  AND m.registered_date <= ?7" \
	" WHERE u.opened_date <= ?7" \
	" AND (u.closed_date IS NULL OR u.closed_date > ?7)" \
	" AND " FILTER_PLACE("u") " GROUP BY c.unit_id) f"
#define UNIT_MEASURES \
	{ "count(*)", "count(CASE WHEN f.installations > 0 THEN 1 END)", \
	  "sum(f.installations)", "sum(f.grade_1)", "sum(f.grade_2)", \
	  "sum(f.grade_3)", "sum(f.grade_4)" }

/* The same counts over the chemicals unit summaries (data/schema.sql):
 * rows of changes by the unit's kind and month -- a unit comes in
 * (change +1) in the month it opened and goes out (-1) in the month it
 * closed, its first installation (installed_units) and each
 * installation (grade_N) in the later of the months registered and
 * opened.  With ?7 a month's last day, what counts on ?7 is the sum of
 * the changes of the months up to ?7's. */
#define AS_OF_MONTH	"substr(?7, 1, 7)"
#define UNIT_SUMMARY_ROWS(table, where) \
	"FROM " table " s WHERE s.month <= " AS_OF_MONTH " AND " where
#define UNIT_SUMMARY_INSTALLATION_MEASURES \
	"sum(s.change * (s.grade_1 + s.grade_2 + s.grade_3 + s.grade_4))", \
	"sum(s.change * s.grade_1)", "sum(s.change * s.grade_2)", \
	"sum(s.change * s.grade_3)", "sum(s.change * s.grade_4)"
#define UNIT_SUMMARY_MEASURES \
	{ "sum(s.change * s.units)", "sum(s.change * s.installed_units)", \
	  UNIT_SUMMARY_INSTALLATION_MEASURES }

/* The province-wide summary (by kind only) and the one by township, with
 * the measures `m`.  ?5 (the sector) is the plugin's own: the facts and
 * the summaries ignore it alike. */
#define UNIT_SUMMARY_PROVINCE(m) { \
	.table = "summary_chem_unit_province", \
	.facts = UNIT_SUMMARY_ROWS("summary_chem_unit_province", "1"), \
	.measures = m, .filters = SUMMARY_SECTOR, .days = SUMMARY_DAYS_AS_OF_ONLY, \
	.keys = { { "kind", "s.kind" } } }
#define UNIT_SUMMARY_TOWNSHIP(m) { \
	.table = "summary_chem_unit_township", \
	.facts = UNIT_SUMMARY_ROWS("summary_chem_unit_township", \
	    FILTER_PLACE("s")), \
	.measures = m, \
	.filters = SUMMARY_COUNTY | SUMMARY_TOWNSHIP | SUMMARY_SECTOR, \
	.days = SUMMARY_DAYS_AS_OF_ONLY, \
	.keys = { { "kind", "s.kind" }, { "township", "s.township_id" }, \
	    { "county", "s.county_id" } } }

/* ---- chemicals checks: the 设备带"病"运行 equipment checks ----------- */

/* One row per check of the period, with its defects and those fixed by
 * the as-of day. */
#define CHECK_FACTS \
	"FROM (SELECT c.check_id, c.unit_id, c.check_date, k.kind," \
	" u.township_id, count(d.defect_id) AS defects," \
	" count(CASE WHEN d.fixed_date <= ?7 THEN 1 END) AS fixed" \
	" FROM equipment_check c" \
	" JOIN chem_unit k ON k.unit_id = c.unit_id" \
	" JOIN unit u ON u.unit_id = c.unit_id" \
	" LEFT JOIN equipment_defect d ON d.check_id = c.check_id" \
	" WHERE c.check_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("u") \
	" GROUP BY c.check_id) f"
#define CHECK_MEASURES \
	{ "count(*)", "count(DISTINCT f.unit_id)", "sum(f.defects)", \
	  "sum(f.fixed)", "sum(f.defects - f.fixed)" }

/* The hazardous-chemical units open during the period, each a group. */
#define CHEM_UNITS \
	"(SELECT c.unit_id, u.name_zh, c.kind FROM chem_unit c" \
	" JOIN unit u ON u.unit_id = c.unit_id" \
	" WHERE u.opened_date <= ?2" \
	" AND (u.closed_date IS NULL OR u.closed_date >= ?1)" \
	" AND " FILTER_PLACE("u") ")"

/* Each defect found by the period's checks, and whether it was fixed by
 * the as-of day (fixed), after it (fixed_later) or not yet (open). */
#define DEFECT_LIST \
	"SELECT c.check_date, u.name_zh AS unit, l.name_zh AS kind_zh," \
	" t.name_zh AS township, d.equipment, d.description, d.fixed_date," \
	" CASE WHEN d.fixed_date <= ?7 THEN 'fixed'" \
	"  WHEN d.fixed_date IS NOT NULL THEN 'fixed_later' ELSE 'open' END" \
	"  AS status, ?7 AS as_of" \
	" FROM equipment_defect d" \
	" JOIN equipment_check c ON c.check_id = d.check_id" \
	" JOIN chem_unit k ON k.unit_id = c.unit_id" \
	" JOIN unit u ON u.unit_id = c.unit_id" \
	" JOIN township t ON t.township_id = u.township_id" \
	" JOIN code_label l ON l.list = 'chem_unit.kind' AND l.code = k.kind" \
	" WHERE c.check_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("u") \
	" ORDER BY c.check_date, u.name_zh, d.defect_id"

/* ---- chemicals summary ----------------------------------------------- */

/* Units by kind and installations by grade, over UNIT_FACTS and over
 * the summaries. */
#define SUMMARY_UNIT_MEASURES \
	{ "count(*)", "count(CASE WHEN f.kind = 'production' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'storage' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'trading' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'use' THEN 1 END)", \
	  "sum(f.installations)", "sum(f.grade_1)", "sum(f.grade_2)", \
	  "sum(f.grade_3)", "sum(f.grade_4)" }
#define UNIT_KIND_SUM(kind) \
	"sum(CASE WHEN s.kind = '" kind "' THEN s.change * s.units" \
	" ELSE 0 END)"
#define SUMMARY_UNIT_SUMMARY_MEASURES \
	{ "sum(s.change * s.units)", UNIT_KIND_SUM("production"), \
	  UNIT_KIND_SUM("storage"), UNIT_KIND_SUM("trading"), \
	  UNIT_KIND_SUM("use"), UNIT_SUMMARY_INSTALLATION_MEASURES }

/* Joint inspections (with other departments) of the sector's units, and
 * the hazards they found. */
#define SUMMARY_JOINT \
	"SELECT (SELECT count(*) FROM inspection i" \
	"  JOIN unit u ON u.unit_id = i.unit_id" \
	"  WHERE i.joint = 1 AND u.sector = ?5" \
	"  AND i.inspect_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("i") ")," \
	" count(*), count(CASE WHEN h.rectified_date <= ?7 THEN 1 END)" \
	" FROM hazard h JOIN inspection j ON j.inspection_id = h.inspection_id" \
	" WHERE h.sector = ?5 AND h.found_date BETWEEN ?1 AND ?2" \
	" AND j.joint = 1 AND " FILTER_PLACE("h")

#define SUMMARY_CHECKS \
	"SELECT count(DISTINCT f.unit_id), coalesce(sum(f.defects), 0)," \
	" coalesce(sum(f.fixed), 0) " CHECK_FACTS

/* Warning-education meetings are the county's: none for one township. */
#define SUMMARY_MEETINGS \
	"SELECT CASE WHEN ?4 IS NULL THEN count(*) END," \
	" CASE WHEN ?4 IS NULL THEN" \
	"  CAST(strftime('%m', min(m.held_date)) AS INTEGER) END" \
	" FROM meeting m JOIN county c ON c.county_id = m.county_id" \
	" WHERE m.kind = 'warning_education' AND c.ledger = 1" \
	" AND (?3 IS NULL OR m.county_id = ?3)" \
	" AND m.held_date BETWEEN ?1 AND ?2"

#endif
