/*
 * plugins/gas/sql.h -- every statement of the gas plugin, in one place
 * with the same counts over the summary tables where they answer.
 *
 * Parameters (plugins/common/query.h): ?1 ?2 the period, ?3 county, ?4
 * township, ?5 'gas', ?7 the as-of day, ?8 the period's label.  Facts use
 * the alias f (grouped.h).
 *
 * Alarms: gas_user.alarm is the alarm's state now and alarm_date the day
 * it was installed, so a user had a working alarm on day D when the alarm
 * works and was installed by D (docs/data.md).
 */
#ifndef GAS_SQL_H
#define GAS_SQL_H

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"

#define ALARM_WORKING(u) \
	"(" u ".alarm = 'working' AND " u ".alarm_date <= ?7)"
#define ALARM_FAULTY(u) \
	"(" u ".alarm = 'faulty' AND " u ".alarm_date <= ?7)"

/* The operators of the ledger counties (an operator serves users in
 * every township, so only the county narrows them). */
#define GAS_OPERATORS \
	"(SELECT o.unit_id, u.name_zh, o.business FROM gas_operator o" \
	" JOIN unit u ON u.unit_id = o.unit_id" \
	" JOIN township t ON t.township_id = u.township_id" \
	" JOIN county c ON c.county_id = t.county_id" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR t.county_id = ?3))"

/* ---- gas users: alarms of the users in the places asked about ------- */

#define USER_FACTS	"FROM gas_user f WHERE " FILTER_PLACE("f")
#define USER_MEASURES \
	{ "count(*)", "count(CASE WHEN " ALARM_WORKING("f") " THEN 1 END)", \
	  "count(CASE WHEN " ALARM_FAULTY("f") " THEN 1 END)", \
	  "count(CASE WHEN NOT " ALARM_WORKING("f") " AND NOT " \
	  ALARM_FAULTY("f") " THEN 1 END)" }

/* The same counts over the gas user summaries (data/schema.sql): a
 * row is the users of one kind whose alarm is in one state since one
 * month (alarm_month, '' for none), so with ?7 a month's last day an
 * alarm installed by ?7 is one whose month is no later than ?7's. */
#define AS_OF_MONTH	"substr(?7, 1, 7)"
#define SUMMARY_ALARM(state) \
	"(s.alarm = '" state "' AND s.alarm_month <= " AS_OF_MONTH ")"
#define USER_SUMMARY_MEASURES \
	{ "sum(s.users)", \
	  "sum(CASE WHEN " SUMMARY_ALARM("working") " THEN s.users ELSE 0 END)", \
	  "sum(CASE WHEN " SUMMARY_ALARM("faulty") " THEN s.users ELSE 0 END)", \
	  "sum(CASE WHEN s.alarm = 'none' OR s.alarm_month > " AS_OF_MONTH \
	  " THEN s.users ELSE 0 END)" }

/* The province-wide summary (by kind only) and the one by township, with
 * the measures `m`.  ?5 (the sector) is the plugin's own: the facts and
 * the summaries ignore it alike. */
#define USER_SUMMARY_PROVINCE(m) { \
	.table = "summary_gas_user_province", \
	.facts = "FROM summary_gas_user_province s WHERE 1", \
	.measures = m, .filters = SUMMARY_SECTOR, .days = SUMMARY_DAYS_AS_OF_ONLY, \
	.keys = { { "kind", "s.kind" } } }
#define USER_SUMMARY_TOWNSHIP(m) { \
	.table = "summary_gas_user_township", \
	.facts = "FROM summary_gas_user_township s WHERE " FILTER_PLACE("s"), \
	.measures = m, \
	.filters = SUMMARY_COUNTY | SUMMARY_TOWNSHIP | SUMMARY_SECTOR, \
	.days = SUMMARY_DAYS_AS_OF_ONLY, \
	.keys = { { "kind", "s.kind" }, { "township", "s.township_id" }, \
	    { "county", "s.county_id" } } }

/* Catering users without a working alarm on the as-of day: installed
 * is the day a now faulty alarm was put in, installed_later the day a
 * working one came after the as-of day. */
#define MISSING_ALARM_LIST \
	"SELECT g.user_id, g.name_zh AS user, t.name_zh AS township," \
	" o.name_zh AS operator, a.code AS alarm, a.name_zh AS alarm_zh," \
	" CASE WHEN g.alarm_date <= ?7 THEN g.alarm_date END AS installed," \
	" CASE WHEN g.alarm = 'working' AND g.alarm_date > ?7" \
	"  THEN g.alarm_date END AS installed_later," \
	" (SELECT max(i.inspect_date) FROM gas_inspection i" \
	"  WHERE i.user_id = g.user_id AND i.result <> 'no_access'" \
	"  AND i.inspect_date <= ?7) AS last_inspected, ?7 AS as_of" \
	" FROM gas_user g" \
	" JOIN township t ON t.township_id = g.township_id" \
	" JOIN unit o ON o.unit_id = g.operator_id" \
	" JOIN code_label a ON a.list = 'gas_user.alarm' AND a.code =" \
	"  CASE WHEN " ALARM_FAULTY("g") " THEN 'faulty' ELSE 'none' END" \
	" WHERE g.kind = 'restaurant' AND NOT " ALARM_WORKING("g") \
	" AND " FILTER_PLACE("g") \
	" ORDER BY t.code, g.name_zh, g.user_id"

/* ---- gas inspections ------------------------------------------------- */

/* One row per user with its inspections of the period: coverage is
 * users with a completed inspection (ok or hazard) over users. */
#define INSPECTED_USER_FACTS \
	"FROM (SELECT u.user_id, u.township_id, u.operator_id, u.kind," \
	" count(i.inspection_id) AS visits," \
	" count(CASE WHEN i.result <> 'no_access' THEN 1 END) AS completed," \
	" count(CASE WHEN i.result = 'hazard' THEN 1 END) AS hazards" \
	" FROM gas_user u LEFT JOIN gas_inspection i ON i.user_id = u.user_id" \
	"  AND i.inspect_date BETWEEN ?1 AND ?2" \
	" WHERE " FILTER_PLACE("u") " GROUP BY u.user_id) f"
#define INSPECTED_USER_MEASURES \
	{ "sum(f.visits)", "sum(f.completed)", "sum(f.visits - f.completed)", \
	  "sum(f.hazards)", "count(*)", \
	  "count(CASE WHEN f.completed > 0 THEN 1 END)" }

/* One row per inspection, for months (a user inspected in two months
 * counts in both, so months have no coverage). */
#define INSPECTION_FACTS \
	"FROM gas_inspection f JOIN gas_user u ON u.user_id = f.user_id" \
	" WHERE f.inspect_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("u")
#define INSPECTION_MEASURES \
	{ "count(*)", "count(CASE WHEN f.result <> 'no_access' THEN 1 END)", \
	  "count(CASE WHEN f.result = 'no_access' THEN 1 END)", \
	  "count(CASE WHEN f.result = 'hazard' THEN 1 END)" }

/* ---- gas summary ----------------------------------------------------- */

#define SUMMARY_OPERATORS \
	"SELECT count(*), count(CASE WHEN g.business = 'piped' THEN 1 END)," \
	" count(CASE WHEN g.business = 'bottled' THEN 1 END)" \
	" FROM " GAS_OPERATORS " g JOIN unit u ON u.unit_id = g.unit_id" \
	" WHERE u.opened_date <= ?7" \
	" AND (u.closed_date IS NULL OR u.closed_date > ?7)"
/* Users by kind and catering users with a working alarm, over
 * USER_FACTS and over the summaries. */
#define SUMMARY_USER_MEASURES \
	{ "count(*)", "count(CASE WHEN f.kind = 'restaurant' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'resident' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'institution' THEN 1 END)", \
	  "count(CASE WHEN f.kind = 'restaurant' AND " ALARM_WORKING("f") \
	  " THEN 1 END)" }
#define SUMMARY_USER_SUMMARY_MEASURES \
	{ "sum(s.users)", \
	  "sum(CASE WHEN s.kind = 'restaurant' THEN s.users ELSE 0 END)", \
	  "sum(CASE WHEN s.kind = 'resident' THEN s.users ELSE 0 END)", \
	  "sum(CASE WHEN s.kind = 'institution' THEN s.users ELSE 0 END)", \
	  "sum(CASE WHEN s.kind = 'restaurant' AND " SUMMARY_ALARM("working") \
	  " THEN s.users ELSE 0 END)" }
#define SUMMARY_INSPECTIONS \
	"SELECT coalesce(sum(f.visits), 0), count(*)," \
	" count(CASE WHEN f.completed > 0 THEN 1 END)," \
	" coalesce(sum(f.hazards), 0) " INSPECTED_USER_FACTS

#endif
