/*
 * plugins/county/accidents.c -- `accidents`: each accident with its grade
 * by Decree 493 at or above a minimum grade, over a period or the last N
 * years; `accidents summary`: counts, deaths, serious injuries and loss,
 * year on year.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/filter.h"
#include "plugins/common/grouped.h"
#include "plugins/county/ledger.h"
#include "plugins/county/queries.h"
#include "plugins/county/scope.h"

/* --min-grade as typed, and the accident_grade code of each. */
static const char *const grades[] = { "general", "larger", "serious",
    "especially-serious", NULL };
static const char *const grade_codes[] = { "general", "larger", "serious",
    "especially_serious" };

/* The Chinese name of a grade without its trailing 事故 ("较大"), for
 * "较大及以上". */
static int
grade_name(struct ss_ctx *ctx, const char *code, char *buf, size_t size)
{
	static const char	 suffix[] = "事故";
	struct ss_stmt		*st;
	size_t			 len;
	int			 rc;

	buf[0] = '\0';
	st = ss_prepare(ctx, query_grade_name, SS_PARAMS(SS_TEXT_VALUE(code)));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1 && ss_column(st, 0).type == SS_TEXT)
		snprintf(buf, size, "%s", ss_column(st, 0).u.s);
	ss_finalize(st);
	len = strlen(buf);
	if (len >= sizeof suffix - 1 &&
	    strcmp(buf + len - (sizeof suffix - 1), suffix) == 0)
		buf[len - (sizeof suffix - 1)] = '\0';
	return rc < 0 ? SS_ERR : SS_OK;
}

/* The number of accidents the list holds. */
static int
accidents_count(struct ss_ctx *ctx, const struct query_params *p,
    long long *n)
{
	struct ss_stmt	*st;
	int		 rc;

	*n = 0;
	st = ss_prepare(ctx, query_accidents_count, p->v,
	    query_params_bound(p, query_accidents_count));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1)
		*n = ss_column(st, 0).u.i;
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* The window the list covers, in every format: a script reads there
 * that "no rows" means none from period_from to period_to (--years
 * clipped to the ledger years), at that minimum grade. */
static int
accidents_window(struct ss_ctx *ctx, const struct filter *f,
    const char *grade_code, long long n)
{
	static const struct ss_column cols[] = {
		{ "period_from", SS_TEXT, -1, 0 },
		{ "period_to", SS_TEXT, -1, 0 },
		{ "min_grade", SS_TEXT, -1, 0 },
		{ "accidents", SS_INT, -1, 0 },
	};
	struct ss_value	 row[4];

	row[0] = SS_TEXT_VALUE(f->period.from);
	row[1] = SS_TEXT_VALUE(f->period.to);
	row[2] = SS_TEXT_VALUE(grade_code);
	row[3] = SS_INT_VALUE(n);
	if (ss_block(ctx, SS_BLOCK_TITLE, "统计窗口") != SS_OK ||
	    ss_begin(ctx, cols, 4) != SS_OK || ss_row(ctx, row) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}

/* Say how many accidents the list holds, "none" being the finding
 * reports make ("三年未发生较大及以上事故") -- but only of the years the
 * ledgers cover -- and how grades are given. */
static int
accidents_notes(struct ss_ctx *ctx, const struct filter *f,
    const struct period *asked, long long n, int min_grade)
{
	char		 period[64], grade[64] = "", above[96] = "";
	char		 bounds[128];
	int		 rc, none;

	if (!ss_rich(ctx))
		return SS_OK;
	if (grade_name(ctx, grade_codes[min_grade], grade,
	    sizeof grade) != SS_OK ||
	    scope_ledger_bounds(ctx, asked, bounds, sizeof bounds,
	    &none) != SS_OK)
		return SS_ERR;
	if (min_grade > 0)
		snprintf(above, sizeof above, "%s及以上", grade);
	title_period_zh(&f->period, period, sizeof period);
	if (none)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "%s没有事故台账记录，无从判断"
		    "是否发生%s生产安全事故。", period, above);
	else if (n == 0)
		rc = ss_block(ctx, SS_BLOCK_NOTE, "%s%s未发生%s生产安全事故。",
		    period, bounds, above);
	else
		rc = ss_block(ctx, SS_BLOCK_NOTE,
		    "%s%s发生%s生产安全事故%lld起。",
		    period, bounds, above, n);
	if (rc != SS_OK)
		return SS_ERR;
	return ss_block(ctx, SS_BLOCK_NOTE, "等级按《生产安全事故报告和调查处理"
	    "条例》（国务院令第493号）第三条：死亡、重伤、直接经济损失任一达到"
	    "即定级，含本数；采用补报期限内最新的数字（figures_date 为其"
	    "报告日）。"
	    "--years N 指截至统计年份的N个完整日历年，限于有台账记录的年份。");
}

int
county_accidents_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct count_column cols[] = {
		{ .name = "accident_id", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "occurred_date", .kind = COUNT_LABEL, .src = 1 },
		{ .name = "grade", .kind = COUNT_LABEL, .src = 2 },
		{ .name = "grade_zh", .kind = COUNT_LABEL, .src = 3 },
		{ .name = "deaths", .kind = COUNT_VALUE, .src = 4 },
		{ .name = "serious_injuries", .kind = COUNT_VALUE, .src = 5 },
		{ .name = "minor_injuries", .kind = COUNT_VALUE, .src = 6 },
		{ .name = "direct_loss_yuan", .kind = COUNT_VALUE, .src = 7 },
		{ .name = "direct_loss_wan", .kind = COUNT_WAN, .src = 7 },
		{ .name = "township", .kind = COUNT_LABEL, .src = 8 },
		{ .name = "township_zh", .kind = COUNT_LABEL, .src = 9 },
		{ .name = "sector", .kind = COUNT_LABEL, .src = 10 },
		{ .name = "sector_zh", .kind = COUNT_LABEL, .src = 11 },
		{ .name = "unit_zh", .kind = COUNT_LABEL, .src = 12 },
		{ .name = "accident_type", .kind = COUNT_LABEL, .src = 13 },
		{ .name = "accident_type_zh", .kind = COUNT_LABEL, .src = 14 },
		{ .name = "figures_date", .kind = COUNT_LABEL, .src = 15 },
		{ .name = "summary", .kind = COUNT_LABEL, .src = 16 },
	};
	struct query_params	 p;
	struct filter		 f;
	struct period		 asked;
	long long		 n;
	int			 min_grade = ss_arg_choice(args, "min-grade");

	if (min_grade < 0)
		min_grade = 0;
	if (filter_from_args(ctx, args, &f) != SS_OK ||
	    scope_years(ctx, args, &f, &asked, 1) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	query_params_add(&p, SS_TEXT_VALUE(grade_codes[min_grade]));
	if (scope_title(ctx, &f, "生产安全事故", NULL) != SS_OK ||
	    counts_emit(ctx, cols, (int)(sizeof cols / sizeof cols[0]), 0,
	    query_accidents, p.v, query_params_bound(&p, query_accidents)) !=
	    SS_OK ||
	    accidents_count(ctx, &p, &n) != SS_OK ||
	    accidents_window(ctx, &f, grade_codes[min_grade], n) != SS_OK)
		return SS_ERR;
	return accidents_notes(ctx, &f, &asked, n, min_grade);
}

static const char *const summary_by[] = { "sector", "month", "township",
    "grade", "county", NULL };

int
county_accidents_summary_run(struct ss_ctx *ctx, const struct ss_args *args)
{
	/* Source columns: 0-3 this period, 4-7 the same a year earlier. */
	static const struct count_column measures[] = {
		{ .name = "accidents", .kind = COUNT_VALUE, .src = 0 },
		{ .name = "accidents_prev", .kind = COUNT_VALUE, .src = 4 },
		{ .name = "accidents_yoy_pct", .kind = COUNT_CHANGE, .num = 0,
		  .den = 4 },
		{ .name = "deaths", .kind = COUNT_VALUE, .src = 1 },
		{ .name = "deaths_prev", .kind = COUNT_VALUE, .src = 5 },
		{ .name = "deaths_yoy_pct", .kind = COUNT_CHANGE, .num = 1,
		  .den = 5 },
		{ .name = "serious_injuries", .kind = COUNT_VALUE, .src = 2 },
		{ .name = "serious_injuries_prev", .kind = COUNT_VALUE,
		  .src = 6 },
		{ .name = "serious_injuries_yoy_pct", .kind = COUNT_CHANGE,
		  .num = 2, .den = 6 },
		{ .name = "direct_loss_yuan", .kind = COUNT_VALUE, .src = 3 },
		{ .name = "direct_loss_wan", .kind = COUNT_WAN, .src = 3 },
		{ .name = "direct_loss_prev_yuan", .kind = COUNT_VALUE,
		  .src = 7 },
		{ .name = "direct_loss_yoy_pct", .kind = COUNT_CHANGE,
		  .num = 3, .den = 7 },
	};
	struct query_params	 p;
	struct filter		 f;
	const struct grouping	*by = grouped_choose(ctx,
	    &query_accident_summary, args, summary_by, "county");

	if (by == NULL || filter_from_args(ctx, args, &f) != SS_OK)
		return SS_ERR;
	query_params_init(&p, &f);
	if (scope_title(ctx, &f, "生产安全事故同比", by->dim->what_zh) !=
	    SS_OK ||
	    grouped_emit(ctx, &query_accident_summary, &by, 1, measures,
	    (int)(sizeof measures / sizeof measures[0]), &p) != SS_OK)
		return SS_ERR;
	if (ss_block(ctx, SS_BLOCK_NOTE, "*_prev 为上年同期（统计期前推"
	    "一年）"
	    "的数字；*_yoy_pct = (本期 − 上年同期) ÷ 上年同期，上年同期为0时不"
	    "计算。事故等级与数字取自 accident_graded（补报期限内最新数字）。") !=
	    SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, &f.period);
}

const struct ss_option county_accidents_options[] = {
	FILTER_OPTIONS,
	SCOPE_YEARS_OPTION,
	{ .name = "min-grade", .short_name = 'g', .type = SS_OPT_ENUM,
	  .choices = grades, .help = "list accidents of this grade or worse "
	  "(default: general, i.e. all)" },
	{ .name = NULL }
};

const char county_accidents_help[] =
	"Each accident of the period with its grade by State Council Decree "
	"493, Art. 3 (一般, 较大, 重大, 特别重大: the most severe grade any of "
	"deaths, serious injuries or direct loss reaches, boundaries "
	"inclusive), on the latest figures reported within the sector's "
	"revision window, as the dataset's view accident_graded gives them.  "
	"--min-grade keeps that grade and worse.  --years N makes the period "
	"the N calendar years ending with --year (default: the last ledger "
	"year), within the years the ledgers cover (--year 2023 --years 10 "
	"is 2021-2023 when the ledgers start in 2021), so `accidents --year "
	"2023 --years 3 --min-grade larger` answers whether there was any "
	"accident of the larger grade or above in 2021-2023: an empty list, "
	"and tables say so in a note.  A second result set, in every "
	"format, gives the window the list covers (period_from, period_to), "
	"the minimum grade and the number of accidents.";

const char *const county_accidents_examples[] = {
	"accidents --year 2023 --years 3",
	"accidents --year 2023 --years 3 --min-grade larger",
	"accidents --years 3 --min-grade larger",
	NULL
};

const struct ss_option county_accidents_summary_options[] = {
	FILTER_OPTIONS,
	{ .name = "by", .short_name = 'b', .type = SS_OPT_ENUM,
	  .choices = summary_by, .help = "group by sector, month, township, "
	  "grade or county (default: county)" },
	{ .name = NULL }
};

const char county_accidents_summary_help[] =
	"Accidents of the period, their deaths, serious injuries and direct "
	"loss (yuan; 万元 in tables), each beside the same figure for the "
	"same period a year earlier (_prev) and the year-on-year change in "
	"percent (_yoy_pct, one decimal, half-up; empty when last year's "
	"figure is 0).  Every group prints, zero rows included, with a "
	"total row in tables.";

const char *const county_accidents_summary_examples[] = {
	"accidents summary --year 2023 --by sector",
	"accidents summary --year 2025 --by grade",
	NULL
};
