/*
 * plugins/county/inspections.c -- `inspections`: inspections, those led
 * by the county's leaders, and the hazards they found.
 */
#include "config.h"

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

static const char *const inspections_by[] = { "period", "department",
    "month", "township", "county", NULL };

int
county_inspections_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column measures[] = {
		{ .name = "inspections", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "leader_led", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "hazards_found", .kind = COUNT_VALUE, .src = 2 },
		{ .name = "major_hazards_found", .kind = COUNT_VALUE,
		  .src = 3 },
	};
	struct query_params	 p;
	struct filter		 f;
	int			 leader = ss_arg_has(args, "leader");
	const struct grouping	*by = grouped_choose(ctx, &query_inspections,
	    args, inspections_by, "county");

	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, leader ? SS_INT_VALUE(1) : SS_NULL_VALUE);
	if (scope_title(ctx, &f, leader ? "县领导带队检查" : "安全检查",
	    by->dim->what_zh) != SS_OK ||
	    grouped_emit(ctx, &query_inspections, &by, 1, measures, 4,
	    &p) != SS_OK)
		return SS_ERR;
	if (ss_block(ctx, SS_BLOCK_NOTE, "%sleader_led：县主要领导带队的"
	    "检查；hazards_found、major_hazards_found：这些检查发现并记入"
	    "隐患台账的隐患。", leader ? "仅统计县领导带队检查。" : "") !=
	    SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, &f.period);
}

const struct ss_option county_inspections_options[] = {
	PERIOD_OPTIONS,
	FILTER_TOWNSHIP_OPTION,
	FILTER_COUNTY_OPTION,
	FILTER_DEPARTMENT_OPTION,
	{ .name = "leader", .type = SS_OPT_FLAG, .help = "only the "
	  "inspections led by the county's principal leaders" },
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = inspections_by, .help = "group by key period, "
	  "department, month, township or county (default: county)" },
	{ .name = NULL }
};

const char county_inspections_help[] =
	"Counts the inspections made in the period, those led by the "
	"county's principal leaders (leader_led), and the hazards, and "
	"major hazards, those inspections found.  --leader keeps the "
	"leader-led ones; --by period groups them by the holiday or key "
	"period they were made for (两节, 两会, 五一, 端午 ...), with the "
	"inspections made for none in a row of their own.  Every group "
	"prints, zero rows included, with a total row in tables.";

const char *const county_inspections_examples[] = {
	"inspections --year 2023 --leader --by period",
	"inspections --year 2023 --by department",
	NULL
};
