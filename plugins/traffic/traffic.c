/*
 * plugins/traffic/traffic.c -- road traffic (道路交通): the summary of a
 * year, overload control, enforcement cases, key vehicles, road projects
 * against plan, roadside clean-up, and the sector's hazards.  The SQL is
 * in sql.h; grouping, rates and totals come from plugins/common.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <safestat/plugin.h>

#include "plugins/common/dimensions.h"
#include "plugins/common/metrics.h"
#include "plugins/common/sector-hazards.h"
#include "plugins/common/sector.h"
#include "plugins/traffic/sql.h"

SS_PLUGIN_HOST_DEFINE;

#define SECTOR		"transport"

/* ---- traffic summary ----------------------------------------------- */

/* The year's headline figures, in the order the report gives them. */
static int
traffic_summary(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct metric cases[] = {
		{ "illegal_cases", "查处交通违法案件", METRIC_COUNT, "件", 0,
		  0, 0 },
		{ "illegal_fines_yuan", "罚款", METRIC_YUAN, NULL, 1, 0, 0 },
	};
	static const struct metric overload[] = {
		{ "overload_operations", "联合治超行动", METRIC_COUNT, "次", 0,
		  0, 0 },
		{ "vehicles_weighed", "治超检测货运车辆", METRIC_COUNT, "辆次",
		  1, 0, 0 },
		{ "over_limit", "其中超限超载", METRIC_COUNT, "辆次", 2, 0, 0 },
		{ "over_limit_pct", "超限率", METRIC_RATE, NULL, 0, 2, 1 },
	};
	static const struct metric vehicles[] = {
		{ "key_vehicles", "“两客一危一重”车辆（统计日在册）",
		  METRIC_COUNT, "辆", 0, 0, 0 },
		{ "buses_aged_5y", "5年及以上车龄营运客车", METRIC_COUNT, "辆",
		  1, 0, 0 },
		{ "fire_checked", "自燃隐患排查车辆", METRIC_COUNT, "辆", 2, 0,
		  0 },
		{ "fire_findings", "排查发现自燃隐患", METRIC_COUNT, "处", 3,
		  0, 0 },
		{ "fire_fixed", "自燃隐患已整改", METRIC_COUNT, "处", 4, 0, 0 },
	};
	static const struct metric cleanup[] = {
		{ "signs_removed", "拆除非公路标志", METRIC_COUNT, "面", 0, 0,
		  0 },
		{ "signs_area_m2", "拆除标志面积", METRIC_COUNT, "平方米", 1,
		  0, 0 },
		{ "debris_places", "清理路面堆积物", METRIC_COUNT, "处", 2, 0,
		  0 },
		{ "debris_m3", "清理堆积物体积", METRIC_COUNT, "立方米", 3, 0,
		  0 },
		{ "vendors_persuaded", "劝导占道经营", METRIC_COUNT, "户", 4,
		  0, 0 },
		{ "cleanup_leaflets", "发放宣传单", METRIC_COUNT, "份", 5, 0,
		  0 },
	};
	static const struct metric roads[] = {
		{ "road_upgrade_plan_m", "“四好农村路”提级改造年度计划",
		  METRIC_METRES, NULL, 0, 0, 0 },
		{ "road_upgrade_done_m", "已完成提级改造", METRIC_METRES, NULL,
		  1, 0, 0 },
		{ "road_upgrade_length_pct", "里程完成年度计划",
		  METRIC_RATE, NULL, 0, 1, 0 },
		{ "road_upgrade_plan_yuan", "提级改造计划投资", METRIC_YUAN,
		  NULL, 2, 0, 0 },
		{ "road_upgrade_invest_yuan", "已完成投资", METRIC_YUAN, NULL,
		  3, 0, 0 },
		{ "road_upgrade_invest_pct", "投资完成年度计划", METRIC_RATE,
		  NULL, 0, 3, 2 },
		{ "life_safety_plan_m", "公路安全生命防护工程年度计划",
		  METRIC_METRES, NULL, 4, 0, 0 },
		{ "life_safety_done_m", "已实施生命防护工程", METRIC_METRES,
		  NULL, 5, 0, 0 },
		{ "life_safety_length_pct", "生命防护工程完成年度计划",
		  METRIC_RATE, NULL, 0, 5, 4 },
	};
	static const struct sector_figures figures[] = {
		SECTOR_SUMMARY_HAZARDS,
		SECTOR_FIGURES(cases, SUMMARY_CASES),
		SECTOR_FIGURES(overload, SUMMARY_OVERLOAD),
		SECTOR_FIGURES(vehicles, SUMMARY_VEHICLES),
		SECTOR_FIGURES(cleanup, SUMMARY_CLEANUP),
		SECTOR_FIGURES(roads, SUMMARY_ROADS),
	};
	static const struct sector_summary summary = {
		.subject_zh = "道路交通安全主要指标",
		.figures = figures, .n = NELEM(figures),
		.township_note = "道路项目由全县统一计划，不分乡镇：按乡镇筛选时"
		    "道路指标为空",
	};

	return sector_summary_run(ctx, args, SECTOR, &summary);
}

/* ---- traffic overload ---------------------------------------------- */

#define OVERLOAD_SUMMARY_MEASURES \
	{ "sum(s.weighed)", "sum(s.over_limit)", "sum(s.over_gross)", \
	  "sum(s.over_size)", "sum(s.unloaded_kg)" }

static const char *const overload_by[] = { "period", "month", "township",
    "county", "operation", "axles", NULL };

/* The operations of the period, each a group. */
static const struct group_dim dim_operation = {
	.what_zh = "联合治超行动", .groups = OVERLOAD_OPERATIONS,
	.key = "g.operation_id",
	.order = { "g.op_date", "g.operation_id" },
	.labels = { { "operation_id", "g.operation_id" },
	    { "op_date", "g.op_date" }, { "township", "g.township" },
	    { "site", "g.site" } },
};

/* The axle classes of the weight limits. */
static const struct group_dim dim_axles = {
	.what_zh = "轴数", .groups = "weight_limit", .key = "g.min_axles",
	.order = { "g.min_axles" },
	.labels = { { "axles", OVERLOAD_AXLE_LABEL },
	    { "max_gross_kg", "g.max_gross_kg" } },
};

/* The weighings by month, county and axle class, for whole months; and
 * by operation, whose day and township overload_operation holds, for
 * any period.  The ledger's facts ignore the sector (?5): so do these. */
static const struct summary_counts overload_by_county = {
	.table = "summary_weighing_county",
	.facts = "FROM summary_weighing_county s"
	    " WHERE s.month BETWEEN substr(?1, 1, 7) AND substr(?2, 1, 7)"
	    " AND s.county_id IN (SELECT c.county_id FROM county c"
	    " WHERE c.ledger = 1 AND (?3 IS NULL OR c.county_id = ?3))",
	.measures = OVERLOAD_SUMMARY_MEASURES,
	.filters = SUMMARY_COUNTY | SUMMARY_SECTOR,
	.days = SUMMARY_DAYS_MONTHS,
	.keys = { { "period", "1" }, { "month", "s.month" },
	    { "county", "s.county_id" }, { "axles", "s.axle_class" } },
};

static const struct summary_counts overload_by_operation = {
	.table = "summary_weighing_operation",
	.facts = "FROM summary_weighing_operation s"
	    " JOIN overload_operation o ON o.operation_id = s.operation_id"
	    " WHERE o.op_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("o"),
	.measures = OVERLOAD_SUMMARY_MEASURES,
	.filters = SUMMARY_COUNTY | SUMMARY_TOWNSHIP | SUMMARY_SECTOR,
	.days = SUMMARY_DAYS_ANY_PERIOD,
	.keys = { { "period", "1" }, { "month", "substr(o.op_date, 1, 7)" },
	    { "township", "o.township_id" },
	    { "county", "CAST((SELECT t.county_id FROM township t"
	      " WHERE t.township_id = o.township_id) AS INTEGER)" },
	    { "operation", "s.operation_id" } },
};

static const struct grouped_counts overload_counts = {
	.facts = OVERLOAD_FACTS, .measures = OVERLOAD_MEASURES,
	.summaries = { &overload_by_county, &overload_by_operation },
	.by = {
		BY_PERIOD,
		BY_LEDGER_MONTH("f.op_date"),
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		{ "operation", &dim_operation, "f.operation_id", NULL },
		{ "axles", &dim_axles, OVERLOAD_AXLE_CLASS, NULL },
	},
};

static const struct count_column overload_cols[] = {
	{ .name = "weighed", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "over_limit", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "rate_pct", .kind = COUNT_RATE, .num = 1, .den = 0 },
	{ .name = "over_gross", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "over_size", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "unloaded_t", .kind = COUNT_SCALED, .src = 4,
	  .divisor = 1000, .scale = 3 },
};

/* Weighings and over-limit vehicles, grouped. */
static const struct sector_grouped overload_command = {
	.choices = overload_by, .counts = &overload_counts,
	.cols = overload_cols, .ncols = NELEM(overload_cols),
	.subject_zh = "联合治超检测货运车辆",
};

/* ---- traffic cases ------------------------------------------------- */

static const char *const cases_by[] = { "kind", "month", "township",
    "county", NULL };

/* The kinds of traffic case. */
static const struct group_dim dim_case_kind = {
	.what_zh = "案件类别", .groups = CASES_KINDS, .key = "g.code",
	.order = { "g.sort_order" },
	.labels = { { "kind", "g.code" }, { "kind_zh", "g.name_zh" } },
	.name_label = 1,
};

static const struct grouped_counts cases_counts = {
	.facts = CASES_FACTS, .measures = CASES_MEASURES,
	.by = {
		{ "kind", &dim_case_kind, "f.kind", NULL },
		BY_LEDGER_MONTH("f.decided_date"),
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
	},
};

static const struct count_column cases_cols[] = {
	{ .name = "cases", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "fines_yuan", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "fines_wan", .kind = COUNT_WAN, .src = 1 },
};

/* Traffic enforcement cases and fines, grouped. */
static const struct sector_grouped cases_command = {
	.choices = cases_by, .counts = &cases_counts,
	.cols = cases_cols, .ncols = NELEM(cases_cols),
	.subject_zh = "交通运输违法案件查处",
	.note = "按决定日期计入统计期；fines_yuan为罚款（元），"
	    "fines_wan为万元。",
};

/* ---- traffic vehicles ---------------------------------------------- */

static const char *const vehicles_by[] = { "class", "township", "county",
    NULL };

static const struct group_dim dim_vehicle_class =
	DIM_CODE_LABEL("class", "key_vehicle.class", "车辆类别");

static const struct grouped_counts vehicles_counts = {
	.facts = VEHICLE_FACTS, .measures = VEHICLE_MEASURES,
	.constants = { "?7" },
	.by = {
		{ "class", &dim_vehicle_class, "f.class", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
	},
};

static const struct count_column vehicles_cols[] = {
	{ .name = "vehicles", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "aged_5y", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "fire_checked", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "fire_findings", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "fire_fixed", .kind = COUNT_VALUE, .src = 4 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 5 },
};

/* Key vehicles in service and the bus fire checks, grouped; or, with
 * --checks, each check and what it found. */
static const struct sector_grouped vehicles_command = {
	.choices = vehicles_by, .counts = &vehicles_counts,
	.cols = vehicles_cols, .ncols = NELEM(vehicles_cols),
	.subject_zh = "“两客一危一重”重点车辆与营运客车自燃隐患排查",
	.as_of = 1,
	.note = "vehicles为统计日在册的车辆，aged_5y为其中登记满5年的；"
	    "fire_checked为期内接受自燃隐患排查的车辆，fire_findings为发现"
	    "隐患的检查次数，fire_fixed为其中截至统计日已整改的。",
	.list_flag = "checks", .list_what = "checks",
	.list_sql = VEHICLE_CHECKS_LIST,
	.list_empty = "所选期间没有营运客车自燃隐患排查记录",
	.list_subject_zh = "营运客车自燃隐患排查记录",
};

/* ---- traffic roads ------------------------------------------------- */

/* Road projects are of different kinds of work (rural road upgrades,
 * life-safety protection works): their km and yuan are never added
 * together.  --by kind is one row per kind and no total; by project or
 * county, table and markdown output give each kind its own table with
 * its own total, while csv and json give one result set whose rows carry
 * their kind (scripts total per kind themselves). */

static const char *const roads_by[] = { "project", "kind", "county", NULL };

/* The road projects of the period's years, each a group. */
static const struct group_dim dim_road_project = {
	.what_zh = "道路项目", .groups = ROAD_PROJECT_GROUPS,
	.key = "g.project_id",
	.order = { "g.year", "g.sort_order", "g.project_id" },
	.labels = { { "project_id", "g.project_id" }, { "year", "g.year" },
	    { "kind", "g.kind" }, { "project", "g.name_zh" } },
	.name_label = 3,
};

/* The kinds of road project (only ?9's when it names one). */
static const struct group_dim dim_road_kind = {
	.what_zh = "项目类别", .groups = ROAD_KINDS, .key = "g.code",
	.order = { "g.sort_order" },
	.labels = { { "kind", "g.code" }, { "kind_zh", "g.name_zh" } },
	.name_label = 1,
};

/* By project, or by kind and county: a kind's rows add up. */
static const struct grouped_counts roads_counts = {
	.facts = ROAD_FACTS, .measures = ROAD_MEASURES,
	.constants = { "?7" },
	.by = {
		{ "project", &dim_road_project, "f.project_id", NULL },
		{ "kind", &dim_road_kind, "f.kind", NULL },
		/* Projects belong to a county, not a township. */
		{ "county", &dim_county_named, "f.county_id", NULL },
	},
};

/* By kind: one row each, which must not be added. */
static const struct grouped_counts roads_kind_counts = {
	.facts = ROAD_FACTS, .measures = ROAD_MEASURES,
	.constants = { "?7" }, .no_total = 1,
	.by = { { "kind", &dim_road_kind, "f.kind", NULL } },
};

static const struct count_column roads_cols[] = {
	{ .name = "plan_km", .kind = COUNT_SCALED, .src = 0,
	  .divisor = 1000, .scale = 3 },
	{ .name = "done_km", .kind = COUNT_SCALED, .src = 1,
	  .divisor = 1000, .scale = 3 },
	{ .name = "length_pct", .kind = COUNT_RATE, .num = 1, .den = 0 },
	{ .name = "plan_yuan", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "plan_wan", .kind = COUNT_WAN, .src = 2 },
	{ .name = "invest_yuan", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "invest_wan", .kind = COUNT_WAN, .src = 3 },
	{ .name = "invest_pct", .kind = COUNT_RATE, .num = 3, .den = 2 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 4 },
};

#define ROAD_MAX_KINDS	8

/* A kind of road project: its code and its name for the title. */
struct road_kind {
	char	code[64];
	char	subject_zh[160];
};

/* The kinds of road project, in order; their number, or -1 (recorded). */
static int
road_kinds(struct ss_ctx *ctx, struct road_kind *kinds)
{
	struct ss_stmt	*st;
	int		 n = 0, rc;

	st = ss_prepare(ctx, "SELECT code, name_zh FROM code_label"
	    " WHERE list = 'road_project.kind' ORDER BY sort_order",
	    SS_NO_PARAMS);
	if (st == NULL)
		return -1;
	while ((rc = ss_step(st)) == 1 && n < ROAD_MAX_KINDS) {
		snprintf(kinds[n].code, sizeof kinds[n].code, "%s",
		    ss_column(st, 0).u.s);
		snprintf(kinds[n].subject_zh, sizeof kinds[n].subject_zh,
		    "%s年度计划完成情况", ss_column(st, 1).u.s);
		n++;
	}
	ss_finalize(st);
	return rc < 0 ? -1 : n;
}

/* traffic roads: by kind one table without a total; by project or
 * county one table per kind with its total (rich formats), or one result
 * set of every kind's rows (machine formats). */
static int
traffic_roads(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct road_kind	 kinds[ROAD_MAX_KINDS];
	const struct grouping	*by[2];
	struct query_params	 p;
	struct filter		 f;
	const char		*name = grouped_choice(args, roads_by);
	int			 i, n, nby;

	if (query_params_resolve(ctx, args, SECTOR, &f, &p) != SS_OK)
		return SS_ERR;
	query_params_add(&p, SS_NULL_VALUE);	/* ?9: every kind */
	if (name != NULL && strcmp(name, "kind") == 0) {
		by[0] = grouped_find(&roads_kind_counts, "kind");
		if (title_emit(ctx, &f, "公路建设项目年度计划完成情况",
		    by[0]->dim->what_zh, 1) != SS_OK ||
		    grouped_emit(ctx, &roads_kind_counts, by, 1, roads_cols,
		    NELEM(roads_cols), &p) != SS_OK)
			return SS_ERR;
	} else {
		/* By county, the kind comes first: a county's two kinds are
		 * two rows. */
		nby = 0;
		if (name != NULL && strcmp(name, "county") == 0)
			by[nby++] = grouped_find(&roads_counts, "kind");
		by[nby++] = grouped_find(&roads_counts, name);
		if (!ss_rich(ctx))
			return grouped_emit(ctx, &roads_counts, by, nby,
			    roads_cols, NELEM(roads_cols), &p);
		if ((n = road_kinds(ctx, kinds)) < 0)
			return SS_ERR;
		for (i = 0; i < n; i++) {
			p.v[QUERY_OWN_PARAM - 1] = SS_TEXT_VALUE(kinds[i].code);
			if (title_emit(ctx, &f, kinds[i].subject_zh,
			    by[nby - 1]->dim->what_zh, 1) != SS_OK ||
			    grouped_emit(ctx, &roads_counts, by, nby,
			    roads_cols, NELEM(roads_cols), &p) != SS_OK)
				return SS_ERR;
		}
	}
	if (ss_rich(ctx) && ss_block(ctx, SS_BLOCK_NOTE, "done_km、invest_yuan"
	    "为截至统计日上报的完成量；length_pct = done_km ÷ plan_km，"
	    "invest_pct = invest_yuan ÷ plan_yuan，超额完成时大于100。"
	    "提级改造与生命防护工程是不同类别的工程，里程和投资不相加。")
	    != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, p.period);
}

/* ---- traffic cleanup ----------------------------------------------- */

static const char *const cleanup_by[] = { "period", "month", "township",
    "county", "road", NULL };

/* Every road that has had a clean-up in the places asked about. */
static const struct group_dim dim_road = {
	.what_zh = "道路", .groups = CLEANUP_ROADS, .key = "g.road",
	.order = { "g.road" }, .labels = { { "road", "g.road" } },
};

static const struct grouped_counts cleanup_counts = {
	.facts = CLEANUP_FACTS, .measures = CLEANUP_MEASURES,
	.by = {
		BY_PERIOD,
		BY_LEDGER_MONTH("f.action_date"),
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		{ "road", &dim_road, "f.road", NULL },
	},
};

static const struct count_column cleanup_cols[] = {
	{ .name = "actions", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "signs_removed", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "signs_area_m2", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "debris_places", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "debris_m3", .kind = COUNT_VALUE, .src = 4 },
	{ .name = "vendors_persuaded", .kind = COUNT_VALUE, .src = 5 },
	{ .name = "leaflets", .kind = COUNT_VALUE, .src = 6 },
};

/* Roadside clean-up actions and what they achieved, grouped. */
static const struct sector_grouped cleanup_command = {
	.choices = cleanup_by, .counts = &cleanup_counts,
	.cols = cleanup_cols, .ncols = NELEM(cleanup_cols),
	.subject_zh = "路域环境整治",
};

/* ---- the grouped commands' run functions --------------------------- */

/* traffic overload: the overload table above, and how over-limit is
 * decided, in the words of the limit tables it is decided from. */
static int
traffic_overload(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct ss_stmt	*st;
	int		 rc;

	if (sector_grouped_run(ctx, args, SECTOR, &overload_command) != SS_OK)
		return SS_ERR;
	if (!ss_rich(ctx))
		return SS_OK;
	if ((st = ss_prepare(ctx, OVERLOAD_LIMITS_NOTE, SS_NO_PARAMS)) == NULL)
		return SS_ERR;
	rc = ss_step(st);
	if (rc == 1 && ss_column(st, 0).type == SS_TEXT)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "%s", ss_column(st, 0).u.s) ==
		    SS_OK ? 0 : -1;
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* traffic cases: the cases table above. */
static int
traffic_cases(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &cases_command);
}

/* traffic vehicles: the vehicles table above, or its list of checks. */
static int
traffic_vehicles(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &vehicles_command);
}

/* traffic cleanup: the cleanup table above. */
static int
traffic_cleanup(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &cleanup_command);
}

/* ---- traffic hazards ----------------------------------------------- */

/* The transport sector's hazards (roads, transport units). */
static int
traffic_hazards(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_hazards_run(ctx, args, SECTOR, "道路交通");
}

/* ---- the command table --------------------------------------------- */

static const struct ss_option summary_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the hazards rectified and open, the key "
	    "vehicles in service and the road work done"),
	{ .name = NULL }
};
static const struct ss_option overload_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_BY_OPTION(overload_by, "one row for the period (default), or by "
	    "month, township, county, operation or axles"),
	{ .name = NULL }
};
static const struct ss_option cases_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_BY_OPTION(cases_by, "by kind (default), month, township or county"),
	{ .name = NULL }
};
static const struct ss_option vehicles_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the vehicles in service, their age and "
	    "the fire hazards fixed"),
	SECTOR_BY_OPTION(vehicles_by, "by class (default), township or county"),
	{ .name = "checks", .type = SS_OPT_FLAG, .help = "list each bus "
	  "fire check of the period and what it found" },
	{ .name = NULL }
};
static const struct ss_option roads_options[] = {
	PERIOD_OPTIONS, FILTER_COUNTY_OPTION,
	SECTOR_AS_OF_OPTION("count the road work reported done"),
	SECTOR_BY_OPTION(roads_by, "each project (default), or by kind or "
	    "county; kinds of work are never added together"),
	{ .name = NULL }
};
static const struct ss_option cleanup_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_BY_OPTION(cleanup_by, "one row for the period (default), or by "
	    "month, township, county or road"),
	{ .name = NULL }
};
static const struct ss_option hazards_options[] = {
	SECTOR_HAZARDS_OPTIONS,
	{ .name = NULL }
};

static const char *const summary_examples[] = {
	"traffic summary --year 2023",
	"traffic summary --year 2023 --township 城关镇",
	"traffic summary --quarter 2024Q2 --format json", NULL
};
static const char *const overload_examples[] = {
	"traffic overload --year 2023 --by month",
	"traffic overload --year 2023",
	"traffic overload --year 2023 --by axles",
	"traffic overload --from 2021-01-01 --to 2025-12-31 --by township",
	NULL
};
static const char *const cases_examples[] = {
	"traffic cases --year 2023",
	"traffic cases --year 2023 --by month --format csv", NULL
};
static const char *const vehicles_examples[] = {
	"traffic vehicles --year 2023",
	"traffic vehicles --year 2023 --checks",
	"traffic vehicles --by township --as-of 2025-06-30", NULL
};
static const char *const roads_examples[] = {
	"traffic roads --year 2023",
	"traffic roads --year 2023 --by kind",
	"traffic roads --year 2024 --as-of 2024-06-30 --by kind", NULL
};
static const char *const cleanup_examples[] = {
	"traffic cleanup --year 2023",
	"traffic cleanup --year 2023 --by township",
	"traffic cleanup --from 2021-01-01 --by road", NULL
};
static const char *const hazards_examples[] = {
	"traffic hazards --year 2023",
	"traffic hazards --year 2023 --by unit",
	"traffic hazards --open --as-of 2024-03-31", NULL
};

static const struct ss_command commands[] = {
	{ .name = "traffic summary",
	  .summary = "road traffic's headline figures for a period",
	  .help = "The figures the annual report quotes, as metric/value "
	  "rows: the sector's hazards found and rectified, illegal cases, "
	  "joint overload operations, freight vehicles weighed and the "
	  "over-limit rate, key vehicles and the bus fire checks, roadside "
	  "clean-up, and the rural road upgrade and life-safety protection "
	  "works against their annual plan (done by the as-of day).",
	  .examples = summary_examples, .options = summary_options,
	  .run = traffic_summary },
	{ .name = "traffic overload",
	  .summary = "freight vehicles weighed and over the limit",
	  .help = "Each weighing of the joint overload operations is over "
	  "the limit when its gross mass exceeds the limit for its axles "
	  "(18 t for 2 axles ... 49 t for 6 or more) or its height, width "
	  "or length exceeds 4 m, 2.55 m, 18.1 m: decided from the limit "
	  "tables of the dataset, strictly above.  rate_pct is over_limit / "
	  "weighed; unloaded_t the goods unloaded, in tonnes.",
	  .examples = overload_examples, .options = overload_options,
	  .run = traffic_overload },
	{ .name = "traffic cases",
	  .summary = "traffic enforcement cases and fines",
	  .help = "Cases of the traffic category (over-limit transport, "
	  "unlicensed passenger service, overcrowding ...) decided in the "
	  "period, with fines in yuan (and 万元 in table output).",
	  .examples = cases_examples, .options = cases_options,
	  .run = traffic_cases },
	{ .name = "traffic vehicles",
	  .summary = "key vehicles (两客一危一重) and bus fire checks",
	  .help = "Tour charter buses, scheduled coaches, dangerous-goods "
	  "vehicles and heavy trucks in service on the as-of day (default: "
	  "the period's end), those 5 years old or more on that day, and "
	  "the spontaneous-combustion checks of the period: vehicles "
	  "checked, checks that found a hazard, hazards fixed by the as-of "
	  "day.  --checks lists each check with the bus's age and what it "
	  "found.",
	  .examples = vehicles_examples, .options = vehicles_options,
	  .run = traffic_vehicles },
	{ .name = "traffic roads",
	  .summary = "road projects against their annual plan",
	  .help = "The 四好农村路 upgrades and life-safety protection works "
	  "planned for the period's years: planned and done km, planned and "
	  "invested yuan, each done as a percentage of plan (over 100 when "
	  "the plan was exceeded).  Work counts when reported by the as-of "
	  "day (default: the period's end).  Upgrades and protection works "
	  "are different kinds of work and are never added together: --by "
	  "kind has no total row, and by project or county each kind is its "
	  "own table with its own total (csv and json: one result set whose "
	  "rows carry the kind).  Projects are the county's: there is no "
	  "township filter.",
	  .examples = roads_examples, .options = roads_options,
	  .run = traffic_roads },
	{ .name = "traffic cleanup",
	  .summary = "roadside clean-up: signs, debris, vendors, leaflets",
	  .help = "Roadside clean-up actions (路域环境整治) of the period: "
	  "illegal non-road signs removed and their area in m², debris "
	  "places cleared and their volume in m³, roadside vendors "
	  "persuaded, leaflets handed out.",
	  .examples = cleanup_examples, .options = cleanup_options,
	  .run = traffic_cleanup },
	{ .name = "traffic hazards",
	  .summary = "the transport sector's hazards, found and rectified",
	  .help = SECTOR_HAZARDS_HELP,
	  .examples = hazards_examples, .options = hazards_options,
	  .run = traffic_hazards },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "traffic",
	.version = PACKAGE_VERSION,
	.summary = "road traffic: overload control, cases, key vehicles, "
	"road projects, clean-up",
	.commands = commands,
};
