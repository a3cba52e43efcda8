/*
 * plugins/county/enforcement.c -- `enforcement`: cases and fines, by
 * sector, department, month, kind of case or place.
 */
#include "config.h"

#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

/* case_kind.category values, and all of them. */
static const char *const categories[] = { "safety", "traffic", "all",
    NULL };
static const char *const category_zh[] = { "安全生产行政处罚",
    "交通违法案件", "执法案件" };

static const char *const enforcement_by[] = { "sector", "department",
    "month", "kind", "township", "county", NULL };

int
county_enforcement_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column measures[] = {
		{ .name = "cases", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "fines_yuan", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "fines_wan", .kind = COUNT_WAN, .src = 1 },
	};
	struct query_params	 p;
	struct filter		 f;
	int			 category = ss_arg_choice(args, "category");
	const struct grouping	*by = grouped_choose(ctx, &query_enforcement,
	    args, enforcement_by, "county");

	if (category < 0)
		category = 0;
	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, strcmp(categories[category], "all") == 0 ?
	    SS_NULL_VALUE : SS_TEXT_VALUE(categories[category]));
	if (scope_title(ctx, &f, category_zh[category],
	    by->dim->what_zh) != SS_OK ||
	    grouped_emit(ctx, &query_enforcement, &by, 1, measures, 3,
	    &p) != SS_OK)
		return SS_ERR;
	if (ss_block(ctx, SS_BLOCK_NOTE, "cases：决定日期在统计期内的案件"
	    "（类别 %s）；fines_yuan 为罚款金额（元），fines_wan 为万元，"
	    "仅表格显示。", categories[category]) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, &f.period);
}

const struct ss_option county_enforcement_options[] = {
	FILTER_OPTIONS,
	FILTER_DEPARTMENT_OPTION,
	{ .name = "category", .short_name = 'c', .type = SS_OPT_ENUM,
	  .choices = categories, .help = "work-safety administrative "
	  "penalties, traffic cases, or both (default: safety)" },
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = enforcement_by, .help = "group by (default: county)" },
	{ .name = NULL }
};

const char county_enforcement_help[] =
	"Counts enforcement cases decided in the period and their fines: "
	"by default the work-safety administrative penalties "
	"(安全生产行政处罚) "
	"that annual reports count, --category traffic for traffic cases, "
	"all for both.  Fines are integer yuan (fines_yuan); tables add "
	"fines_wan in 万元.  --by sector, department (the deciding one), "
	"month, kind of case, township or county; every group prints, zero "
	"rows included, with a total row in tables.";

const char *const county_enforcement_examples[] = {
	"enforcement --year 2023",
	"enforcement --year 2023 --by sector",
	"enforcement --year 2023 --by kind --category all",
	NULL
};
