/*
 * plugins/traffic/sql.h -- every statement of the traffic plugin, in one
 * place, so that reading them from summary tables (issue 7) means
 * changing this file only.
 *
 * Parameters (plugins/common/query.h): ?1 ?2 the period, ?3 county, ?4
 * township, ?5 the sector code ('transport'), ?7 the as-of day, ?8 the
 * period's label.  Facts use the alias f; a grouped command's facts are a
 * FROM ... WHERE ... and its measures the aggregates over them, each a
 * string of a list (grouped.h).
 */
#ifndef TRAFFIC_SQL_H
#define TRAFFIC_SQL_H

#include "plugins/common/filter.h"

/* ---- traffic overload: weighings, over-limit decided by the view ---- */

/* weighing_checked compares each weighing's gross mass with the limit
 * for its axles (weight_limit) and its dimensions with dimension_limit. */
#define OVERLOAD_FACTS \
	"FROM weighing_checked f" \
	" WHERE f.op_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("f")
#define OVERLOAD_MEASURES \
	{ "count(*)", "sum(f.over_limit)", "sum(f.over_gross)", \
	  "sum(f.over_size)", "sum(f.unloaded_kg)" }

/* The operations of the period, each a group (an operation that weighed
 * nothing is a zero row). */
#define OVERLOAD_OPERATIONS \
	"(SELECT o.operation_id, o.op_date, t.name_zh AS township, o.site" \
	" FROM overload_operation o" \
	" JOIN township t ON t.township_id = o.township_id" \
	" WHERE o.op_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("o") ")"

/* The axle classes of weight_limit ("2" ... "6+"), and the class a
 * weighing's axle count falls in. */
#define OVERLOAD_AXLE_LABEL \
	"CASE WHEN g.max_axles IS NULL THEN g.min_axles || '+'" \
	" WHEN g.max_axles = g.min_axles THEN CAST(g.min_axles AS TEXT)" \
	" ELSE g.min_axles || '-' || g.max_axles END"
#define OVERLOAD_AXLE_CLASS \
	"CAST((SELECT l.min_axles FROM weight_limit l" \
	" WHERE f.axles >= l.min_axles" \
	" AND (l.max_axles IS NULL OR f.axles <= l.max_axles)) AS INTEGER)"

/* How a weighing is judged over the limit, in Chinese, from the limit
 * tables themselves (one row, one text). */
#define OVERLOAD_LIMITS_NOTE \
	"SELECT '超限超载按数据集的限值表逐车判定：车货总质量严格大于其轴数的" \
	"限值（' || (SELECT group_concat(a, '、') FROM (SELECT min_axles ||" \
	" CASE WHEN max_axles IS NULL THEN '轴及以上'" \
	"  WHEN max_axles = min_axles THEN '轴'" \
	"  ELSE '至' || max_axles || '轴' END" \
	" || printf('%g', max_gross_kg / 1000.0) || '吨' AS a" \
	" FROM weight_limit ORDER BY min_axles))" \
	" || '），或外廓尺寸严格大于限值（' || (SELECT group_concat(b, '、')" \
	" FROM (SELECT CASE measure WHEN 'height' THEN '高'" \
	"  WHEN 'width' THEN '宽' WHEN 'length' THEN '长' ELSE measure END" \
	" || printf('%g', max_mm / 1000.0) || '米' AS b" \
	" FROM dimension_limit ORDER BY CASE measure WHEN 'height' THEN 1" \
	"  WHEN 'width' THEN 2 ELSE 3 END))" \
	" || '）；over_gross、over_size分别计两类超限（两者兼有的车辆各计一次，" \
	"over_limit只计一次）；rate_pct = over_limit ÷ weighed。'"

/* ---- traffic cases: traffic enforcement cases ----------------------- */

#define CASES_FACTS \
	"FROM enforcement_case f JOIN case_kind k ON k.code = f.kind" \
	" WHERE k.category = 'traffic'" \
	" AND f.decided_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("f")
#define CASES_MEASURES	{ "count(*)", "sum(f.fine_yuan)" }
#define CASES_KINDS \
	"(SELECT rowid AS sort_order, code, name_zh FROM case_kind" \
	" WHERE category = 'traffic')"

/* ---- traffic vehicles: 两客一危一重 and the bus fire checks --------- */

/* One row per key vehicle: in service on the as-of day, 5 years old or
 * more on it, and its spontaneous-combustion checks in the period. */
#define VEHICLE_FACTS \
	"FROM (SELECT v.vehicle_id, v.class, u.township_id," \
	" (v.registered_date <= ?7 AND (v.deregistered_date IS NULL" \
	"  OR v.deregistered_date > ?7)) AS in_service," \
	" (v.registered_date <= date(?7, '-5 years')) AS aged," \
	" count(c.check_id) AS checks, count(c.finding) AS findings," \
	" count(CASE WHEN c.fixed_date <= ?7 THEN 1 END) AS fixed" \
	" FROM key_vehicle v JOIN unit u ON u.unit_id = v.unit_id" \
	" LEFT JOIN vehicle_fire_check c ON c.vehicle_id = v.vehicle_id" \
	"  AND c.check_date BETWEEN ?1 AND ?2" \
	" WHERE " FILTER_PLACE("u") " GROUP BY v.vehicle_id) f"
#define VEHICLE_MEASURES \
	{ "sum(f.in_service)", "sum(f.in_service AND f.aged)", \
	  "count(CASE WHEN f.checks > 0 THEN 1 END)", "sum(f.findings)", \
	  "sum(f.fixed)" }

/* Each check of the period with the bus's age on the day and what it
 * found (NULL: nothing). */
#define VEHICLE_CHECKS_LIST \
	"SELECT c.check_date, v.plate, v.class, l.name_zh AS class_zh," \
	" u.name_zh AS unit, t.name_zh AS township," \
	" CAST(strftime('%Y', c.check_date) AS INTEGER)" \
	"  - CAST(strftime('%Y', v.registered_date) AS INTEGER)" \
	"  - (strftime('%m-%d', c.check_date) < strftime('%m-%d'," \
	"  v.registered_date)) AS age_years," \
	" c.finding, c.fixed_date" \
	" FROM vehicle_fire_check c" \
	" JOIN key_vehicle v ON v.vehicle_id = c.vehicle_id" \
	" JOIN unit u ON u.unit_id = v.unit_id" \
	" JOIN township t ON t.township_id = u.township_id" \
	" JOIN code_label l ON l.list = 'key_vehicle.class'" \
	"  AND l.code = v.class" \
	" WHERE c.check_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("u") \
	" ORDER BY c.check_date, v.plate"

/* ---- traffic roads: road projects against their annual plan --------- */

/* The projects of the period's years in the ledger counties, of the
 * kind ?9 (NULL: every kind), with the work reported done by the as-of
 * day. */
#define ROAD_PROJECTS \
	"SELECT p.project_id, p.county_id, p.year, p.kind, p.name_zh," \
	" p.plan_length_m, p.plan_invest_yuan" \
	" FROM road_project p JOIN county c ON c.county_id = p.county_id" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR p.county_id = ?3)" \
	" AND p.year BETWEEN CAST(substr(?1, 1, 4) AS INTEGER)" \
	" AND CAST(substr(?2, 1, 4) AS INTEGER)" \
	" AND (?9 IS NULL OR p.kind = ?9)"
#define ROAD_FACTS \
	"FROM (SELECT p.*," \
	" (SELECT coalesce(sum(r.length_m), 0) FROM road_progress r" \
	"  WHERE r.project_id = p.project_id AND r.report_date <= ?7)" \
	"  AS done_m," \
	" (SELECT coalesce(sum(r.invest_yuan), 0) FROM road_progress r" \
	"  WHERE r.project_id = p.project_id AND r.report_date <= ?7)" \
	"  AS invest_yuan" \
	" FROM (" ROAD_PROJECTS ") p) f"
#define ROAD_MEASURES \
	{ "sum(f.plan_length_m)", "sum(f.done_m)", "sum(f.plan_invest_yuan)", \
	  "sum(f.invest_yuan)" }
/* The kinds of project: every one, or only ?9 when it names one. */
#define ROAD_KINDS \
	"(SELECT code, name_zh, sort_order FROM code_label" \
	" WHERE list = 'road_project.kind' AND (?9 IS NULL OR code = ?9))"
#define ROAD_PROJECT_GROUPS \
	"(SELECT p.*, l.sort_order FROM (" ROAD_PROJECTS ") p" \
	" JOIN code_label l ON l.list = 'road_project.kind'" \
	" AND l.code = p.kind)"

/* ---- traffic cleanup: roadside clean-up actions ---------------------- */

#define CLEANUP_FACTS \
	"FROM roadside_cleanup f" \
	" WHERE f.action_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("f")
#define CLEANUP_MEASURES \
	{ "count(*)", "sum(f.signs_removed)", "sum(f.signs_area_m2)", \
	  "sum(f.debris_places)", "sum(f.debris_m3)", \
	  "sum(f.vendors_persuaded)", "sum(f.leaflets)" }
/* Every road that has had a clean-up in the places asked about. */
#define CLEANUP_ROADS \
	"(SELECT DISTINCT r.road FROM roadside_cleanup r WHERE " \
	FILTER_PLACE("r") ")"

/* ---- traffic summary: one query per group of figures ----------------- */

#define SUMMARY_CASES \
	"SELECT count(*), coalesce(sum(f.fine_yuan), 0) " CASES_FACTS
#define SUMMARY_OVERLOAD \
	"SELECT (SELECT count(*) FROM overload_operation o" \
	"  WHERE o.op_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("o") ")," \
	" count(*), coalesce(sum(f.over_limit), 0)," \
	" coalesce(sum(f.unloaded_kg), 0) " OVERLOAD_FACTS
#define SUMMARY_VEHICLES \
	"SELECT coalesce(sum(f.in_service), 0)," \
	" coalesce(sum(f.in_service AND f.aged" \
	"  AND f.class IN ('tour_charter', 'coach')), 0)," \
	" count(CASE WHEN f.checks > 0 THEN 1 END)," \
	" coalesce(sum(f.findings), 0), coalesce(sum(f.fixed), 0) " \
	VEHICLE_FACTS
/* Road projects are the county's: no figure for one township. */
#define SUMMARY_ROADS \
	"SELECT sum(CASE WHEN f.kind = 'rural_road_upgrade'" \
	"  THEN f.plan_length_m END)," \
	" sum(CASE WHEN f.kind = 'rural_road_upgrade' THEN f.done_m END)," \
	" sum(CASE WHEN f.kind = 'rural_road_upgrade'" \
	"  THEN f.plan_invest_yuan END)," \
	" sum(CASE WHEN f.kind = 'rural_road_upgrade' THEN f.invest_yuan END)," \
	" sum(CASE WHEN f.kind = 'life_safety' THEN f.plan_length_m END)," \
	" sum(CASE WHEN f.kind = 'life_safety' THEN f.done_m END) " \
	ROAD_FACTS " WHERE ?4 IS NULL"
#define SUMMARY_CLEANUP \
	"SELECT coalesce(sum(f.signs_removed), 0)," \
	" coalesce(sum(f.signs_area_m2), 0), coalesce(sum(f.debris_places), 0)," \
	" coalesce(sum(f.debris_m3), 0), coalesce(sum(f.vendors_persuaded), 0)," \
	" coalesce(sum(f.leaflets), 0) " CLEANUP_FACTS

#endif
