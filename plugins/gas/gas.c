/*
 * plugins/gas/gas.c -- town gas (城镇燃气): the summary of a year, users
 * and their gas alarms, home inspections, and the sector's hazards.  The
 * SQL is in sql.h; grouping, rates and totals come from plugins/common.
 */
#include "config.h"

#include <string.h>

#include <safestat/plugin.h>

#include "plugins/common/dimensions.h"
#include "plugins/common/metrics.h"
#include "plugins/common/sector-hazards.h"
#include "plugins/common/sector.h"
#include "plugins/gas/sql.h"

SS_PLUGIN_HOST_DEFINE;

#define SECTOR		"gas"

/* Users grouped by the operator that supplies them. */
static const struct group_dim dim_operator = {
	.what_zh = "燃气经营企业", .groups = GAS_OPERATORS, .key = "g.unit_id",
	.order = { "g.unit_id" },
	.labels = { { "operator_id", "g.unit_id" }, { "operator", "g.name_zh" },
	    { "business", "g.business" } },
	.name_label = 1,
};

/* The kinds of gas user. */
static const struct group_dim dim_user_kind =
	DIM_CODE_LABEL("kind", "gas_user.kind", "用户类别");

/* ---- gas summary --------------------------------------------------- */

/* The year's headline figures: operators, users, alarms, inspections,
 * hazards. */
static int
gas_summary(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct metric operators[] = {
		{ "operators", "燃气经营企业", METRIC_COUNT, "家", 0, 0, 0 },
		{ "piped_operators", "其中管道燃气", METRIC_COUNT, "家", 1,
		  0, 0 },
		{ "bottled_operators", "其中瓶装液化石油气", METRIC_COUNT,
		  "家", 2, 0, 0 },
	};
	static const struct metric users[] = {
		{ "users", "燃气用户", METRIC_COUNT, "户", 0, 0, 0 },
		{ "restaurant_users", "餐饮用户", METRIC_COUNT, "户", 1, 0, 0 },
		{ "resident_users", "居民用户", METRIC_COUNT, "户", 2, 0, 0 },
		{ "institution_users", "机关事业单位用户", METRIC_COUNT, "户",
		  3, 0, 0 },
		{ "restaurant_alarms", "餐饮用户安装可燃气体报警器（正常）",
		  METRIC_COUNT, "户", 4, 0, 0 },
		{ "restaurant_alarm_pct", "餐饮用户报警器覆盖率", METRIC_RATE,
		  NULL, 0, 4, 1 },
	};
	static const struct metric inspections[] = {
		{ "inspections", "入户安检", METRIC_COUNT, "户次", 0, 0, 0 },
		{ "users_inspected", "完成安检用户", METRIC_COUNT, "户", 2, 0,
		  0 },
		{ "inspection_coverage_pct", "入户安检覆盖率", METRIC_RATE,
		  NULL, 0, 2, 1 },
		{ "inspection_hazards", "入户安检发现隐患", METRIC_COUNT, "处",
		  3, 0, 0 },
	};
	static const struct summary_counts users_province =
		USER_SUMMARY_PROVINCE(SUMMARY_USER_SUMMARY_MEASURES);
	static const struct summary_counts users_township =
		USER_SUMMARY_TOWNSHIP(SUMMARY_USER_SUMMARY_MEASURES);
	static const struct grouped_counts user_counts = {
		.facts = USER_FACTS, .measures = SUMMARY_USER_MEASURES,
		.summaries = { &users_province, &users_township },
	};
	static const struct sector_figures figures[] = {
		SECTOR_FIGURES(operators, SUMMARY_OPERATORS),
		SECTOR_COUNTED_FIGURES(users, &user_counts),
		SECTOR_FIGURES(inspections, SUMMARY_INSPECTIONS),
		SECTOR_SUMMARY_HAZARDS,
	};
	static const struct sector_summary summary = {
		.subject_zh = "城镇燃气安全主要指标",
		.figures = figures, .n = NELEM(figures),
		.township_note = "经营企业按全县统计：一家企业为多个乡镇供气",
	};

	return sector_summary_run(ctx, args, SECTOR, &summary);
}

/* ---- gas users ----------------------------------------------------- */

static const char *const users_by[] = { "kind", "township", "county",
    "operator", NULL };

static const struct summary_counts users_province =
	USER_SUMMARY_PROVINCE(USER_SUMMARY_MEASURES);
static const struct summary_counts users_township =
	USER_SUMMARY_TOWNSHIP(USER_SUMMARY_MEASURES);

/* By operator: the ledger only (the summaries have no operator). */
static const struct grouped_counts users_counts = {
	.facts = USER_FACTS, .measures = USER_MEASURES,
	.constants = { "?7" },
	.by = {
		{ "kind", &dim_user_kind, "f.kind", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		{ "operator", &dim_operator, "f.operator_id", NULL },
	},
	.summaries = { &users_province, &users_township },
};

static const struct count_column users_cols[] = {
	{ .name = "users", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "with_alarm", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "coverage_pct", .kind = COUNT_RATE, .num = 1, .den = 0 },
	{ .name = "alarm_faulty", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "no_alarm", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 4 },
};

/* Users and their alarms on the as-of day, grouped; or, with
 * --missing-alarm, the catering users without a working one. */
static const struct sector_grouped users_command = {
	.choices = users_by, .counts = &users_counts,
	.cols = users_cols, .ncols = NELEM(users_cols),
	.subject_zh = "燃气用户可燃气体报警器安装", .as_of = 1,
	.note = "with_alarm为截至统计日已安装且正常工作报警器的用户；"
	    "coverage_pct = with_alarm ÷ users；alarm_faulty为已安装但故障，"
	    "no_alarm为其余（未安装，或统计日后才安装）。餐饮用户必须安装。",
	.list_flag = "missing-alarm", .list_what = "users",
	.list_sql = MISSING_ALARM_LIST,
	.list_empty = "所有餐饮用户均已安装正常工作的可燃气体报警器",
	.list_subject_zh = "未装正常工作报警器的餐饮用户", .list_as_of = 1,
};

/* gas users: the users table above, or its list. */
static int
gas_users(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &users_command);
}

/* ---- gas inspections ----------------------------------------------- */

static const char *const inspections_by[] = { "period", "month", "kind",
    "township", "county", "operator", NULL };

/* Grouped by user: every group's users are its denominator. */
static const struct grouped_counts inspected_user_counts = {
	.facts = INSPECTED_USER_FACTS, .measures = INSPECTED_USER_MEASURES,
	.by = {
		BY_PERIOD,
		{ "kind", &dim_user_kind, "f.kind", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		{ "operator", &dim_operator, "f.operator_id", NULL },
	},
};
static const struct count_column inspected_user_cols[] = {
	{ .name = "inspections", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "completed", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "no_access", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "hazards_found", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "users", .kind = COUNT_VALUE, .src = 4 },
	{ .name = "users_inspected", .kind = COUNT_VALUE, .src = 5 },
	{ .name = "coverage_pct", .kind = COUNT_RATE, .num = 5, .den = 4 },
};

/* By month: inspections only (a user may be inspected in two months). */
static const struct grouped_counts inspection_counts = {
	.facts = INSPECTION_FACTS, .measures = INSPECTION_MEASURES,
	.by = { BY_LEDGER_MONTH("f.inspect_date") },
};
static const struct count_column inspection_cols[] = {
	{ .name = "inspections", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "completed", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "no_access", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "hazards_found", .kind = COUNT_VALUE, .src = 3 },
};

/* Home inspections of the period and how many users they reached. */
static int
gas_inspections(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct sector_grouped by_user = {
		.choices = inspections_by, .counts = &inspected_user_counts,
		.cols = inspected_user_cols,
		.ncols = NELEM(inspected_user_cols),
		.subject_zh = "燃气入户安全检查",
		.note = "completed为完成的检查（正常或发现隐患，不含未入户）；"
		    "coverage_pct = users_inspected ÷ users，users_inspected"
		    "为期内至少完成一次检查的用户。",
	};
	static const struct sector_grouped by_inspection = {
		.choices = inspections_by, .counts = &inspection_counts,
		.cols = inspection_cols, .ncols = NELEM(inspection_cols),
		.subject_zh = "燃气入户安全检查",
		.note = "按月只计检查次数：同一用户可能在几个月各受检一次，"
		    "覆盖率不按月计算。",
	};
	const char	*by = grouped_choice(args, inspections_by);

	return sector_grouped_run(ctx, args, SECTOR,
	    by != NULL && strcmp(by, "month") == 0 ? &by_inspection :
	    &by_user);
}

/* ---- gas hazards --------------------------------------------------- */

/* The gas sector's hazards (operators and users' premises). */
static int
gas_hazards(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_hazards_run(ctx, args, SECTOR, "城镇燃气");
}

/* ---- the command table --------------------------------------------- */

static const struct ss_option summary_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the operators in business, the users with "
	    "a working alarm and the hazards rectified and open"),
	{ .name = NULL }
};
static const struct ss_option users_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the alarms installed and working"),
	SECTOR_BY_OPTION(users_by, "by kind (default), township, county or "
	    "operator"),
	{ .name = "missing-alarm", .type = SS_OPT_FLAG, .help = "list the "
	  "catering users without a working gas alarm" },
	{ .name = NULL }
};
static const struct ss_option inspections_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_BY_OPTION(inspections_by, "one row for the period (default), or by "
	    "month, kind, township, county or operator"),
	{ .name = NULL }
};
static const struct ss_option hazards_options[] = {
	SECTOR_HAZARDS_OPTIONS,
	{ .name = NULL }
};

static const char *const summary_examples[] = {
	"gas summary --year 2023",
	"gas summary --year 2025 --township 城关镇", NULL
};
static const char *const users_examples[] = {
	"gas users --year 2023",
	"gas users --year 2023 --missing-alarm",
	"gas users --by township --as-of 2024-06-30", NULL
};
static const char *const inspections_examples[] = {
	"gas inspections --year 2023",
	"gas inspections --year 2023 --by month",
	"gas inspections --year 2023 --by operator", NULL
};
static const char *const hazards_examples[] = {
	"gas hazards --year 2023",
	"gas hazards --year 2023 --level major",
	"gas hazards --from 2021-01-01 --by month --level major",
	"gas hazards --open", NULL
};

static const struct ss_command commands[] = {
	{ .name = "gas summary",
	  .summary = "town gas's headline figures for a period",
	  .help = "As metric/value rows: gas operators, users by kind, "
	  "catering users with a working combustible-gas alarm and the "
	  "coverage, home inspections and their coverage (users with a "
	  "completed inspection in the period / users), and the sector's "
	  "hazards, general and major (a 0 is a row, not a gap).",
	  .examples = summary_examples, .options = summary_options,
	  .run = gas_summary },
	{ .name = "gas users",
	  .summary = "gas users and their alarms",
	  .help = "Users on the as-of day (default: the period's end): "
	  "with_alarm those with a working alarm installed by then, "
	  "coverage_pct with_alarm / users, then faulty alarms and none.  "
	  "Catering users must have one; --missing-alarm lists those that "
	  "do not, with their last completed inspection.",
	  .examples = users_examples, .options = users_options,
	  .run = gas_users },
	{ .name = "gas inspections",
	  .summary = "home and premises inspections and their coverage",
	  .help = "Inspections of the period (入户安检): visits, completed "
	  "(ok or hazard found), no access, hazards found; and, except by "
	  "month, users, users_inspected (a completed inspection in the "
	  "period) and coverage_pct.",
	  .examples = inspections_examples, .options = inspections_options,
	  .run = gas_inspections },
	{ .name = "gas hazards",
	  .summary = "the gas sector's hazards, found and rectified",
	  .help = SECTOR_HAZARDS_HELP,
	  .examples = hazards_examples, .options = hazards_options,
	  .run = gas_hazards },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "gas",
	.version = PACKAGE_VERSION,
	.summary = "town gas: users and alarms, inspections, hazards",
	.commands = commands,
};
