/*
 * plugins/tourism/flow.c -- `tourism flow`: visitors per spot and period
 * (the whole period, or by day, week, month, year or holiday), the peak
 * day and its load, and the days that reached each warning line.  Every
 * spot has a row for every period the counts cover, zero or not.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/lookup.h"
#include "plugins/common/period.h"
#include "plugins/common/query.h"
#include "plugins/tourism/ladder.h"
#include "plugins/tourism/rows.h"
#include "plugins/tourism/tourism.h"

const char *const flow_by_choices[] = {
	"day", "week", "month", "year", "holiday", NULL
};

/*
 * The days of each grouping, as g(day, period): the days d of the period
 * (?1..?2) with a label for the calendar groupings; the days of the
 * public holidays that fall in the period for "holiday" (a holiday across
 * the period's edge keeps only its days inside, so that periods add up);
 * the whole period as one group (labelled ?4 below) when --by is not
 * given.
 */
#define PERIOD_DAYS \
	"d(day) AS (SELECT ?1 UNION ALL SELECT date(day, '+1 day') FROM d" \
	" WHERE day < ?2), "
#define BY_DAY		PERIOD_DAYS "g(day, period) AS (SELECT day, day FROM d)"
/* weeks from Monday, named by their Monday */
#define BY_WEEK		PERIOD_DAYS "g(day, period) AS (SELECT day," \
	" date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7)" \
	" || ' days') FROM d)"
#define BY_MONTH	PERIOD_DAYS "g(day, period) AS (SELECT day," \
	" substr(day, 1, 7) FROM d)"
#define BY_YEAR_	PERIOD_DAYS "g(day, period) AS (SELECT day," \
	" substr(day, 1, 4) FROM d)"
#define BY_HOLIDAY_	"h(day, period, last) AS (SELECT h.first_day," \
	" h.year || '年' || k.name_zh, h.last_day FROM holiday h" \
	" JOIN period_kind k ON k.code = h.kind AND k.public_holiday = 1" \
	" WHERE h.last_day >= ?1 AND h.first_day <= ?2" \
	" UNION ALL SELECT date(day, '+1 day'), period, last FROM h" \
	" WHERE day < last), g(day, period) AS (SELECT day, period FROM h" \
	" WHERE day BETWEEN ?1 AND ?2)"
#define BY_PERIOD	PERIOD_DAYS "g(day, period) AS (SELECT day, NULL FROM d)"

/* The spot-days of the grouping, then one row per spot and group.  The
 * peak day is the day of most visitors (the first of equals). */
#define FLOW_SELECT(grouping) \
	"WITH RECURSIVE " grouping ", x AS (" \
	" SELECT s.spot_id, s.name_zh, s.daily_capacity AS cap," \
	"  s.warn_yellow_pct AS yellow, s.warn_orange_pct AS orange," \
	"  s.warn_red_pct AS red, g.period, g.day, v.status," \
	"  coalesce(v.visitors, 0) AS n, row_number() OVER (PARTITION BY" \
	"  s.spot_id, g.period ORDER BY coalesce(v.visitors, 0) DESC, g.day)" \
	"  AS rank FROM " SPOT_FROM " CROSS JOIN g" \
	" LEFT JOIN visitor_day v ON v.spot_id = s.spot_id AND v.day = g.day" \
	" WHERE ?3 = 0 OR s.spot_id = ?3)" \
	" SELECT name_zh, coalesce(period, ?4), min(day), max(day)," \
	" coalesce(sum(status = 'open'), 0), sum(n), cap," \
	" max(CASE WHEN rank = 1 AND n > 0 THEN day END), max(n)," \
	" (" LADDER_SQL_TENTHS("max(n)", "cap") ") / 10.0," \
	" sum(" LADDER_SQL_TENTHS("n", "cap") " >= 10 * yellow)," \
	" sum(" LADDER_SQL_TENTHS("n", "cap") " >= 10 * orange)," \
	" sum(" LADDER_SQL_TENTHS("n", "cap") " >= 10 * red)" \
	" FROM x GROUP BY spot_id, period ORDER BY spot_id, min(day)"

/* By the index of --by in flow_by_choices; the last: no --by. */
static const char *const flow_sql[] = {
	FLOW_SELECT(BY_DAY), FLOW_SELECT(BY_WEEK), FLOW_SELECT(BY_MONTH),
	FLOW_SELECT(BY_YEAR_), FLOW_SELECT(BY_HOLIDAY_), FLOW_SELECT(BY_PERIOD),
};

/*
 * The same from summary_visitor_spot (data/schema.sql "Summaries"), for
 * a period of whole months grouped by month, year or not at all: a
 * spot's months hold its days open, visitors, the days that reached each
 * warning line (by the same ladder), its busiest day and how busy.  A
 * day without a count is a day of no visitors, not open, as in the
 * ledger's statement, which a month without a row is as a whole.  The
 * busiest day of a group is the earliest busiest day of its busiest
 * months.  The period's months carry their first and last days, computed
 * once a month rather than once a row: date() on each of a province's
 * 7,824 spot-months was a fifth of the query.
 */
#define PERIOD_MONTHS \
	"m(month, first_day, last_day) AS (SELECT substr(?1, 1, 7)," \
	" substr(?1, 1, 7) || '-01'," \
	" date(substr(?1, 1, 7) || '-01', '+1 month', '-1 day') UNION ALL" \
	" SELECT substr(date(first_day, '+1 month'), 1, 7)," \
	" date(first_day, '+1 month'), date(first_day, '+2 month', '-1 day')" \
	" FROM m WHERE month < substr(?2, 1, 7))"
#define FLOW_MONTHS_SELECT(period) \
	"WITH RECURSIVE " PERIOD_MONTHS ", x AS (" \
	" SELECT s.spot_id, s.name_zh, s.daily_capacity AS cap, " period \
	"  AS period, m.month, m.first_day, m.last_day, v.open_days," \
	"  v.visitors, v.peak_visitors, v.peak_day, v.yellow_days," \
	"  v.orange_days, v.red_days" \
	"  FROM " SPOT_FROM " CROSS JOIN m" \
	"  LEFT JOIN summary_visitor_spot v ON v.month = m.month" \
	"  AND v.spot_id = s.spot_id WHERE ?3 = 0 OR s.spot_id = ?3)," \
	" y AS (SELECT x.*, max(coalesce(x.peak_visitors, 0)) OVER" \
	"  (PARTITION BY x.spot_id, x.period) AS peak FROM x)" \
	" SELECT name_zh, coalesce(period, ?4), min(first_day), max(last_day)," \
	" coalesce(sum(open_days), 0), coalesce(sum(visitors), 0), cap," \
	" min(CASE WHEN peak > 0 AND peak_visitors = peak THEN peak_day END)," \
	" max(peak), (" LADDER_SQL_TENTHS("max(peak)", "cap") ") / 10.0," \
	" coalesce(sum(yellow_days), 0), coalesce(sum(orange_days), 0)," \
	" coalesce(sum(red_days), 0)" \
	" FROM y GROUP BY spot_id, period ORDER BY spot_id, min(month)"

/* By month a group is one summary row: no peak to choose across months
 * (and no sorting for it: a third of the time). */
#define FLOW_EACH_MONTH_SELECT \
	"WITH RECURSIVE " PERIOD_MONTHS \
	" SELECT s.name_zh, m.month, m.first_day, m.last_day," \
	" coalesce(v.open_days, 0), coalesce(v.visitors, 0)," \
	" s.daily_capacity," \
	" CASE WHEN v.peak_visitors > 0 THEN v.peak_day END," \
	" coalesce(v.peak_visitors, 0), (" \
	LADDER_SQL_TENTHS("coalesce(v.peak_visitors, 0)", "s.daily_capacity") \
	") / 10.0, coalesce(v.yellow_days, 0), coalesce(v.orange_days, 0)," \
	" coalesce(v.red_days, 0)" \
	" FROM " SPOT_FROM " CROSS JOIN m" \
	" LEFT JOIN summary_visitor_spot v ON v.month = m.month" \
	" AND v.spot_id = s.spot_id WHERE ?3 = 0 OR s.spot_id = ?3" \
	" ORDER BY s.spot_id, m.month"

/* By the index of --by in flow_by_choices (NULL: the days' statement
 * only); the last: no --by. */
static const char *const flow_months_sql[] = {
	NULL, NULL, FLOW_EACH_MONTH_SELECT,
	FLOW_MONTHS_SELECT("substr(m.month, 1, 4)"), NULL,
	FLOW_MONTHS_SELECT("NULL"),
};

/* Narrow the period to the days the ledger has counts for; *any is 0
 * when they do not meet. */
static int
clamp_to_counts(struct ss_ctx *ctx, struct period *p, int *any)
{
	struct ss_stmt	*st;
	int		 rc;

	*any = 0;
	/* min and max apart: each alone reads one end of the index on day;
	 * together they read all of it (0.2 s on the province). */
	st = ss_prepare(ctx, "SELECT max(?1, (SELECT min(day) FROM visitor_day)),"
	    " min(?2, (SELECT max(day) FROM visitor_day))",
	    SS_PARAMS(SS_TEXT_VALUE(p->from),
	    SS_TEXT_VALUE(p->to)));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1 && ss_column(st, 0).type == SS_TEXT &&
	    ss_column(st, 1).type == SS_TEXT) {
		snprintf(p->from, sizeof p->from, "%s", ss_column(st, 0).u.s);
		snprintf(p->to, sizeof p->to, "%s", ss_column(st, 1).u.s);
		*any = strcmp(p->from, p->to) <= 0;
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
tourism_flow(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct result_column cols[] = {
		{ { "spot", SS_TEXT, 0, 0 }, TOTAL_LABEL },
		{ { "period", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "first_day", SS_TEXT, 0, 0 }, TOTAL_MIN },
		{ { "last_day", SS_TEXT, 0, 0 }, TOTAL_MAX },
		{ { "open_days", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "visitors", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "capacity", SS_INT, 0, 0 }, TOTAL_NONE },
		{ { "peak_day", SS_TEXT, 0, 0 }, TOTAL_NONE },
		{ { "peak_visitors", SS_INT, 0, 0 }, TOTAL_MAX },
		{ { "peak_load_pct", SS_REAL, 1, 0 }, TOTAL_MAX },
		{ { "yellow_days", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "orange_days", SS_INT, 0, 0 }, TOTAL_SUM },
		{ { "red_days", SS_INT, 0, 0 }, TOTAL_SUM },
	};
	struct period	 p;
	struct spot_ref	 spot;
	char		 asked[40];
	struct ss_value	 params[4];
	const char	*sql;
	int		 year, by = ss_arg_choice(args, "by"), any, summary;

	if (lookup_last_ledger_year(ctx, &year) != SS_OK ||
	    period_from_args(ctx, args, year, &p) != SS_OK ||
	    spot_from_args(ctx, args, &spot) != SS_OK)
		return SS_ERR;
	snprintf(asked, sizeof asked, "%s", p.label);
	if (clamp_to_counts(ctx, &p, &any) != SS_OK)
		return SS_ERR;
	if (ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_TITLE, "%s%s景区客流（%s）",
		    spot.id != 0 ? spot.name_zh : "", spot.id != 0 ? " " : "",
		    asked);
	if (!any) {
		/* Columns and no rows: a clear empty result. */
		if (ss_rich(ctx))
			ss_block(ctx, SS_BLOCK_NOTE, "%s没有客流记录。", asked);
		return rows_emit(ctx, ss_prepare(ctx, "SELECT NULL, NULL, NULL,"
		    " NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,"
		    " NULL WHERE 0", SS_NO_PARAMS), cols, 13, "合计");
	}
	/* Whole months read the monthly summary when the file has it. */
	sql = flow_sql[by < 0 ? 5 : by];
	if (flow_months_sql[by < 0 ? 5 : by] != NULL &&
	    query_whole_months(p.from, p.to)) {
		if ((summary = query_summary_readable(ctx,
		    "summary_visitor_spot", 0)) < 0)
			return SS_ERR;
		if (summary)
			sql = flow_months_sql[by < 0 ? 5 : by];
	}
	params[0] = SS_TEXT_VALUE(p.from);
	params[1] = SS_TEXT_VALUE(p.to);
	params[2] = SS_INT_VALUE(spot.id);
	params[3] = SS_TEXT_VALUE(p.label);
	/* The statement by each month names no label (?4). */
	if (rows_emit(ctx, ss_prepare(ctx, sql, params,
	    query_params_count(sql)), cols, 13, "合计") != SS_OK)
		return SS_ERR;
	if (ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_NOTE, "peak_load_pct为峰值日客流占日最大"
		    "承载量的百分比；yellow/orange/red_days为客流达到各景区黄、橙、"
		    "红预警线（含本数，按一位小数计）的天数，高一级的日子也计入低一级。");
	return SS_OK;
}
