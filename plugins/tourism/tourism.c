/*
 * plugins/tourism/tourism.c -- the tourism plugin's face: its commands,
 * their options and help.  The commands live in spots.c, flow.c,
 * predict.c (forecast, alerts), backtest.c and equipment.c; the model in
 * forecast.c (docs/forecasting.md).
 */
#include "config.h"

#include <safestat/plugin.h>

#include "plugins/common/lookup.h"
#include "plugins/common/period.h"
#include "plugins/tourism/history.h"
#include "plugins/tourism/tourism.h"

SS_PLUGIN_HOST_DEFINE;

const char *const backtest_by_choices[] = { "spot", "holiday", "year", NULL };

#define SPOT_OPTION \
	{ .name = "spot", .short_name = 's', .type = SS_OPT_TEXT, \
	  .metavar = "SPOT", .help = "one scenic spot (Chinese or English " \
	  "name, or id)", .values_sql = SPOT_VALUES }
#define LEVEL_OPTION \
	{ .name = "level", .type = SS_OPT_INT, .metavar = "PCT", .min = 50, \
	  .max = 99, .help = "prediction interval level in percent " \
	  "(default 80)" }

static const struct ss_option spots_options[] = {
	{ .name = "township", .short_name = 't', .type = SS_OPT_TEXT,
	  .help = "only the spots of one township",
	  .values_sql = LOOKUP_TOWNSHIP_VALUES },
	{ .name = NULL }
};

static const struct ss_option flow_options[] = {
	SPOT_OPTION,
	PERIOD_OPTIONS,
	{ .name = "by", .type = SS_OPT_ENUM, .choices = flow_by_choices,
	  .help = "one row per spot and day, week (from Monday), month, year "
	  "or public holiday (default: the whole period)" },
	{ .name = NULL }
};

static const struct ss_option forecast_options[] = {
	{ .name = "holiday", .short_name = 'H', .type = SS_OPT_ENUM,
	  .choices = holiday_choices, .flags = SS_OPT_REQUIRED,
	  .help = "the holiday to forecast" },
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .help = "its year (default: the next one after the data)" },
	SPOT_OPTION,
	LEVEL_OPTION,
	{ .name = "as-of", .type = SS_OPT_DATE, .help = "forecast from the "
	  "counts up to this day only (default: all before the holiday)" },
	{ .name = NULL }
};

static const struct ss_option backtest_options[] = {
	{ .name = "years", .type = SS_OPT_TEXT, .metavar = "YYYY-YYYY",
	  .help = "the holidays of these years (default: the third year of "
	  "the ledgers to the last)" },
	{ .name = "holiday", .short_name = 'H', .type = SS_OPT_ENUM,
	  .choices = holiday_choices, .help = "only this holiday" },
	SPOT_OPTION,
	LEVEL_OPTION,
	{ .name = "lead", .type = SS_OPT_INT, .metavar = "DAYS", .min = 1,
	  .max = 730, .help = "forecast this many days before each holiday "
	  "(default 1: from the eve)" },
	{ .name = "by", .type = SS_OPT_ENUM, .choices = backtest_by_choices,
	  .help = "one row per spot (default), holiday or year" },
	{ .name = NULL }
};

static const struct ss_option alerts_options[] = {
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .help = "calendar year (default: the latest year in the data)" },
	SPOT_OPTION,
	{ .name = "holidays", .type = SS_OPT_FLAG,
	  .help = "only days of public holidays" },
	LEVEL_OPTION,
	{ .name = NULL }
};

static const struct ss_option equipment_options[] = {
	{ .name = "overdue", .type = SS_OPT_FLAG,
	  .help = "only equipment whose inspection is overdue" },
	SPOT_OPTION,
	{ .name = "as-of", .type = SS_OPT_DATE,
	  .help = "judge the inspections due and overdue on this day "
	  "(default: today, or the last day of the data if sooner)" },
	{ .name = NULL }
};

static const char *const spots_examples[] = {
	"tourism spots",
	"tourism spots --township 柳河镇",
	NULL
};
static const char *const flow_examples[] = {
	"tourism flow --year 2023 --by holiday",
	"tourism flow --spot 柳河古镇 --from 2023-09-29 --to 2023-10-06 --by day",
	"tourism flow --year 2025 --by month --spot 'Longquan Gorge Rafting'",
	NULL
};
static const char *const forecast_examples[] = {
	"tourism forecast --holiday national-day --year 2026",
	"tourism forecast --holiday mid-autumn --year 2025 --spot 柳河古镇 "
	    "--level 90",
	"tourism forecast --holiday spring-festival",
	NULL
};
static const char *const backtest_examples[] = {
	"tourism backtest --years 2023-2025",
	"tourism backtest --by year",
	"tourism backtest --holiday national-day --lead 30",
	NULL
};
static const char *const alerts_examples[] = {
	"tourism alerts --year 2025 --holidays",
	"tourism alerts --year 2026",
	NULL
};
static const char *const equipment_examples[] = {
	"tourism equipment --overdue --as-of 2025-12-31",
	"tourism equipment --spot 青峰山风景区",
	NULL
};

static const struct ss_command commands[] = {
	{ .name = "tourism spots",
	  .summary = "scenic spots: grade, carrying capacity, warning ladder",
	  .help = "Each spot with its A-grade, approved daily and "
	  "instantaneous carrying capacity (LB/T 034-2014), the warning "
	  "ladder in percent of the daily capacity (yellow, orange, red; "
	  "80/90/100 unless the spot has its own) and how many rides, "
	  "ropeways, boats and vehicles it runs.",
	  .examples = spots_examples, .options = spots_options,
	  .run = tourism_spots },
	{ .name = "tourism flow",
	  .summary = "visitors, peak day and days over each warning line",
	  .help = "Visitors per spot over the period (default: the latest "
	  "year), or per day, week, month, year or public holiday with "
	  "--by: open days, visitors, the peak day, its load in percent of "
	  "the daily capacity, and the days whose load reached the yellow, "
	  "orange and red lines (a line is reached at or above it, the load "
	  "taken to one decimal; an orange day also counts as yellow).  "
	  "Every spot has a row for every period the counts cover.",
	  .examples = flow_examples, .options = flow_options,
	  .run = tourism_flow },
	{ .name = "tourism forecast",
	  .summary = "day-by-day holiday forecast against capacity",
	  .help = "One row per spot and day of the holiday: the forecast "
	  "demand (the median: the visitors who would come, which may pass "
	  "the capacity), the bounds of its prediction interval at --level, "
	  "the visitors the gate would admit (demand up to the red line, or "
	  "the most ever admitted), the daily capacity, the load of demand "
	  "and the warning line it reaches: red means demand reaches the "
	  "line where ticket sales stop.  The model and how it was tested are in "
	  "docs/forecasting.md.  In 2023 and 2025 Mid-Autumn and National Day "
	  "were one 8-day holiday: either name asks for it.  A spot whose "
	  "history cannot support a forecast (no earlier holiday of the kind, "
	  "closed on all of them, too few days) is named with the reason "
	  "instead of given a number.",
	  .examples = forecast_examples, .options = forecast_options,
	  .run = tourism_forecast },
	{ .name = "tourism backtest",
	  .summary = "how past holiday forecasts would have fared",
	  .help = "Forecasts every holiday of the years from the counts "
	  "before it (--lead days before its first day) and compares with "
	  "what was counted: MAPE beside the seasonal-naive forecast (the "
	  "same holiday the last time, aligned by day), bias (total forecast "
	  "against total counted) and the share of days inside the "
	  "prediction interval.  Closed days are left out.  The last row, "
	  "'all', is over every spot-day.",
	  .examples = backtest_examples, .options = backtest_options,
	  .run = tourism_backtest },
	{ .name = "tourism alerts",
	  .summary = "spot-days that reach a warning line, most severe first",
	  .help = "The days of the year whose load reached a spot's yellow, "
	  "orange or red line: counted visitors on days the data covers, "
	  "the forecast demand on days of coming holidays (with its upper "
	  "bound; demand may pass the capacity, and red is demand reaching "
	  "the red line).",
	  .examples = alerts_examples, .options = alerts_options,
	  .run = tourism_alerts },
	{ .name = "tourism equipment",
	  .summary = "rides, ropeways, boats: last inspection, next due",
	  .help = "Every piece of equipment of the spots with its last "
	  "inspection on or before the as-of day, its result, when the next "
	  "is due and whether that has passed; overdue ones first.  The "
	  "as-of day follows the rule of every --as-of (today, or the end of "
	  "the data if sooner: what happened after it is not recorded) and "
	  "is in the title and the as_of column.  A piece "
	  "with no inspection on record is due a year after it was "
	  "commissioned, or unknown (empty) when that was before the ledger "
	  "began.",
	  .examples = equipment_examples, .options = equipment_options,
	  .run = tourism_equipment },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "tourism",
	.version = "1.0",
	.summary = "scenic spots: visitor flow, holiday forecasts against "
	    "capacity, equipment",
	.commands = commands,
};
