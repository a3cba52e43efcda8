/*
 * plugins/county/assistance.c -- `assistance`: key enterprises helped by
 * each department (帮扶指导), the departments that helped none included
 * and named.
 */
#include "config.h"

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

static const char *const assistance_by[] = { "department", "township",
    "sector", "month", "county", NULL };

/* Name the groups at zero, and say what the total row adds up: an
 * enterprise two departments helped is in both their rows. */
static int
assistance_notes(struct ss_ctx *ctx, const struct query_params *p,
    const struct grouping *by)
{
	struct ss_stmt	*st;
	long long	 zero, enterprises = 0, visits = 0;
	char		 names[1024];
	int		 rc;

	if (!ss_rich(ctx))
		return SS_OK;
	if (grouped_empty(ctx, &query_assistance, by, p, &zero, names,
	    sizeof names) != SS_OK)
		return SS_ERR;
	if (zero > 0 && ss_block(ctx, SS_BLOCK_NOTE, "帮扶指导重点企业数为0的"
	    "%s（%lld个）：%s。", by->dim->what_zh, zero, names) != SS_OK)
		return SS_ERR;
	st = ss_prepare(ctx, query_assistance_distinct, p->v,
	    query_params_bound(p, query_assistance_distinct));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1) {
		enterprises = ss_column(st, 0).u.i;
		visits = ss_column(st, 1).u.i;
	}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "enterprises：受帮扶指导的重点企业"
	    "（组内去重）；合计行逐组相加，同一企业出现在多个组时重复计数，"
	    "去重后共%lld家、帮扶%lld次。只计监管部门（不含安委办）。",
	    enterprises, visits);
}

int
county_assistance_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column measures[] = {
		{ .name = "enterprises", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "visits", .kind = COUNT_VALUE, .src = 1 },
	};
	struct query_params	 p;
	struct filter		 f;
	const struct grouping	*by = grouped_choose(ctx, &query_assistance,
	    args, assistance_by, "department");

	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	if (scope_title(ctx, &f, "帮扶指导重点企业", by->dim->what_zh) !=
	    SS_OK ||
	    grouped_emit(ctx, &query_assistance, &by, 1, measures, 2,
	    &p) != SS_OK)
		return SS_ERR;
	if (assistance_notes(ctx, &p, by) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, &f.period);
}

const struct ss_option county_assistance_options[] = {
	FILTER_OPTIONS,
	FILTER_DEPARTMENT_OPTION,
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = assistance_by, .help = "group by department, or by the "
	  "enterprise's township, sector, or the month (default: "
	  "department)" },
	{ .name = NULL }
};

const char county_assistance_help[] =
	"Counts the key enterprises (重点企业) each regulating department "
	"helped in the period (帮扶指导; enterprises, distinct) and its "
	"visits.  Every department prints, those at 0 included, and tables "
	"name the departments that helped none and the distinct total (an "
	"enterprise helped by two departments is in both rows).  --township "
	"and --sector are the enterprise's.";

const char *const county_assistance_examples[] = {
	"assistance --year 2023",
	"assistance --year 2024 --by sector",
	NULL
};
