/*
 * plugins/county/risk.c -- `risk`: the province's published safety risk
 * index of the ledger counties, with last year's ranks beside.
 */
#include "config.h"

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

int
county_risk_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct query_params	 p;
	struct filter		 f;

	if (filter_from_args(ctx, args, &f) != SS_OK ||
	    scope_years(ctx, args, &f, NULL, 0) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	if (scope_title(ctx, &f, "全省安全风险指数", NULL) != SS_OK ||
	    query_run(ctx, query_risk, &p) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "省安委会办公室公布的数字（非计算"
	    "所得）：score 越高越安全，名次1为最好；*_change = 上年名次 − "
	    "本年名次，正数表示名次上升。");
}

const struct ss_option county_risk_options[] = {
	{ .name = "year", .short_name = 'y', .type = SS_OPT_YEAR,
	  .help = "the (last) year (default: the last ledger year)" },
	SCOPE_YEARS_OPTION,
	FILTER_COUNTY_OPTION,
	{ .name = NULL }
};

const char county_risk_help[] =
	"The safety risk index the province publishes for each county whose "
	"ledgers the dataset holds (published figures, not computed): score "
	"(higher is safer), rank in the province and in the city, and last "
	"year's score and ranks with the change (rank_*_change: last year's "
	"rank minus this year's, positive when the county moved up).  One "
	"row per county and year: --year (default: the last ledger year), "
	"or the --years N years ending with it.";

const char *const county_risk_examples[] = {
	"risk --year 2023",
	"risk --year 2025 --years 5",
	NULL
};
