/*
 * plugins/county/hazards.c -- `hazards`: found, rectified, rate, open and
 * overdue, by level and a grouping, as a cohort or as flows; `hazards
 * overdue` and `hazards open`: the lists to follow up.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

static const char *const levels[] = { "general", "major", "all", NULL };

static const char *const hazards_by[] = { "sector", "township", "finder",
    "department", "month", "unit", "county", NULL };

/* Nonzero for --level all: both levels counted as one. */
static int
all_levels(const struct ss_args *args)
{
	int	 i = ss_arg_choice(args, "level");

	return i >= 0 && strcmp(levels[i], "all") == 0;
}

/* Nonzero for --level major alone. */
static int
major_only(const struct ss_args *args)
{
	int	 i = ss_arg_choice(args, "level");

	return i >= 0 && strcmp(levels[i], "major") == 0;
}

/* The --level chosen as parameter ?9: NULL for both levels. */
static struct ss_value
level_param(const struct ss_args *args)
{
	int	 i = ss_arg_choice(args, "level");

	return i < 0 || all_levels(args) ? SS_NULL_VALUE :
	    SS_TEXT_VALUE(levels[i]);
}

/* Say which definition the figures use, and what the total adds up. */
static int
hazards_notes(struct ss_ctx *ctx, const struct filter *f, int flow,
    int both_levels, int combined)
{
	char	 period[64];
	int	 rc;

	title_period_zh(&f->period, period, sizeof period);
	if (flow)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "口径（basis = flow）："
		    "open_at_start 为%s开始时仍未整改的隐患，found 为期内发现"
		    "的隐患，二者之和 to_rectify 为期内应整改的隐患；rectified "
		    "为期内完成整改的隐患，不论何时发现；rate_pct = rectified ÷ "
		    "to_rectify，不超过100%%；未整改、逾期为截至%s的全部在账"
		    "隐患（逾期：已过整改期限仍未整改）。",
		    period, f->as_of);
	else
		rc = ss_block(ctx, SS_BLOCK_NOTE, "口径（basis = cohort）：%s内"
		    "发现的隐患，截至%s已整改、未整改、逾期（已过整改期限仍未"
		    "整改）的数量；rate_pct = 已整改 ÷ 发现。--flow 改按期内"
		    "整改统计。",
		    period, f->as_of);
	/* filter.h: what is found after the as-of day is not yet known. */
	if (rc == SS_OK && strcmp(f->as_of, f->period.to) < 0)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "截至日%s早于统计期末（%s）："
		    "发现数只计至%s，此后发现的隐患截至该日尚不可知%s。",
		    f->as_of, f->period.to, f->as_of, flow ? "" :
		    "；故 found = rectified + open");
	if (rc == SS_OK && both_levels)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "合计行为一般隐患与重大事故"
		    "隐患之和；整改率按合计数重新计算。");
	if (rc == SS_OK && combined)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "level = all：一般隐患与重大"
		    "事故隐患合并计数，整改率按合并数计算。");
	return rc;
}

int
county_hazards_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	/* queries.h numbers the measures of each basis. */
	static const struct count_column cohort_cols[] = {
		{ .name = "found", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "rectified", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "rate_pct", .kind = COUNT_RATE, .num = 1, .den = 0 },
		{ .name = "open", .kind = COUNT_VALUE, .src = 2 },
		{ .name = "overdue", .kind = COUNT_VALUE, .src = 3 },
		{ .name = "basis", .kind = COUNT_LABEL, .src = 4 },
		{ .name = "as_of", .kind = COUNT_LABEL, .src = 5 },
	};
	static const struct count_column flow_cols[] = {
		{ .name = "open_at_start", .kind = COUNT_VALUE, .src = 4 },
		{ .name = "found", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "to_rectify", .kind = COUNT_VALUE, .src = 5 },
		{ .name = "rectified", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "rate_pct", .kind = COUNT_RATE, .num = 1, .den = 5 },
		{ .name = "open", .kind = COUNT_VALUE, .src = 2 },
		{ .name = "overdue", .kind = COUNT_VALUE, .src = 3 },
		{ .name = "basis", .kind = COUNT_LABEL, .src = 6 },
		{ .name = "as_of", .kind = COUNT_LABEL, .src = 7 },
	};
	struct query_params	 p;
	struct filter		 f;
	int			 flow = ss_arg_has(args, "flow");
	const struct count_column *cols = flow ? flow_cols : cohort_cols;
	int			 ncols = flow ?
	    (int)(sizeof flow_cols / sizeof flow_cols[0]) :
	    (int)(sizeof cohort_cols / sizeof cohort_cols[0]);
	const struct grouped_counts *q = flow ? &query_hazards_flow :
	    &query_hazards_cohort;
	const char		*name = grouped_choice(args, hazards_by);
	const struct grouping	*by[2];

	if (flow && name != NULL && strcmp(name, "month") == 0)
		return ss_error(ctx, "--flow cannot be grouped by month (a "
		    "hazard found in one month may be rectified in another): "
		    "give one month with --month, or leave out --flow");
	by[0] = grouped_find(q, all_levels(args) ? "all_levels" : "level");
	if ((by[1] = grouped_find(q, name != NULL ? name : "county")) == NULL)
		return ss_error(ctx, "no grouping '%s'", name);
	if (filter_from_args(ctx, args, &f) != SS_OK ||
	    scope_check_as_of(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, level_param(args));
	if (scope_title(ctx, &f, flow ? "隐患排查整改（期内流量）" :
	    "隐患排查整改", by[1]->dim->what_zh) != SS_OK ||
	    grouped_emit(ctx, q, by, 2, cols, ncols, &p) != SS_OK)
		return SS_ERR;
	if (hazards_notes(ctx, &f, flow, ss_arg_choice(args, "level") < 0,
	    all_levels(args)) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, &f.period);
}

/* The open hazards, or only the overdue ones: as of --as-of (default:
 * filter.h's rule), found in the period when one is given, else found
 * any time up to the as-of day. */
static int
open_list(struct ss_ctx *ctx, const struct ss_args *args, int overdue_only)
{
	struct query_params	 p;
	struct filter		 f;

	if (filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	if (!period_given(args)) {
		/* Everything found up to the as-of day; without --as-of,
		 * today capped at the data's end (filter.h). */
		if (!ss_arg_has(args, "as-of") &&
		    filter_default_as_of(ctx, NULL, f.as_of) != SS_OK)
			return SS_ERR;
		snprintf(f.period.from, sizeof f.period.from, "0001-01-01");
		snprintf(f.period.to, sizeof f.period.to, "%s", f.as_of);
		f.period.label[0] = '\0';
	}
	if (scope_check_as_of(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, level_param(args));
	query_params_add(&p, overdue_only ? SS_INT_VALUE(1) : SS_NULL_VALUE);
	/* The title names the as-of day: scope_title adds it to a period,
	 * and a list without one reads "截至DAY". */
	if (scope_title(ctx, &f, overdue_only ? "逾期未整改隐患" :
	    "未整改隐患", NULL) != SS_OK ||
	    query_run(ctx, major_only(args) ? query_hazards_open_major :
	    query_hazards_open, &p) != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, overdue_only ?
	    "截至%s仍未整改且已过整改期限的隐患，逾期最久的在前；"
	    "days_overdue = 截至该日超过整改期限的天数。" :
	    "截至%s仍未整改的隐患，发现最早的在前；days_open = 发现至该日的"
	    "天数，"
	    "days_overdue = 超过整改期限的天数（未超期为0）。", f.as_of);
}

int
county_hazards_overdue_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	return open_list(ctx, args, 1);
}

int
county_hazards_open_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	return open_list(ctx, args, 0);
}

/* ------------------------------------------------------------------ */

#define LEVEL_OPTION(what) \
	{ .name = "level", .short_name = 'l', .type = SS_OPT_ENUM, \
	  .choices = levels, .help = what }

const struct ss_option county_hazards_options[] = {
	FILTER_OPTIONS,
	FILTER_DEPARTMENT_OPTION,
	FILTER_AS_OF_OPTION,
	LEVEL_OPTION("general or major hazards, or all: both as one row "
	    "(default: both, one row each)"),
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = hazards_by, .help = "group by this as well as the level "
	  "(default: county)" },
	{ .name = "flow", .type = SS_OPT_FLAG, .help = "count hazards "
	  "rectified within the period whenever found, against those open "
	  "at its start plus those found in it (default: the cohort found "
	  "in the period)" },
	{ .name = NULL }
};

const char county_hazards_help[] =
	"Counts the hazard ledger (隐患台账): for each level (一般隐患, "
	"重大事故隐患; --level all counts both as one, level all) and each "
	"group of --by, the hazards found, those "
	"rectified, the rectification rate (rectified / found, one decimal, "
	"half-up), those still open and those overdue.  By default the "
	"figures are a cohort: hazards found in the period, rectified by the "
	"as-of day (--as-of; default the earliest of the period's last day, "
	"today and the last day the ledgers cover), as the annual report "
	"counts them; an as-of day inside the period counts only what was "
	"found by then, so found = rectified + open.  --flow counts instead "
	"what was rectified within the period whenever found, against what "
	"there was to rectify (open_at_start, the hazards still open when "
	"the period began, plus those found in it: to_rectify; rate_pct = "
	"rectified / to_rectify, never above 100%), and open and overdue "
	"hazards whenever found.  The basis column says which "
	"(cohort or flow) and as_of the day.  Every group prints, zero rows "
	"included; --by department counts the finding department, with the "
	"hazards no department found in a row of their own; --by unit adds "
	"one for hazards of no unit (roads, public places).  --department "
	"keeps the hazards that department found.";

const char *const county_hazards_examples[] = {
	"hazards --year 2023",
	"hazards --year 2023 --level major --by sector",
	"hazards --year 2023 --level major --by finder",
	"hazards --year 2023 --level general --flow",
	"hazards --quarter 2023Q3 --by township --as-of 2024-06-30",
	NULL
};

const struct ss_option county_open_hazards_options[] = {
	FILTER_OPTIONS,
	FILTER_DEPARTMENT_OPTION,
	{ .name = "as-of", .type = SS_OPT_DATE, .help = "list what was "
	  "open on this day (default: today or the data's end, whichever "
	  "comes first; the period's end when sooner)" },
	LEVEL_OPTION("general or major hazards (default: both)"),
	{ .name = NULL }
};

const char county_hazards_overdue_help[] =
	"The closed-loop follow-up list: hazards still open on the as-of day "
	"and past their rectification deadline, most overdue first, with "
	"the days overdue, unit, township, sector, level, description and "
	"deadline, and the as-of day (as_of).  Without a period it lists "
	"everything found up to the as-of day (default: today, or the last "
	"day the ledgers cover when that comes first); with --year, "
	"--quarter, --month or --from/--to only what was found in that "
	"period, as of its last day (or today, or the data's end, when "
	"sooner) unless --as-of says otherwise.";

const char *const county_hazards_overdue_examples[] = {
	"hazards overdue --as-of 2023-12-31 --level major",
	"hazards overdue --year 2023 --township 城关镇",
	NULL
};

const char county_hazards_open_help[] =
	"Hazards still open on the as-of day, found earliest first, with the "
	"days they have been open and the days past their deadline (0 when "
	"not yet due).  The period and --as-of work as for `hazards "
	"overdue`; --level major gives the open major hazards.";

const char *const county_hazards_open_examples[] = {
	"hazards open --level major --as-of 2023-12-31",
	"hazards open --year 2025 --sector gas",
	NULL
};
