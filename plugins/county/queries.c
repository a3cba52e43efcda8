/*
 * plugins/county/queries.c -- the SQL of the ledger commands (queries.h).
 *
 * Every place-bound ledger is restricted with FILTER_PLACE (the chosen
 * county and township among those whose ledgers the file holds); the
 * indexes each statement relies on are named beside it.
 */
#include "config.h"

#include "plugins/common/dimensions.h"
#include "plugins/common/filter.h"
#include "plugins/common/hazard-sql.h"
#include "plugins/common/hazard-summary.h"
#include "plugins/county/queries.h"

/* The county of a township-bound row. */
#define COUNTY_OF(alias) \
	"(SELECT t.county_id FROM township t WHERE t.township_id = " \
	alias ".township_id)"

/* A county-wide row (meetings, publicity) in the chosen county. */
#define FILTER_COUNTY(alias) \
	"(" alias ".county_id IN (SELECT c.county_id FROM county c" \
	" WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3)" \
	" AND (?4 IS NULL OR c.county_id = (SELECT t.county_id" \
	" FROM township t WHERE t.township_id = ?4))))"

/* ------------------------------------------------------------------ */
/* The county's own dimensions (the shared ones: dimensions.h)         */
/* ------------------------------------------------------------------ */

/* Insurance is mandatory by sector, or for metal-smelting units in a
 * sector where it is not (DOMAIN.md §2); a sector asked for by name
 * prints even where it is neither, as a row of zeros. */
static const struct group_dim dim_insured_sector = {
	.what_zh = "行业领域",
	.groups = "(SELECT s.code, s.name_zh, s.report_order FROM sector s"
	    " WHERE s.code = ?5 OR (?5 IS NULL AND (s.insurance_mandatory = 1"
	    " OR EXISTS (SELECT 1 FROM unit u WHERE u.sector = s.code"
	    " AND u.metal_smelting = 1))))",
	.key = "g.code", .order = { "g.report_order" },
	.labels = { { "sector", "g.code" }, { "sector_zh", "g.name_zh" } },
	.name_label = 1,
};

/* The units of the chosen places and sector. */
static const struct group_dim dim_unit = {
	.what_zh = "单位",
	.groups = "(SELECT u.unit_id, u.name_zh FROM unit u WHERE "
	    FILTER_PLACE("u") " AND (?5 IS NULL OR u.sector = ?5))",
	.key = "g.unit_id", .order = { "g.unit_id" },
	.labels = { { "unit_id", "g.unit_id" }, { "unit_zh", "g.name_zh" } },
	.name_label = 1,
};

/* Holidays and key periods of inspections. */
static const struct group_dim dim_key_period = {
	.what_zh = "重点时段", .groups = "period_kind", .key = "g.code",
	.order = { "g.report_order" },
	.labels = { { "key_period", "g.code" },
	    { "key_period_zh", "g.name_zh" } },
	.name_label = 1,
};

/* Case kinds; ?9, when not NULL, keeps one category. */
static const struct group_dim dim_case_kind = {
	.what_zh = "案件类别",
	.groups = "(SELECT k.code, k.name_zh, k.rowid AS ord FROM case_kind k"
	    " WHERE ?9 IS NULL OR k.category = ?9)",
	.key = "g.code", .order = { "g.ord" },
	.labels = { { "kind", "g.code" }, { "kind_zh", "g.name_zh" } },
	.name_label = 1,
};

/* Drills, trainings, community activities; ?9, when not NULL, keeps one
 * kind. */
static const struct group_dim dim_outreach_kind = {
	.what_zh = "活动类别",
	.groups = "(SELECT code, name_zh, sort_order FROM code_label"
	    " WHERE list = 'outreach_event.kind' AND (?9 IS NULL OR code = ?9))",
	.key = "g.code", .order = { "g.sort_order" },
	.labels = { { "kind", "g.code" }, { "kind_zh", "g.name_zh" } },
	.name_label = 1,
};

static const struct group_dim dim_venue =
	DIM_CODE_LABEL("venue", "outreach_event.venue", "活动场所");
static const struct group_dim dim_medium =
	DIM_CODE_LABEL("medium", "publicity.medium", "宣传方式");

static const struct group_dim dim_meeting_kind = {
	.what_zh = "会议类别",
	.groups = "(SELECT m.code, m.name_zh, m.rowid AS ord"
	    " FROM meeting_kind m)",
	.key = "g.code", .order = { "g.ord" },
	.labels = { { "meeting_kind", "g.code" },
	    { "meeting_kind_zh", "g.name_zh" } },
	.name_label = 1,
};

static const struct group_dim dim_grade = {
	.what_zh = "事故等级", .groups = "accident_grade", .key = "g.code",
	.order = { "g.severity_rank" },
	.labels = { { "grade", "g.code" }, { "grade_zh", "g.name_zh" } },
	.name_label = 1,
};

/* The groupings every place-bound ledger has, through alias `x`. */
#define BY_PLACES(x) \
	{ "county", &dim_county, COUNTY_OF(x), NULL }, \
	{ "township", &dim_township, x ".township_id", NULL }

/* The summaries' months of the period (data/schema.sql "Summaries"),
 * and a summary row's county among the chosen ledger counties, as
 * FILTER_PLACE keeps a ledger row's township. */
#define SUMMARY_MONTHS	" s.month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7)"
#define SUMMARY_COUNTY_PLACE \
	"s.county_id IN (SELECT c.county_id FROM county c WHERE c.ledger = 1" \
	" AND (?3 IS NULL OR c.county_id = ?3))"

/* ------------------------------------------------------------------ */
/* Hazards (index hazard_found, or hazard_township / hazard_sector)     */
/* ------------------------------------------------------------------ */

#define HAZARD_FILTERS \
	HAZARD_FILTERS_WITH(FILTER_PLACE("x"), "(?9 IS NULL OR x.level = ?9)")
/* The same with the place and level restrictions given as fragments. */
#define HAZARD_FILTERS_WITH(place_filter, level_filter) \
	place_filter " AND (?5 IS NULL OR x.sector = ?5)" \
	" AND (?6 IS NULL OR x.finder_dept = ?6)" \
	" AND " level_filter

/* Open and overdue on the as-of day ?7. */
#define HAZARD_OPEN	HAZARD_OPEN_ON_AS_OF("x")
#define HAZARD_OVERDUE	HAZARD_OVERDUE_ON_AS_OF("x")

/* The groupings of a hazard, but for the month (the cohort's is the
 * month it was found; a flow has none). */
#define HAZARD_GROUPINGS \
	{ "level", &dim_hazard_level, "x.level", NULL }, \
	{ "all_levels", &dim_hazard_all_levels, "'all'", NULL }, \
	BY_PLACES("x"), \
	{ "sector", &dim_sector, "x.sector", NULL }, \
	{ "finder", &dim_finder, "x.finder_kind", NULL }, \
	{ "department", &dim_department, "x.finder_dept", \
	  "（非部门检查发现）" }, \
	{ "unit", &dim_unit, "x.unit_id", "（无单位：道路、公共场所等）" }

const struct grouped_counts query_hazards_cohort = {
	.facts = "FROM hazard x WHERE x.found_date BETWEEN ?1 AND ?2 AND "
	    HAZARD_FILTERS,
	.measures = {
		"count(*)",
		"count(CASE WHEN x.rectified_date <= ?7 THEN 1 END)",
		"count(CASE WHEN " HAZARD_OPEN " THEN 1 END)",
		"count(CASE WHEN " HAZARD_OVERDUE " THEN 1 END)",
	},
	.constants = { "'cohort'", "?7" },
	.by = {
		HAZARD_GROUPINGS,
		{ "month", &dim_month, "substr(x.found_date, 1, 7)", NULL },
	},
	.summaries = HAZARD_COHORT_SUMMARIES,
};

/* Found before the period and not rectified before it began. */
#define HAZARD_OPEN_AT_START \
	"(x.found_date < ?1 AND (x.rectified_date IS NULL" \
	" OR x.rectified_date >= ?1))"

/* Every hazard found up to the as-of day (?2 never passes it) can be
 * rectified in the period or open on the as-of day.  No month: a flow
 * has no single month per hazard (hazards.c refuses it). */
const struct grouped_counts query_hazards_flow = {
	.facts = "FROM hazard x WHERE x.found_date <= ?7 AND "
	    HAZARD_FILTERS,
	.measures = {
		"count(CASE WHEN x.found_date BETWEEN ?1 AND ?2 THEN 1 END)",
		"count(CASE WHEN x.rectified_date BETWEEN ?1 AND ?2"
		" AND x.rectified_date <= ?7 THEN 1 END)",
		"count(CASE WHEN " HAZARD_OPEN " THEN 1 END)",
		"count(CASE WHEN " HAZARD_OVERDUE " THEN 1 END)",
		"count(CASE WHEN " HAZARD_OPEN_AT_START " THEN 1 END)",
		"count(CASE WHEN x.found_date BETWEEN ?1 AND ?2"
		" OR " HAZARD_OPEN_AT_START " THEN 1 END)",
	},
	.constants = { "'flow'", "?7" },
	.by = { HAZARD_GROUPINGS },
	.summaries = HAZARD_FLOW_SUMMARIES,
};

/* The closed-loop follow-up list.  Days count from the found day and
 * past the deadline to the as-of day.  The level and place restrictions
 * are fragments; hazard x leads the joins (CROSS JOIN keeps it the outer
 * loop, found through an index of its own, not from a code table). */
#define HAZARDS_OPEN_LIST(level_filter, place_filter) \
	"SELECT x.hazard_id, x.level, lv.name_zh AS level_zh," \
	" x.found_date, x.deadline_date," \
	" CAST(julianday(?7) - julianday(x.found_date) AS INTEGER)" \
	" AS days_open," \
	" max(0, CAST(julianday(?7) - julianday(x.deadline_date) AS INTEGER))" \
	" AS days_overdue," \
	" t.code AS township, t.name_zh AS township_zh," \
	" x.sector, s.name_zh AS sector_zh," \
	" x.unit_id, u.name_zh AS unit_zh," \
	" x.finder_kind AS finder, f.name_zh AS finder_zh," \
	" x.description, ?7 AS as_of" \
	" FROM hazard x" \
	" CROSS JOIN township t ON t.township_id = x.township_id" \
	" CROSS JOIN sector s ON s.code = x.sector" \
	" CROSS JOIN finder_kind f ON f.code = x.finder_kind" \
	" CROSS JOIN code_label lv ON lv.list = 'hazard.level'" \
	" AND lv.code = x.level" \
	" LEFT JOIN unit u ON u.unit_id = x.unit_id" \
	" WHERE x.found_date BETWEEN ?1 AND ?2 AND " HAZARD_OPEN \
	" AND " HAZARD_FILTERS_WITH(place_filter, level_filter) \
	" AND (?10 IS NULL OR x.deadline_date < ?7)" \
	" ORDER BY CASE WHEN ?10 IS NULL THEN x.found_date" \
	" ELSE x.deadline_date END, x.hazard_id"

const char query_hazards_open[] =
	HAZARDS_OPEN_LIST("(?9 IS NULL OR x.level = ?9)", FILTER_PLACE("x"));

/* The major hazards say so literally: the planner uses a partial index
 * only when the query implies its WHERE (hazard_major_list, covering
 * every column the list reads); and the place filter stays off
 * hazard_township, whose township list the planner would prefer to
 * the year's few major hazards. */
const char query_hazards_open_major[] =
	HAZARDS_OPEN_LIST("x.level = 'major'",
	    FILTER_PLACE_OF("+x.township_id"));

/* ------------------------------------------------------------------ */
/* Enforcement (index enforcement_case_date or _township)              */
/* ------------------------------------------------------------------ */

/* The summaries by county and province-wide: the same counts and keys. */
#define ENFORCEMENT_SUMMARY(name, place, place_filter, ...) { \
	.table = name, \
	.facts = "FROM " name " s WHERE" SUMMARY_MONTHS " AND " place \
	    " AND (?5 IS NULL OR s.sector = ?5)" \
	    " AND (?6 IS NULL OR s.dept = ?6)" \
	    " AND (?9 IS NULL OR s.kind IN (SELECT k.code FROM case_kind k" \
	    " WHERE k.category = ?9))", \
	.measures = { "sum(s.cases)", "sum(s.fine_yuan)" }, \
	.filters = place_filter | SUMMARY_SECTOR | SUMMARY_DEPARTMENT, \
	.days = SUMMARY_DAYS_MONTHS, \
	.keys = { { "sector", "s.sector" }, { "department", "s.dept" }, \
	    { "month", "s.month" }, { "kind", "s.kind" }, __VA_ARGS__ } }

static const struct summary_counts enforcement_province =
	ENFORCEMENT_SUMMARY("summary_enforcement_province", "1", 0,
	    { NULL, NULL });
static const struct summary_counts enforcement_county =
	ENFORCEMENT_SUMMARY("summary_enforcement_county", SUMMARY_COUNTY_PLACE,
	    SUMMARY_COUNTY, { "county", "s.county_id" });

/* By month, county and case category: no sector or department.  The
 * category is a list (one, or all), which its key leads with: "?9 IS
 * NULL OR" would read every category's rows and sort them. */
static const struct summary_counts enforcement_county_category = {
	.table = "summary_enforcement_county_category",
	.facts = "FROM summary_enforcement_county_category s WHERE"
	    SUMMARY_MONTHS " AND " SUMMARY_COUNTY_PLACE
	    " AND s.category IN (SELECT DISTINCT k.category FROM case_kind k"
	    " WHERE ?9 IS NULL OR k.category = ?9)",
	.measures = { "sum(s.cases)", "sum(s.fine_yuan)" },
	.filters = SUMMARY_COUNTY,
	.days = SUMMARY_DAYS_MONTHS,
	.keys = { { "county", "s.county_id" }, { "month", "s.month" } },
};

const struct grouped_counts query_enforcement = {
	.facts = "FROM enforcement_case x JOIN case_kind k ON k.code = x.kind"
	    " WHERE x.decided_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("x")
	    " AND (?5 IS NULL OR x.sector = ?5)"
	    " AND (?6 IS NULL OR x.dept = ?6)"
	    " AND (?9 IS NULL OR k.category = ?9)",
	.measures = { "count(*)", "sum(x.fine_yuan)" },
	.by = {
		BY_PLACES("x"),
		{ "sector", &dim_sector, "x.sector", NULL },
		{ "department", &dim_department, "x.dept", NULL },
		{ "month", &dim_month, "substr(x.decided_date, 1, 7)", NULL },
		{ "kind", &dim_case_kind, "x.kind", NULL },
	},
	.summaries = { &enforcement_province, &enforcement_county_category,
	    &enforcement_county },
};

/* ------------------------------------------------------------------ */
/* Inspections (index inspection_date or _township; the hazards they   */
/* found through hazard_found, grouped on inspection_id)               */
/* ------------------------------------------------------------------ */

/* An inspection counts in its month; the hazards it found count when
 * they were found in the period as well. */
static const struct summary_counts inspections_county = {
	.table = "summary_inspection_county",
	.facts = "FROM summary_inspection_county s WHERE" SUMMARY_MONTHS
	    " AND " SUMMARY_COUNTY_PLACE
	    " AND (?6 IS NULL OR s.dept = ?6)"
	    " AND (?9 IS NULL OR s.leader_led = 1)",
	.measures = {
		"sum(s.inspections)",
		"sum(CASE WHEN s.leader_led = 1 THEN s.inspections ELSE 0 END)",
		"sum(CASE WHEN s.found_month BETWEEN substr(?1, 1, 7)"
		" AND substr(?2, 1, 7) THEN s.hazards ELSE 0 END)",
		"sum(CASE WHEN s.found_month BETWEEN substr(?1, 1, 7)"
		" AND substr(?2, 1, 7) THEN s.major_hazards ELSE 0 END)",
	},
	.filters = SUMMARY_COUNTY | SUMMARY_DEPARTMENT,
	.days = SUMMARY_DAYS_MONTHS,
	.keys = { { "county", "s.county_id" }, { "department", "s.dept" },
	    { "month", "s.month" },
	    { "period", "NULLIF(s.key_period, '')" } },
};

const struct grouped_counts query_inspections = {
	.facts = "FROM inspection x LEFT JOIN (SELECT h.inspection_id AS id,"
	    " count(*) AS found,"
	    " count(CASE WHEN h.level = 'major' THEN 1 END) AS major"
	    " FROM hazard h WHERE h.found_date BETWEEN ?1 AND ?2"
	    " AND h.inspection_id IS NOT NULL GROUP BY h.inspection_id) hz"
	    " ON hz.id = x.inspection_id"
	    " WHERE x.inspect_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("x")
	    " AND (?6 IS NULL OR x.dept = ?6)"
	    " AND (?9 IS NULL OR x.leader_led = 1)",
	.measures = {
		"count(*)",
		"count(CASE WHEN x.leader_led = 1 THEN 1 END)",
		"coalesce(sum(hz.found), 0)",
		"coalesce(sum(hz.major), 0)",
	},
	.by = {
		BY_PLACES("x"),
		{ "department", &dim_department, "x.dept", NULL },
		{ "month", &dim_month, "substr(x.inspect_date, 1, 7)", NULL },
		{ "period", &dim_key_period, "x.key_period", "（非重点时段）" },
	},
	.summaries = { &inspections_county },
};

/* ------------------------------------------------------------------ */
/* Outreach (outreach_event_date or _township; meeting_county and      */
/* publicity_county)                                                   */
/* ------------------------------------------------------------------ */

#define OUTREACH_SUMMARY(name, place, place_filter, ...) { \
	.table = name, \
	.facts = "FROM " name " s WHERE" SUMMARY_MONTHS " AND " place \
	    " AND (?9 IS NULL OR s.kind = ?9)", \
	.measures = { "sum(s.events)", "sum(s.participants)" }, \
	.filters = place_filter, \
	.days = SUMMARY_DAYS_MONTHS, \
	.keys = { { "month", "s.month" }, { "kind", "s.kind" }, \
	    { "venue", "s.venue" }, __VA_ARGS__ } }

static const struct summary_counts outreach_province =
	OUTREACH_SUMMARY("summary_outreach_province", "1", 0, { NULL, NULL });
static const struct summary_counts outreach_county =
	OUTREACH_SUMMARY("summary_outreach_county", SUMMARY_COUNTY_PLACE,
	    SUMMARY_COUNTY, { "county", "s.county_id" });

/* Publicity and meetings are the county's own: the county summaries
 * keep county_id, so the ledger's county filter applies as it is; the
 * province-wide ones answer when no place is asked for. */
#define PUBLICITY_SUMMARY(name, place, place_filter) { \
	.table = name, \
	.facts = "FROM " name " s WHERE" SUMMARY_MONTHS " AND " place, \
	.measures = { "sum(s.batches)", "sum(s.quantity)" }, \
	.filters = place_filter, \
	.days = SUMMARY_DAYS_MONTHS, \
	.keys = { { "medium", "s.medium" }, { "month", "s.month" } } }
#define MEETING_SUMMARY(name, place, place_filter) { \
	.table = name, \
	.facts = "FROM " name " s WHERE" SUMMARY_MONTHS " AND " place, \
	.measures = { "sum(s.meetings)" }, \
	.filters = place_filter, \
	.days = SUMMARY_DAYS_MONTHS, \
	.keys = { { "kind", "s.kind" }, { "month", "s.month" } } }

static const struct summary_counts publicity_province =
	PUBLICITY_SUMMARY("summary_publicity_province", "1", 0);
static const struct summary_counts publicity_county =
	PUBLICITY_SUMMARY("summary_publicity_county", FILTER_COUNTY("s"),
	    SUMMARY_COUNTY | SUMMARY_TOWNSHIP);
static const struct summary_counts meetings_province =
	MEETING_SUMMARY("summary_meeting_province", "1", 0);
static const struct summary_counts meetings_county =
	MEETING_SUMMARY("summary_meeting_county", FILTER_COUNTY("s"),
	    SUMMARY_COUNTY | SUMMARY_TOWNSHIP);

const struct grouped_counts query_outreach_events = {
	.facts = "FROM outreach_event x"
	    " WHERE x.held_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("x")
	    " AND (?9 IS NULL OR x.kind = ?9)",
	.measures = { "count(*)", "sum(x.participants)" },
	.by = {
		BY_PLACES("x"),
		{ "month", &dim_month, "substr(x.held_date, 1, 7)", NULL },
		{ "kind", &dim_outreach_kind, "x.kind", NULL },
		{ "venue", &dim_venue, "x.venue", NULL },
	},
	.summaries = { &outreach_province, &outreach_county },
};

/* Leaflets and SMS have different units: no total. */
const struct grouped_counts query_publicity = {
	.facts = "FROM publicity x"
	    " WHERE x.issued_date BETWEEN ?1 AND ?2 AND " FILTER_COUNTY("x"),
	.measures = { "count(*)", "sum(x.quantity)" },
	.no_total = 1,
	.by = {
		{ "medium", &dim_medium, "x.medium", NULL },
		{ "month", &dim_month, "substr(x.issued_date, 1, 7)", NULL },
	},
	.summaries = { &publicity_province, &publicity_county },
};

const struct grouped_counts query_meetings = {
	.facts = "FROM meeting x"
	    " WHERE x.held_date BETWEEN ?1 AND ?2 AND " FILTER_COUNTY("x"),
	.measures = { "count(*)" },
	.by = {
		{ "kind", &dim_meeting_kind, "x.kind", NULL },
		{ "month", &dim_month, "substr(x.held_date, 1, 7)", NULL },
	},
	.summaries = { &meetings_province, &meetings_county },
};

/* ------------------------------------------------------------------ */
/* Assistance (index assistance_visit_date)                            */
/* ------------------------------------------------------------------ */

/* Regulators only: the committee office inspects and convenes but does
 * not assist enterprises, and the report counts bureaus. */
#define ASSISTANCE_FROM \
	"assistance_visit x JOIN unit u ON u.unit_id = x.unit_id" \
	" JOIN department d ON d.code = x.dept"
#define ASSISTANCE_WHERE \
	"x.visit_date BETWEEN ?1 AND ?2 AND u.key_unit = 1" \
	" AND d.kind = 'regulator' AND " FILTER_PLACE("u") \
	" AND (?5 IS NULL OR u.sector = ?5)" \
	" AND (?6 IS NULL OR x.dept = ?6)"

const struct grouped_counts query_assistance = {
	.facts = "FROM " ASSISTANCE_FROM " WHERE " ASSISTANCE_WHERE,
	.measures = { "count(DISTINCT x.unit_id)", "count(*)" },
	.by = {
		{ "department", &dim_regulator, "x.dept", NULL },
		BY_PLACES("u"),
		{ "sector", &dim_sector, "u.sector", NULL },
		{ "month", &dim_month, "substr(x.visit_date, 1, 7)", NULL },
	},
};

const char query_assistance_distinct[] =
	"SELECT count(DISTINCT x.unit_id), count(*) FROM " ASSISTANCE_FROM
	" WHERE " ASSISTANCE_WHERE;

/* ------------------------------------------------------------------ */
/* Insurance (unit_township / unit_sector; insurance_policy_unit)      */
/* ------------------------------------------------------------------ */

#define INSURED_ON_AS_OF \
	"EXISTS (SELECT 1 FROM insurance_policy p" \
	" WHERE p.unit_id = x.unit_id AND p.start_date <= ?7" \
	" AND p.end_date >= ?7)"

/* Mandatory units open on the as-of day in the chosen places. */
#define INSURANCE_UNITS \
	"x.mandatory = 1 AND x.opened_date <= ?7" \
	" AND (x.closed_date IS NULL OR x.closed_date > ?7)" \
	" AND " FILTER_PLACE("x") " AND (?5 IS NULL OR x.sector = ?5)"

#define INSURANCE_FACTS	"FROM unit_insurance_rule x WHERE " INSURANCE_UNITS
#define INSURED_COUNT	"count(CASE WHEN " INSURED_ON_AS_OF " THEN 1 END)"

/* Mandatory and insured units at the end of the as-of month: the sums of
 * their changes up to it (data/schema.sql, summary_insurance_*), by
 * county and province-wide; measures m0 and m1 (NULL: none). */
#define INSURANCE_SUMMARY(name, place, place_filter, county_key, m0, m1) { \
	.table = name, \
	.facts = "FROM " name " s WHERE s.month <= substr(?7, 1, 7)" \
	    " AND " place " AND (?5 IS NULL OR s.sector = ?5)", \
	.measures = { m0, m1 }, \
	.filters = place_filter | SUMMARY_SECTOR, \
	.days = SUMMARY_DAYS_AS_OF_ONLY, \
	.keys = { { "sector", "s.sector" }, county_key } }
#define INSURANCE_PROVINCE(m0, m1) \
	INSURANCE_SUMMARY("summary_insurance_province", "1", 0, \
	    NO_COUNTY_KEY, m0, m1)
#define INSURANCE_COUNTY(m0, m1) \
	INSURANCE_SUMMARY("summary_insurance_county", SUMMARY_COUNTY_PLACE, \
	    SUMMARY_COUNTY, COUNTY_KEY, m0, m1)
#define NO_COUNTY_KEY		{ NULL, NULL }
#define COUNTY_KEY		{ "county", "s.county_id" }
#define SUM_MANDATORY		"sum(s.mandatory_change)"
#define SUM_INSURED		"sum(s.insured_change)"

static const struct summary_counts insurance_province =
	INSURANCE_PROVINCE(SUM_MANDATORY, SUM_INSURED);
static const struct summary_counts insurance_county =
	INSURANCE_COUNTY(SUM_MANDATORY, SUM_INSURED);
static const struct summary_counts mandatory_province =
	INSURANCE_PROVINCE(SUM_MANDATORY, NULL);
static const struct summary_counts mandatory_county =
	INSURANCE_COUNTY(SUM_MANDATORY, NULL);
static const struct summary_counts insured_province =
	INSURANCE_PROVINCE(SUM_INSURED, NULL);
static const struct summary_counts insured_county =
	INSURANCE_COUNTY(SUM_INSURED, NULL);

const struct grouped_counts query_insurance = {
	.facts = INSURANCE_FACTS,
	.measures = {
		"count(*)",
		/* The uninsured are the rest (COUNT_REST): one policy
		 * lookup per unit, not two. */
		INSURED_COUNT,
	},
	.constants = { "?7" },
	.by = {
		{ "sector", &dim_insured_sector, "x.sector", NULL },
		BY_PLACES("x"),
	},
	.summaries = { &insurance_province, &insurance_county },
};

const struct grouped_counts insurance_figure_mandatory = {
	.facts = INSURANCE_FACTS,
	.measures = { "count(*)" },
	.summaries = { &mandatory_province, &mandatory_county },
};

const struct grouped_counts insurance_figure_insured = {
	.facts = INSURANCE_FACTS,
	.measures = { INSURED_COUNT },
	.summaries = { &insured_province, &insured_county },
};

/* last_policy_end: the day the unit's latest policy ended before the
 * as-of day (lapsed), or NULL (never insured before it). */
const char query_uninsured[] =
	"SELECT x.unit_id, u.name_zh AS unit_zh, x.sector,"
	" s.name_zh AS sector_zh, t.code AS township,"
	" t.name_zh AS township_zh, u.employees, u.metal_smelting,"
	" (SELECT max(p.end_date) FROM insurance_policy p"
	" WHERE p.unit_id = x.unit_id AND p.end_date < ?7)"
	" AS last_policy_end, ?7 AS as_of"
	" FROM unit_insurance_rule x"
	" JOIN unit u ON u.unit_id = x.unit_id"
	" JOIN sector s ON s.code = x.sector"
	" JOIN township t ON t.township_id = x.township_id"
	" WHERE " INSURANCE_UNITS " AND NOT " INSURED_ON_AS_OF
	" ORDER BY s.report_order, t.code, u.name_zh";

/* ------------------------------------------------------------------ */
/* Accidents (accident_date, through the views accident_latest and     */
/* accident_graded: grades are never stored)                           */
/* ------------------------------------------------------------------ */

#define ACCIDENTS_LIST \
	"SELECT x.accident_id, x.occurred_date, x.grade, x.grade_zh," \
	" x.deaths, x.serious_injuries, x.minor_injuries," \
	" x.direct_loss_yuan, t.code AS township, t.name_zh AS township_zh," \
	" x.sector, s.name_zh AS sector_zh, u.name_zh AS unit_zh," \
	" x.accident_type, ty.name_zh AS accident_type_zh," \
	" x.reported_date AS figures_date, x.summary" \
	" FROM accident_graded x" \
	" JOIN township t ON t.township_id = x.township_id" \
	" JOIN sector s ON s.code = x.sector" \
	" JOIN accident_type ty ON ty.code = x.accident_type" \
	" LEFT JOIN unit u ON u.unit_id = x.unit_id" \
	" WHERE x.occurred_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("x") \
	" AND (?5 IS NULL OR x.sector = ?5)" \
	" AND x.grade_rank <= (SELECT g.severity_rank FROM accident_grade g" \
	" WHERE g.code = ?9)" \
	" ORDER BY x.occurred_date, x.accident_id"

const char query_accidents[] = ACCIDENTS_LIST;
const char query_accidents_count[] =
	"SELECT count(*) FROM (" ACCIDENTS_LIST ")";

const char query_grade_name[] =
	"SELECT name_zh FROM accident_grade WHERE code = ?1";

/* Each accident of the period once, and each of the same period a year
 * earlier once more with prev = 1 and its date moved a year on, so that
 * both fall into the same month group. */
#define ACCIDENTS_THIS	"CASE WHEN x.prev = 0 THEN "
#define ACCIDENTS_PREV	"CASE WHEN x.prev = 1 THEN "

/* A month "YYYY-MM" of the year before, as the month a year later: a
 * previous-year fact counts in the month of the period it compares with
 * (29 February 2024 in February 2025, not in March as date(+1 year)
 * would put it). */
#define MONTH_YEAR_LATER(month) \
	"printf('%04d', substr(" month ", 1, 4) + 1) || substr(" month ", 5, 3)"

/* The same counts from summary_accident_county, or province-wide from
 * summary_accident_province: their months of the period and of the
 * period a year earlier, which grouped.c asks to be whole months too
 * (year_before).  They hold the grades accident_graded gives (the latest
 * figures within the revision window, graded by the thresholds), counted
 * by the month of the accident; no township, so --township goes to the
 * ledger. */
#define ACCIDENT_SUMMARY(name, place, place_filter, ...) { \
	.table = name, \
	.facts = "FROM (SELECT s.*, 0 AS prev, s.month AS on_month" \
	    " FROM " name " s WHERE" SUMMARY_MONTHS \
	    " UNION ALL SELECT s.*, 1, " MONTH_YEAR_LATER("s.month") \
	    " FROM " name " s WHERE s.month BETWEEN" \
	    " substr(date(?1, '-1 year'), 1, 7)" \
	    " AND substr(date(?2, '-1 year'), 1, 7)) x" \
	    " WHERE " place " AND (?5 IS NULL OR x.sector = ?5)", \
	.measures = { \
		"coalesce(sum(" ACCIDENTS_THIS "x.accidents END), 0)", \
		"coalesce(sum(" ACCIDENTS_THIS "x.deaths END), 0)", \
		"coalesce(sum(" ACCIDENTS_THIS "x.serious_injuries END), 0)", \
		"coalesce(sum(" ACCIDENTS_THIS "x.direct_loss_yuan END), 0)", \
		"coalesce(sum(" ACCIDENTS_PREV "x.accidents END), 0)", \
		"coalesce(sum(" ACCIDENTS_PREV "x.deaths END), 0)", \
		"coalesce(sum(" ACCIDENTS_PREV "x.serious_injuries END), 0)", \
		"coalesce(sum(" ACCIDENTS_PREV "x.direct_loss_yuan END), 0)", \
	}, \
	.filters = place_filter | SUMMARY_SECTOR, \
	.days = SUMMARY_DAYS_MONTHS, \
	.year_before = 1, \
	.keys = { { "sector", "x.sector" }, { "month", "x.on_month" }, \
	    { "grade", "x.grade" }, __VA_ARGS__ } }

static const struct summary_counts accident_province =
	ACCIDENT_SUMMARY("summary_accident_province", "1", 0, { NULL, NULL });
static const struct summary_counts accident_county =
	ACCIDENT_SUMMARY("summary_accident_county",
	    "x.county_id IN (SELECT c.county_id FROM county c"
	    " WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3))",
	    SUMMARY_COUNTY, { "county", "x.county_id" });

const struct grouped_counts query_accident_summary = {
	.facts = "FROM (SELECT a.*, 0 AS prev,"
	    " substr(a.occurred_date, 1, 7) AS on_month"
	    " FROM accident_graded a WHERE a.occurred_date BETWEEN ?1 AND ?2"
	    " UNION ALL SELECT a.*, 1, "
	    MONTH_YEAR_LATER("a.occurred_date")
	    " FROM accident_graded a WHERE a.occurred_date"
	    " BETWEEN date(?1, '-1 year') AND date(?2, '-1 year')) x"
	    " WHERE " FILTER_PLACE("x") " AND (?5 IS NULL OR x.sector = ?5)",
	.measures = {
		"count(" ACCIDENTS_THIS "1 END)",
		"coalesce(sum(" ACCIDENTS_THIS "x.deaths END), 0)",
		"coalesce(sum(" ACCIDENTS_THIS "x.serious_injuries END), 0)",
		"coalesce(sum(" ACCIDENTS_THIS "x.direct_loss_yuan END), 0)",
		"count(" ACCIDENTS_PREV "1 END)",
		"coalesce(sum(" ACCIDENTS_PREV "x.deaths END), 0)",
		"coalesce(sum(" ACCIDENTS_PREV "x.serious_injuries END), 0)",
		"coalesce(sum(" ACCIDENTS_PREV "x.direct_loss_yuan END), 0)",
	},
	.by = {
		BY_PLACES("x"),
		{ "sector", &dim_sector, "x.sector", NULL },
		{ "month", &dim_month, "x.on_month", NULL },
		{ "grade", &dim_grade, "x.grade", NULL },
	},
	.summaries = { &accident_province, &accident_county },
};

/* ------------------------------------------------------------------ */
/* The province's risk index (published figures, not computed)         */
/* ------------------------------------------------------------------ */

/* Rank changes are last year's rank minus this year's: positive means
 * the county moved up. */
const char query_risk[] =
	"SELECT c.code AS county, c.name_zh AS county_zh, r.year, r.score,"
	" r.rank_province, r.rank_city,"
	" p.score AS score_prev, round(r.score - p.score, 2) AS score_change,"
	" p.rank_province AS rank_province_prev,"
	" p.rank_province - r.rank_province AS rank_province_change,"
	" p.rank_city AS rank_city_prev,"
	" p.rank_city - r.rank_city AS rank_city_change"
	" FROM county c JOIN risk_index r ON r.county_id = c.county_id"
	" LEFT JOIN risk_index p ON p.county_id = r.county_id"
	" AND p.year = r.year - 1"
	" WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3)"
	" AND r.year BETWEEN CAST(substr(?1, 1, 4) AS INTEGER)"
	" AND CAST(substr(?2, 1, 4) AS INTEGER)"
	" ORDER BY c.code, r.year";
