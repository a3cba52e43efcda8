/*
 * plugins/county/insurance.c -- `insurance`: safety-liability insurance
 * (安责险) coverage of the units it is mandatory for, with a flag under
 * the report's 50% line; `insurance uninsured`: those units.
 */
#include "config.h"

#include <stdio.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

static const char *const insurance_by[] = { "sector", "township", "county",
    NULL };

int
county_insurance_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column measures[] = {
		{ .name = "mandatory", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "insured", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "uninsured", .kind = COUNT_REST, .num = 1,
		  .den = 0 },
		{ .name = "coverage_pct", .kind = COUNT_RATE, .num = 1,
		  .den = 0 },
		{ .name = "below_50", .kind = COUNT_BELOW, .num = 1, .den = 0,
		  .threshold = 50 },
		{ .name = "as_of", .kind = COUNT_LABEL, .src = 2 },
	};
	struct query_params	 p;
	struct filter		 f;
	const struct grouping	*by = grouped_choose(ctx, &query_insurance,
	    args, insurance_by, "sector");

	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	if (scope_title_on_day(ctx, &f, "安全生产责任保险覆盖率",
	    by->dim->what_zh) != SS_OK ||
	    grouped_emit(ctx, &query_insurance, &by, 1, measures, 6,
	    &p) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "mandatory：%s在营、依规须投保"
	    "安责险"
	    "的单位（强制投保行业领域的单位，及工贸等行业中的金属冶炼单位）；"
	    "insured：当日保单有效；coverage_pct = insured ÷ mandatory；"
	    "below_50 = 1 表示覆盖率低于50%%。", f.as_of);
}

int
county_insurance_uninsured_run(struct ss_ctx *ctx,
    const struct ss_args *args)
{
	struct query_params	 p;
	struct filter		 f;

	if (query_params_resolve(ctx, args, NULL, &f, &p) != SS_OK)
		return SS_ERR;
	if (scope_title_on_day(ctx, &f, "未参保安责险的单位", NULL) != SS_OK ||
	    query_run(ctx, query_uninsured, &p) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "依规须投保、%s在营但当日无有效保单"
	    "的单位；last_policy_end 为此前最后一份保单的到期日（空：此前从未"
	    "投保）。", f.as_of);
}

/* The as-of day is what matters; a period gives it as its last day. */
#define INSURANCE_OPTIONS \
	PERIOD_OPTIONS, FILTER_TOWNSHIP_OPTION, FILTER_COUNTY_OPTION, \
	FILTER_SECTOR_OPTION, \
	{ .name = "as-of", .type = SS_OPT_DATE, .help = "the day coverage " \
	  "is measured on (default: the period's last day, today or the " \
	  "data's end, whichever comes first)" }

const struct ss_option county_insurance_options[] = {
	INSURANCE_OPTIONS,
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = insurance_by, .help = "group by sector, township or "
	  "county (default: sector)" },
	{ .name = NULL }
};

const struct ss_option county_uninsured_options[] = {
	INSURANCE_OPTIONS,
	{ .name = NULL }
};

const char county_insurance_help[] =
	"Safety-liability insurance (安全生产责任保险) coverage on one day: "
	"the units open that day for which it is mandatory (units of the "
	"sectors where the dataset says it is, and metal-smelting units "
	"elsewhere), those with a policy in force that day, coverage_pct "
	"(insured / mandatory, one decimal, half-up) and below_50, 1 when "
	"coverage is under the report's 50% line.  The day is --as-of, or "
	"the last day of the period (--year 2023: 2023-12-31; without a "
	"period, today or the data's end, whichever comes first), and the "
	"title names that day, not a period.  By default one row per "
	"sector where insurance is mandatory for some unit, zero rows "
	"included.";

const char *const county_insurance_examples[] = {
	"insurance --year 2023",
	"insurance --year 2023 --by township --sector transport",
	"insurance --as-of 2024-06-30",
	NULL
};

const char county_insurance_uninsured_help[] =
	"The units for which safety-liability insurance is mandatory, open "
	"on the as-of day, with no policy in force that day: unit, sector, "
	"township, employees, whether it is a metal-smelting unit, and when "
	"its last policy ended (empty: never insured before).  The day is "
	"chosen as for `insurance`.";

const char *const county_insurance_uninsured_examples[] = {
	"insurance uninsured --year 2023 --sector transport",
	"insurance uninsured --as-of 2024-06-30 --township 城关镇",
	NULL
};
