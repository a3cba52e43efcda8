/*
 * tests/plugins/common-demo.c -- a fixture plugin built on plugins/common:
 * one grouped count command over the bundled dataset's hazard ledger, so
 * tests/t0900-plugin-common.sh can check the shared filters, rates and
 * total rows the real plugins rely on.
 */
#include "config.h"

#include <safestat/plugin.h>

#include "plugins/common/counts.h"
#include "plugins/common/filter.h"

SS_PLUGIN_HOST_DEFINE;

/* Found, rectified by the as-of day, rate, and a below-90% flag, by
 * sector with every sector present. */
static int
demo_hazards(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column cols[] = {
		{ .name = "sector", .kind = COUNT_LABEL, .src = 0 },
		{ .name = "sector_zh", .kind = COUNT_LABEL, .src = 1 },
		{ .name = "found", .kind = COUNT_VALUE, .src = 2 },
		{ .name = "rectified", .kind = COUNT_VALUE, .src = 3 },
		{ .name = "rate_pct", .kind = COUNT_RATE, .num = 3, .den = 2 },
		{ .name = "below_90", .kind = COUNT_BELOW, .num = 3, .den = 2,
		  .threshold = 90 },
	};
	struct ss_value	 params[FILTER_NPARAMS];
	struct filter	 f;

	if (filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	filter_bind(&f, params);
	return counts_emit(ctx, cols, 6, 1,
	    "SELECT s.code, s.name_zh, count(h.hazard_id),"
	    " count(CASE WHEN h.rectified_date <= ?7 THEN 1 END)"
	    " FROM sector s LEFT JOIN hazard h ON h.sector = s.code"
	    " AND h.found_date BETWEEN ?1 AND ?2 AND " FILTER_PLACE("h")
	    " WHERE ?5 IS NULL OR s.code = ?5"
	    " GROUP BY s.code ORDER BY s.report_order", params, FILTER_NPARAMS);
}

static const struct ss_option options[] = {
	FILTER_OPTIONS,
	FILTER_AS_OF_OPTION,
	{ .name = NULL }
};

static const char *const examples[] = { "demo hazards --year 2023", NULL };

static const struct ss_command commands[] = {
	{ .name = "demo hazards", .summary = "hazards by sector (fixture)",
	  .options = options, .examples = examples, .run = demo_hazards },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "demo",
	.version = "1.0",
	.summary = "fixture for plugins/common",
	.commands = commands,
};
