/*
 * plugins/common/hazard-summary.c -- the hazard counts over the hazard
 * summaries (hazard-summary.h).
 *
 * A summary row is one (found month, month) of a cohort: found counts in
 * the month found, rectified in the month rectified, overdue_change +1 in
 * the month a hazard first stands past its deadline at a month's end and
 * -1 when it is rectified after that.  With ?1 a month's first day and ?2
 * and ?7 months' last days (query_monthly), the ledger's day comparisons
 * become month comparisons: found by ?7 is found_month <= M, rectified by
 * ?7 is month <= M, past the deadline on ?7 is the overdue month <= M.
 */
#include "config.h"

#include "plugins/common/filter.h"
#include "plugins/common/hazard-summary.h"

/* The months of the period and of the as-of day. */
#define P1	"substr(?1, 1, 7)"
#define P2	"substr(?2, 1, 7)"
#define M	"substr(?7, 1, 7)"

/* Rows by county: the chosen county among the ledger counties, as
 * FILTER_PLACE keeps them. */
#define COUNTY_PLACE \
	"s.county_id IN (SELECT c.county_id FROM county c WHERE c.ledger = 1" \
	" AND (?3 IS NULL OR c.county_id = ?3))"

/* The chosen level (both when ?9 is NULL) as a list the index on
 * (county, level, ...) can seek to: "?9 IS NULL OR s.level = ?9" reads
 * both levels' rows and drops half of them after. */
#define LEVEL \
	" AND s.level IN (SELECT l.code FROM code_label l" \
	" WHERE l.list = 'hazard.level' AND (?9 IS NULL OR l.code = ?9))"
#define SECTOR		" AND (?5 IS NULL OR s.sector = ?5)"
#define DEPARTMENT	" AND (?6 IS NULL OR s.finder_dept = ?6)"

/* The cohort found in the period; the flows of everything found by ?7. */
#define COHORT_ROWS(table, where) \
	"FROM " table " s WHERE s.found_month BETWEEN " P1 " AND " P2 \
	" AND " where LEVEL
#define FLOW_ROWS(table, where) \
	"FROM " table " s WHERE s.found_month <= " M " AND s.month <= " M \
	" AND " where LEVEL

#define COHORT_MEASURES { \
	"sum(s.found)", \
	"sum(CASE WHEN s.month <= " M " THEN s.rectified ELSE 0 END)", \
	"sum(CASE WHEN s.found_month <= " M " THEN s.found ELSE 0 END)" \
	" - sum(CASE WHEN s.month <= " M " THEN s.rectified ELSE 0 END)", \
	"sum(CASE WHEN s.month <= " M " THEN s.overdue_change ELSE 0 END)" }

/* Open at the start: found before the period's first month and not
 * rectified before it. */
#define OPEN_AT_START \
	"CASE WHEN s.month < " P1 " THEN s.found - s.rectified ELSE 0 END"
#define FOUND_IN_PERIOD \
	"CASE WHEN s.found_month BETWEEN " P1 " AND " P2 \
	" THEN s.found ELSE 0 END"

#define FLOW_MEASURES { \
	"sum(" FOUND_IN_PERIOD ")", \
	"sum(CASE WHEN s.month BETWEEN " P1 " AND " P2 \
	" THEN s.rectified ELSE 0 END)", \
	"sum(s.found - s.rectified)", \
	"sum(s.overdue_change)", \
	"sum(" OPEN_AT_START ")", \
	"sum(" FOUND_IN_PERIOD " + " OPEN_AT_START ")" }

/* The keys every hazard summary has; the cohort's month is the month
 * found. */
#define KEYS_LEVEL \
	{ "level", "s.level" }, { "all_levels", "'all'" }, \
	{ "month", "s.found_month" }

#define PROVINCE(rows, sums) { \
	.table = "summary_hazard_province", \
	.facts = rows("summary_hazard_province", "1" SECTOR DEPARTMENT), \
	.measures = sums, \
	.filters = SUMMARY_SECTOR | SUMMARY_DEPARTMENT, \
	.keys = { KEYS_LEVEL, { "sector", "s.sector" }, \
	    { "finder", "s.finder_kind" }, \
	    { "department", "NULLIF(s.finder_dept, '')" } } }

#define COUNTY(rows, sums) { \
	.table = "summary_hazard_county", \
	.facts = rows("summary_hazard_county", COUNTY_PLACE), \
	.measures = sums, \
	.filters = SUMMARY_COUNTY, \
	.keys = { KEYS_LEVEL, { "county", "s.county_id" } } }

#define COUNTY_SECTOR(rows, sums) { \
	.table = "summary_hazard_county_sector", \
	.facts = rows("summary_hazard_county_sector", COUNTY_PLACE SECTOR), \
	.measures = sums, \
	.filters = SUMMARY_COUNTY | SUMMARY_SECTOR, \
	.keys = { KEYS_LEVEL, { "county", "s.county_id" }, \
	    { "sector", "s.sector" } } }

#define TOWNSHIP(rows, sums) { \
	.table = "summary_hazard_township", \
	.facts = rows("summary_hazard_township", FILTER_PLACE("s")), \
	.measures = sums, \
	.filters = SUMMARY_COUNTY | SUMMARY_TOWNSHIP, \
	.keys = { KEYS_LEVEL, { "county", "s.county_id" }, \
	    { "township", "s.township_id" } } }

const struct summary_counts hazard_cohort_province =
	PROVINCE(COHORT_ROWS, COHORT_MEASURES);
const struct summary_counts hazard_cohort_county =
	COUNTY(COHORT_ROWS, COHORT_MEASURES);
const struct summary_counts hazard_cohort_county_sector =
	COUNTY_SECTOR(COHORT_ROWS, COHORT_MEASURES);
const struct summary_counts hazard_cohort_township =
	TOWNSHIP(COHORT_ROWS, COHORT_MEASURES);

const struct summary_counts hazard_flow_province =
	PROVINCE(FLOW_ROWS, FLOW_MEASURES);
const struct summary_counts hazard_flow_county =
	COUNTY(FLOW_ROWS, FLOW_MEASURES);
const struct summary_counts hazard_flow_county_sector =
	COUNTY_SECTOR(FLOW_ROWS, FLOW_MEASURES);
const struct summary_counts hazard_flow_township =
	TOWNSHIP(FLOW_ROWS, FLOW_MEASURES);

/* ------------------------------------------------------------------ */
/* One-number figures                                                   */
/* ------------------------------------------------------------------ */

/* The hazards a figure counts, over alias a: every one, one level, or
 * major ones one kind of finder found. */
#define ANY(a)		"1"
#define GENERAL(a)	a ".level = 'general'"
#define MAJOR(a)	a ".level = 'major'"
#define MAJOR_DEPT(a)	a ".level = 'major' AND " a ".finder_kind = 'dept'"
#define MAJOR_SELF(a)	a ".level = 'major' AND " a ".finder_kind = 'self'"

/* Found, rectified by ?7, and open on ?7, over the ledger (h) and over a
 * summary (s). */
#define LEDGER_FOUND(cond)	"count(CASE WHEN " cond("h") " THEN 1 END)"
#define LEDGER_RECTIFIED(cond) \
	"count(CASE WHEN " cond("h") " AND h.rectified_date <= ?7 THEN 1 END)"
#define LEDGER_OPEN(cond) \
	"count(CASE WHEN " cond("h") " AND (h.rectified_date IS NULL" \
	" OR h.rectified_date > ?7) THEN 1 END)"
#define SUMMARY_FOUND(cond) \
	"sum(CASE WHEN " cond("s") " THEN s.found ELSE 0 END)"
#define SUMMARY_RECTIFIED(cond) \
	"sum(CASE WHEN " cond("s") " AND s.month <= " M \
	" THEN s.rectified ELSE 0 END)"
/* found_month <= M always holds here: ?2 never passes ?7 (filter.h). */
#define SUMMARY_OPEN(cond) \
	"sum(CASE WHEN " cond("s") " THEN s.found ELSE 0 END) - " \
	SUMMARY_RECTIFIED(cond)

#define FIGURE_LEDGER \
	"FROM hazard h WHERE h.found_date BETWEEN ?1 AND ?2" \
	" AND (?5 IS NULL OR h.sector = ?5) AND " FILTER_PLACE("h")
#define FIGURE_ROWS(table, where) \
	"FROM " table " s WHERE s.found_month BETWEEN " P1 " AND " P2 \
	" AND " where

/* The summaries of figures (`sums`: their measures, braced):
 * province-wide (sector, finder), one county's sectors, one county's
 * townships; the latter two keep no finder, so a figure by finder has
 * the first only. */
#define FIGURE_PROVINCE(sums) { \
	.table = "summary_hazard_province", \
	.facts = FIGURE_ROWS("summary_hazard_province", "1" SECTOR), \
	.measures = sums, .filters = SUMMARY_SECTOR }
#define FIGURE_COUNTY_SECTOR(sums) { \
	.table = "summary_hazard_county_sector", \
	.facts = FIGURE_ROWS("summary_hazard_county_sector", \
	    COUNTY_PLACE SECTOR), \
	.measures = sums, .filters = SUMMARY_COUNTY | SUMMARY_SECTOR }
#define FIGURE_TOWNSHIP(sums) { \
	.table = "summary_hazard_township", \
	.facts = FIGURE_ROWS("summary_hazard_township", FILTER_PLACE("s")), \
	.measures = sums, \
	.filters = SUMMARY_COUNTY | SUMMARY_TOWNSHIP }

#define FIGURE(name, kind, cond) \
	static const struct summary_counts name##_province = \
		FIGURE_PROVINCE({ SUMMARY_##kind(cond) }); \
	static const struct summary_counts name##_county_sector = \
		FIGURE_COUNTY_SECTOR({ SUMMARY_##kind(cond) }); \
	static const struct summary_counts name##_township = \
		FIGURE_TOWNSHIP({ SUMMARY_##kind(cond) }); \
	const struct grouped_counts name = { \
		.facts = FIGURE_LEDGER, .measures = { LEDGER_##kind(cond) }, \
		.summaries = { &name##_province, &name##_county_sector, \
		    &name##_township } }
#define FIGURE_BY_FINDER(name, kind, cond) \
	static const struct summary_counts name##_province = \
		FIGURE_PROVINCE({ SUMMARY_##kind(cond) }); \
	const struct grouped_counts name = { \
		.facts = FIGURE_LEDGER, .measures = { LEDGER_##kind(cond) }, \
		.summaries = { &name##_province } }

FIGURE(hazard_figure_found, FOUND, ANY);
FIGURE(hazard_figure_rectified, RECTIFIED, ANY);
FIGURE(hazard_figure_general_found, FOUND, GENERAL);
FIGURE(hazard_figure_general_rectified, RECTIFIED, GENERAL);
FIGURE(hazard_figure_major_found, FOUND, MAJOR);
FIGURE_BY_FINDER(hazard_figure_major_by_departments, FOUND, MAJOR_DEPT);
FIGURE_BY_FINDER(hazard_figure_major_by_enterprises, FOUND, MAJOR_SELF);
FIGURE(hazard_figure_major_rectified, RECTIFIED, MAJOR);
FIGURE(hazard_figure_major_open, OPEN, MAJOR);

#define SUMMARY_OVERDUE \
	"sum(CASE WHEN s.month <= " M " THEN s.overdue_change ELSE 0 END)"
#define SECTOR_FIGURES { \
	SUMMARY_FOUND(ANY), SUMMARY_RECTIFIED(ANY), \
	SUMMARY_FOUND(GENERAL), SUMMARY_RECTIFIED(GENERAL), \
	SUMMARY_FOUND(MAJOR), SUMMARY_RECTIFIED(MAJOR), \
	SUMMARY_OPEN(ANY), SUMMARY_OVERDUE }

const struct summary_counts hazard_figures_province =
	FIGURE_PROVINCE(SECTOR_FIGURES);
const struct summary_counts hazard_figures_county_sector =
	FIGURE_COUNTY_SECTOR(SECTOR_FIGURES);

