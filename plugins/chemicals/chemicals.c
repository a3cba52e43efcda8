/*
 * plugins/chemicals/chemicals.c -- hazardous chemicals (危险化学品): the
 * summary of a year, units by kind with their major hazard
 * installations, the sector's hazards, and the equipment-with-defects
 * checks.  The SQL is in sql.h; grouping, rates and totals come from
 * plugins/common.
 */
#include "config.h"

#include <safestat/plugin.h>

#include "plugins/chemicals/sql.h"
#include "plugins/common/dimensions.h"
#include "plugins/common/metrics.h"
#include "plugins/common/sector-hazards.h"
#include "plugins/common/sector.h"

SS_PLUGIN_HOST_DEFINE;

#define SECTOR		"hazchem"

/* The kinds of hazardous-chemical unit. */
static const struct group_dim dim_unit_kind =
	DIM_CODE_LABEL("kind", "chem_unit.kind", "单位类别");

/* ---- chemicals summary --------------------------------------------- */

/* The year's headline figures: units, installations, hazards, the joint
 * check, the equipment checks, the warning-education meeting. */
static int
chemicals_summary(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct metric units[] = {
		{ "units", "危险化学品单位", METRIC_COUNT, "家", 0, 0, 0 },
		{ "production_units", "生产单位", METRIC_COUNT, "家", 1, 0, 0 },
		{ "storage_units", "储存单位", METRIC_COUNT, "家", 2, 0, 0 },
		{ "trading_units", "经营单位", METRIC_COUNT, "家", 3, 0, 0 },
		{ "use_units", "使用单位", METRIC_COUNT, "家", 4, 0, 0 },
		{ "installations", "重大危险源", METRIC_COUNT, "处", 5, 0, 0 },
		{ "installations_grade_1", "一级重大危险源", METRIC_COUNT,
		  "处", 6, 0, 0 },
		{ "installations_grade_2", "二级重大危险源", METRIC_COUNT,
		  "处", 7, 0, 0 },
		{ "installations_grade_3", "三级重大危险源", METRIC_COUNT,
		  "处", 8, 0, 0 },
		{ "installations_grade_4", "四级重大危险源", METRIC_COUNT,
		  "处", 9, 0, 0 },
	};
	static const struct metric joint[] = {
		{ "joint_inspections", "联合检查", METRIC_COUNT, "次", 0, 0, 0 },
		{ "joint_hazards_found", "联合检查排查隐患", METRIC_COUNT, "项",
		  1, 0, 0 },
		{ "joint_hazards_rectified", "联合检查隐患已整改",
		  METRIC_COUNT, "项", 2, 0, 0 },
		{ "joint_rectified_pct", "联合检查隐患整改率", METRIC_RATE,
		  NULL, 0, 2, 1 },
	};
	static const struct metric checks[] = {
		{ "defect_check_units", "设备带“病”运行专项检查单位",
		  METRIC_COUNT, "家", 0, 0, 0 },
		{ "defects_found", "发现设备带“病”运行问题", METRIC_COUNT, "处",
		  1, 0, 0 },
		{ "defects_fixed", "已整改", METRIC_COUNT, "处", 2, 0, 0 },
		{ "defects_fixed_pct", "整改率", METRIC_RATE, NULL, 0, 2, 1 },
	};
	static const struct metric meetings[] = {
		{ "warning_meetings", "安全生产警示教育会", METRIC_COUNT, "场",
		  0, 0, 0 },
		{ "warning_meeting_month", "首场警示教育会召开月份",
		  METRIC_MONTH, NULL, 1, 0, 0 },
	};
	static const struct summary_counts units_province =
		UNIT_SUMMARY_PROVINCE(SUMMARY_UNIT_SUMMARY_MEASURES);
	static const struct summary_counts units_township =
		UNIT_SUMMARY_TOWNSHIP(SUMMARY_UNIT_SUMMARY_MEASURES);
	static const struct grouped_counts unit_counts = {
		.facts = UNIT_FACTS, .measures = SUMMARY_UNIT_MEASURES,
		.summaries = { &units_province, &units_township },
	};
	static const struct sector_figures figures[] = {
		SECTOR_COUNTED_FIGURES(units, &unit_counts),
		SECTOR_SUMMARY_HAZARDS,
		SECTOR_FIGURES(joint, SUMMARY_JOINT),
		SECTOR_FIGURES(checks, SUMMARY_CHECKS),
		SECTOR_FIGURES(meetings, SUMMARY_MEETINGS),
	};
	static const struct sector_summary summary = {
		.subject_zh = "危险化学品安全主要指标",
		.figures = figures, .n = NELEM(figures),
		.township_note = "警示教育会为全县会议：按乡镇筛选时为空",
	};

	return sector_summary_run(ctx, args, SECTOR, &summary);
}

/* ---- chemicals units ----------------------------------------------- */

static const char *const units_by[] = { "kind", "township", "county",
    NULL };

static const struct summary_counts units_province =
	UNIT_SUMMARY_PROVINCE(UNIT_SUMMARY_MEASURES);
static const struct summary_counts units_township =
	UNIT_SUMMARY_TOWNSHIP(UNIT_SUMMARY_MEASURES);

static const struct grouped_counts units_counts = {
	.facts = UNIT_FACTS, .measures = UNIT_MEASURES,
	.constants = { "?7" },
	.by = {
		{ "kind", &dim_unit_kind, "f.kind", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
	},
	.summaries = { &units_province, &units_township },
};

static const struct count_column units_cols[] = {
	{ .name = "units", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "units_with_installations", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "installations", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "grade_1", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "grade_2", .kind = COUNT_VALUE, .src = 4 },
	{ .name = "grade_3", .kind = COUNT_VALUE, .src = 5 },
	{ .name = "grade_4", .kind = COUNT_VALUE, .src = 6 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 7 },
};

/* Units open on the as-of day and their installations, grouped. */
static const struct sector_grouped units_command = {
	.choices = units_by, .counts = &units_counts,
	.cols = units_cols, .ncols = NELEM(units_cols),
	.subject_zh = "危险化学品单位与重大危险源", .as_of = 1,
	.note = "units为统计日在营的单位；installations为截至统计日已登记的"
	    "重大危险源，grade_1至grade_4为其等级（一级最高）。",
};

/* chemicals units: the units table above. */
static int
chemicals_units(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &units_command);
}

/* ---- chemicals checks ---------------------------------------------- */

static const char *const checks_by[] = { "period", "kind", "township",
    "county", "unit", NULL };

/* The hazardous-chemical units open during the period, each a group. */
static const struct group_dim dim_chem_unit = {
	.what_zh = "单位", .groups = CHEM_UNITS, .key = "g.unit_id",
	.order = { "g.unit_id" },
	.labels = { { "unit_id", "g.unit_id" }, { "unit", "g.name_zh" },
	    { "kind", "g.kind" } },
	.name_label = 1,
};

static const struct grouped_counts checks_counts = {
	.facts = CHECK_FACTS, .measures = CHECK_MEASURES,
	.constants = { "?7" },
	.by = {
		BY_PERIOD,
		{ "kind", &dim_unit_kind, "f.kind", NULL },
		BY_TOWNSHIP_NAMED("f.township_id"),
		BY_COUNTY_NAMED("f.township_id"),
		{ "unit", &dim_chem_unit, "f.unit_id", NULL },
	},
};

static const struct count_column checks_cols[] = {
	{ .name = "checks", .kind = COUNT_VALUE, .src = 0 },
	{ .name = "units_checked", .kind = COUNT_VALUE, .src = 1 },
	{ .name = "defects", .kind = COUNT_VALUE, .src = 2 },
	{ .name = "fixed", .kind = COUNT_VALUE, .src = 3 },
	{ .name = "fixed_pct", .kind = COUNT_RATE, .num = 3, .den = 2 },
	{ .name = "unfixed", .kind = COUNT_VALUE, .src = 4 },
	{ .name = "as_of", .kind = COUNT_LABEL, .src = 5 },
};

/* The equipment-with-defects checks, grouped; or, with --defects, each
 * defect found. */
static const struct sector_grouped checks_command = {
	.choices = checks_by, .counts = &checks_counts,
	.cols = checks_cols, .ncols = NELEM(checks_cols),
	.subject_zh = "设备带“病”运行专项检查", .as_of = 1,
	.note = "defects为期内检查发现的问题，fixed为其中截至统计日已整改的，"
	    "unfixed为其余；fixed_pct = fixed ÷ defects。",
	.list_flag = "defects", .list_what = "defects",
	.list_sql = DEFECT_LIST,
	.list_empty = "所选期间的设备检查没有发现带“病”运行问题",
	.list_subject_zh = "设备带“病”运行问题清单", .list_as_of = 1,
};

/* chemicals checks: the checks table above, or its list of defects. */
static int
chemicals_checks(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_grouped_run(ctx, args, SECTOR, &checks_command);
}

/* ---- chemicals hazards --------------------------------------------- */

/* The hazardous-chemicals sector's hazards. */
static int
chemicals_hazards(struct ss_ctx *ctx, const struct ss_args *args)
{
	return sector_hazards_run(ctx, args, SECTOR, "危险化学品");
}

/* ---- the command table --------------------------------------------- */

static const struct ss_option summary_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the units in business, the installations "
	    "registered, the hazards rectified and open and the defects "
	    "fixed"),
	{ .name = NULL }
};
static const struct ss_option units_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the units in business and the "
	    "installations registered"),
	SECTOR_BY_OPTION(units_by, "by kind (default), township or county"),
	{ .name = NULL }
};
static const struct ss_option checks_options[] = {
	PERIOD_OPTIONS, SECTOR_PLACE_OPTIONS,
	SECTOR_AS_OF_OPTION("count the defects fixed"),
	SECTOR_BY_OPTION(checks_by, "one row for the period (default), or by kind, "
	    "township, county or unit"),
	{ .name = "defects", .type = SS_OPT_FLAG, .help = "list each defect "
	  "the checks found and whether it was fixed" },
	{ .name = NULL }
};
static const struct ss_option hazards_options[] = {
	SECTOR_HAZARDS_OPTIONS,
	{ .name = NULL }
};

static const char *const summary_examples[] = {
	"chemicals summary --year 2023",
	"chemicals summary --year 2024 --format json", NULL
};
static const char *const units_examples[] = {
	"chemicals units --year 2023",
	"chemicals units --by township", NULL
};
static const char *const checks_examples[] = {
	"chemicals checks --year 2023",
	"chemicals checks --year 2023 --by unit",
	"chemicals checks --year 2023 --defects", NULL
};
static const char *const hazards_examples[] = {
	"chemicals hazards --year 2023",
	"chemicals hazards --year 2024 --by unit",
	"chemicals hazards --open --level major", NULL
};

static const struct ss_command commands[] = {
	{ .name = "chemicals summary",
	  .summary = "hazardous chemicals' headline figures for a period",
	  .help = "As metric/value rows: units by kind and major hazard "
	  "installations by grade on the as-of day, the sector's hazards, "
	  "the joint inspections of its units and the hazards they found, "
	  "the equipment-with-defects checks (units checked, defects found "
	  "and fixed), and the warning-education meetings with the month of "
	  "the first.",
	  .examples = summary_examples, .options = summary_options,
	  .run = chemicals_summary },
	{ .name = "chemicals units",
	  .summary = "units by kind and their major hazard installations",
	  .help = "Production, storage, trading and use units open on the "
	  "as-of day (default: the period's end), the units with major "
	  "hazard installations, and the installations registered by then "
	  "by grade (1 most severe).",
	  .examples = units_examples, .options = units_options,
	  .run = chemicals_units },
	{ .name = "chemicals checks",
	  .summary = "equipment running with defects (设备带“病”运行) checks",
	  .help = "Checks of the period: units checked, defects found, fixed "
	  "by the as-of day (default: the period's end) with the rate, and "
	  "still unfixed.  --defects lists each defect.",
	  .examples = checks_examples, .options = checks_options,
	  .run = chemicals_checks },
	{ .name = "chemicals hazards",
	  .summary = "the hazardous-chemicals sector's hazards",
	  .help = SECTOR_HAZARDS_HELP,
	  .examples = hazards_examples, .options = hazards_options,
	  .run = chemicals_hazards },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "chemicals",
	.version = PACKAGE_VERSION,
	.summary = "hazardous chemicals: units, installations, hazards, "
	"equipment checks",
	.commands = commands,
};
