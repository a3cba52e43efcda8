/*
 * plugins/tourism/predict.c -- `tourism forecast` (one holiday, day by
 * day, against each spot's capacity) and `tourism alerts` (the spot-days
 * of a year that reach a warning line: counted on past days, forecast on
 * days still ahead).
 */
#include "config.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/tourism/days.h"
#include "plugins/tourism/history.h"
#include "plugins/tourism/ladder.h"
#include "plugins/tourism/tourism.h"

/* No --as-of: every count before the holiday may be used. */
#define NO_AS_OF	INT_MAX

/* A forecast rounded to whole visitors, as printed: demand and its
 * interval, and the visitors the gate would admit of it. */
struct spot_forecast {
	int		origin;		/* the last day it was made from */
	int		ndays;
	long long	forecast[FC_MAX_DAYS];
	long long	lower[FC_MAX_DAYS];
	long long	upper[FC_MAX_DAYS];
	long long	admitted[FC_MAX_DAYS];
};

/* Forecast holiday `hol` at spot s from the days up to min(the eve of the
 * holiday, the spot's last count, as_of).  FC_OK or an fc_status. */
static int
forecast_spot(struct fc_model *model, const struct history *h, int s,
    int hol, int as_of, double level, struct spot_forecast *out)
{
	const struct fc_holiday	*t = &h->fc_holidays[hol];
	struct fc_day		 days[FC_MAX_DAYS];
	int			 k, rc;

	out->origin = t->first - 1;
	if (h->spots[s].last_day < out->origin)
		out->origin = h->spots[s].last_day;
	if (as_of < out->origin)
		out->origin = as_of;
	out->ndays = t->ndays;
	if ((rc = fc_forecast(model, s, hol, out->origin, level, days))
	    != FC_OK)
		return rc;
	for (k = 0; k < t->ndays; k++) {
		out->forecast[k] = llround(days[k].forecast);
		out->lower[k] = llround(days[k].lower);
		out->upper[k] = llround(days[k].upper);
		out->admitted[k] = llround(fc_admitted(days[k].forecast,
		    days[k].ceiling));
	}
	return FC_OK;
}

const char *
forecast_reason_zh(int status)
{
	switch (status) {
	case FC_NO_EARLIER:
		return "此前没有同一节日的客流记录";
	case FC_ALWAYS_CLOSED:
		return "此前每逢该节日均闭园";
	case FC_NO_LEVEL:
		return "节前开放日太少，无法估计客流水平";
	case FC_FEW_ERRORS:
		return "以往预测误差太少，无法估计预测区间";
	case FC_BAD_ORIGIN:
		return "预测须在节日开始之前作出";
	default:
		return "内存不足";
	}
}

/* The spots left without a forecast: warned about at once where the
 * output is for scripts (stderr; the rows stay rows), named in notes
 * after the table where it is for people. */
struct skips {
	char	(*notes)[320];
	int	 n, cap;
};

/* Record that spot has no forecast for holiday `hol` of h, and why. */
static void
skip(struct ss_ctx *ctx, struct skips *sk, const char *spot,
    const struct history_holiday *hol, int status)
{
	void	*grown;

	if (!ss_rich(ctx)) {
		ss_warn(ctx, "no forecast for '%s' at %s %d: %s", spot,
		    hol->kind, hol->year, fc_status_text(status));
		return;
	}
	if (sk->n == sk->cap) {
		sk->cap = sk->cap ? 2 * sk->cap : 8;
		if ((grown = realloc(sk->notes, (size_t)sk->cap *
		    sizeof *sk->notes)) == NULL)
			return;
		sk->notes = grown;
	}
	snprintf(sk->notes[sk->n++], sizeof *sk->notes, "%s：%d年%s无预测（%s）。",
	    spot, hol->year, hol->name_zh, forecast_reason_zh(status));
}

/* Emit the notes of the skipped spots and forget them. */
static void
skips_note(struct ss_ctx *ctx, struct skips *sk)
{
	int	i;

	for (i = 0; i < sk->n; i++)
		ss_block(ctx, SS_BLOCK_NOTE, "%s", sk->notes[i]);
	free(sk->notes);
	memset(sk, 0, sizeof *sk);
}

/* ---------------------------------------------------------------- */
/* tourism forecast                                                  */
/* ---------------------------------------------------------------- */

struct forecast_job {
	const char	*kind;		/* holiday_kinds[] */
	const char	*asked;		/* as typed: "national-day" */
	int		 year;
	long long	 spot_id;	/* 0: every spot */
	int		 as_of;		/* day number, or NO_AS_OF */
	double		 level;
	int		 begun;		/* the result set is open */
	int		 rows;
	struct skips	 skipped;
	int		 origin;	/* the latest origin used, for the note */
	int		 pool;		/* past errors behind the interval */
};

/* The forecast rows of one county. */
static int
forecast_county(struct ss_ctx *ctx, const struct history *h,
    struct fc_model *model, void *arg)
{
	static const struct ss_column cols[] = {
		{ "spot", SS_TEXT, 0, 0 }, { "date", SS_TEXT, 0, 0 },
		{ "day", SS_INT, 0, 0 }, { "forecast", SS_INT, 0, 0 },
		{ "lower", SS_INT, 0, 0 }, { "upper", SS_INT, 0, 0 },
		{ "admitted", SS_INT, 0, 0 },
		{ "capacity", SS_INT, 0, 0 }, { "load_pct", SS_REAL, 1, 0 },
		{ "alert", SS_TEXT, 0, 0 },
	};
	struct forecast_job	*job = arg;
	struct spot_forecast	 f;
	int			 hol, s, k, rc;
	char			 date[11];

	if ((hol = history_find_holiday(ctx, h, job->kind, job->year)) < 0)
		return ss_error(ctx, "the calendar has no %s holiday in %d",
		    job->asked, job->year);
	for (s = 0; s < h->nspots; s++) {
		const struct history_spot *sp = &h->spots[s];

		if (job->spot_id != 0 && sp->id != job->spot_id)
			continue;
		rc = forecast_spot(model, h, s, hol, job->as_of, job->level, &f);
		if (rc != FC_OK) {
			if (job->spot_id != 0)
				return ss_error(ctx, "too little history to "
				    "forecast '%s' at %s %d: %s", sp->name_zh,
				    job->asked, job->year, fc_status_text(rc));
			skip(ctx, &job->skipped, sp->name_zh,
			    &h->holidays[hol], rc);
			continue;
		}
		if (!job->begun) {
			if (ss_rich(ctx))
				ss_block(ctx, SS_BLOCK_TITLE, "%d年%s客流预测"
				    "（%.0f%%预测区间）", job->year,
				    h->holidays[hol].name_zh, job->level * 100);
			if (ss_begin(ctx, cols, 10) != SS_OK)
				return SS_ERR;
			job->begun = 1;
		}
		if (f.origin > job->origin)
			job->origin = f.origin;
		job->pool = fc_last_pool_size(model);
		for (k = 0; k < f.ndays; k++) {
			day_to_iso(h->fc_holidays[hol].first + k, date);
			rc = ss_row(ctx, (struct ss_value[]){
			    SS_TEXT_VALUE(sp->name_zh), SS_TEXT_VALUE(date),
			    SS_INT_VALUE(k + 1), SS_INT_VALUE(f.forecast[k]),
			    SS_INT_VALUE(f.lower[k]), SS_INT_VALUE(f.upper[k]),
			    SS_INT_VALUE(f.admitted[k]),
			    SS_INT_VALUE(sp->capacity),
			    rate_value(f.forecast[k], sp->capacity),
			    SS_TEXT_VALUE(ladder_name(ladder_alert(
			    f.forecast[k], sp->capacity, &sp->ladder)))});
			if (rc != SS_OK)
				return SS_ERR;
			job->rows++;
		}
	}
	return SS_OK;
}

/* The first year after the data (or after --as-of) in which the calendar
 * has the holiday: what "the next Mid-Autumn" means. */
static int
next_holiday_year(struct ss_ctx *ctx, const char *kind, const char *as_of,
    int *year)
{
	struct ss_stmt	*st;
	int		 rc;

	st = ss_prepare(ctx, "SELECT min(year) FROM holiday_lookup"
	    " WHERE asked = ?1 AND first_day > coalesce(?2,"
	    " (SELECT max(day) FROM visitor_day))",
	    SS_PARAMS(SS_TEXT_VALUE(kind), SS_TEXT_VALUE(as_of)));
	if (st == NULL)
		return SS_ERR;
	rc = ss_step(st);
	*year = rc == 1 && ss_column(st, 0).type == SS_INT ?
	    (int)ss_column(st, 0).u.i : 0;
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
tourism_forecast(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct forecast_job	 job;
	struct spot_ref		 spot;
	const char		*as_of = ss_arg_text(args, "as-of");
	char			 date[11];
	int			 choice = ss_arg_choice(args, "holiday");

	memset(&job, 0, sizeof job);
	job.kind = holiday_kinds[choice];
	job.asked = holiday_choices[choice];
	job.level = ss_arg_int(args, "level", 80) / 100.0;
	job.as_of = NO_AS_OF;
	job.origin = -1;
	if (as_of != NULL && day_from_iso(as_of, &job.as_of) != 0)
		return ss_error(ctx, "bad date '%s'", as_of);
	if (spot_from_args(ctx, args, &spot) != SS_OK)
		return SS_ERR;
	job.spot_id = spot.id;
	if (ss_arg_has(args, "year"))
		job.year = (int)ss_arg_int(args, "year", 0);
	else if (next_holiday_year(ctx, job.kind, as_of, &job.year) != SS_OK)
		return SS_ERR;
	else if (job.year == 0)
		return ss_error(ctx, "no %s holiday after the data in the "
		    "calendar: give --year", job.asked);
	if (history_each(ctx, spot.county_id, forecast_county, &job) != SS_OK) {
		free(job.skipped.notes);
		return SS_ERR;
	}
	if (!job.begun) {
		free(job.skipped.notes);
		return ss_error(ctx, "too little history to forecast %s %d at "
		    "any spot", job.asked, job.year);
	}
	if (ss_end(ctx) != SS_OK) {
		free(job.skipped.notes);
		return SS_ERR;
	}
	skips_note(ctx, &job.skipped);
	if (ss_rich(ctx) && job.origin >= 0) {
		day_to_iso(job.origin, date);
		ss_block(ctx, SS_BLOCK_NOTE, "预测依据截至%s的客流数据；区间取自"
		    "模型以同样提前量对以往各节假日预测的%d个实际误差的经验分位数"
		    "（见docs/forecasting.md）。", date, job.pool);
		ss_block(ctx, SS_BLOCK_NOTE, "forecast、lower、upper为客流需求"
		    "（想来的游客），可超过承载量；admitted为预计入园人数：景区"
		    "在红线（或历史最高日入园人数）停止售票，入园不超过此数。"
		    "load_pct = forecast ÷ capacity；预警按需求判定：需求达到"
		    "日最大承载量的黄/橙/红线（默认80%%/90%%/100%%，以一位小数"
		    "计）即预警，红色须提前限流、停售门票。");
	}
	return SS_OK;
}

/* ---------------------------------------------------------------- */
/* tourism alerts                                                    */
/* ---------------------------------------------------------------- */

/* One spot-day at or above a warning line. */
struct alert_row {
	long long	spot_id;
	char		spot[128];
	int		day;
	char		holiday[FC_MAX_DAYS];	/* "" on ordinary days */
	int		holiday_day;	/* D1..Dn, 0 on ordinary days */
	int		forecast;	/* 0: counted, 1: forecast */
	long long	visitors;
	long long	upper;		/* forecasts only */
	long long	capacity;
	int		level;		/* enum alert_level */
};

struct alerts_job {
	int			 year;
	long long		 spot_id;
	int			 holidays_only;
	double			 level;
	struct alert_row	*rows;
	int			 nrows, cap;
	struct skips		 skipped;
};

/* Append a row; SS_ERR when out of memory. */
static int
add_alert(struct ss_ctx *ctx, struct alerts_job *job,
    const struct alert_row *row)
{
	struct alert_row	*grown;

	if (job->nrows == job->cap) {
		job->cap = job->cap ? 2 * job->cap : 64;
		grown = realloc(job->rows, (size_t)job->cap * sizeof *grown);
		if (grown == NULL)
			return ss_error(ctx, "out of memory");
		job->rows = grown;
	}
	job->rows[job->nrows++] = *row;
	return SS_OK;
}

/* The counted days of the year (up to each spot's last count) whose load
 * reached the spot's yellow line. */
static int
counted_alerts(struct ss_ctx *ctx, const struct history *h,
    struct alerts_job *job)
{
	struct ss_stmt	*st;
	struct alert_row row;
	char		 from[11], to[11];
	int		 rc, s;

	snprintf(from, sizeof from, "%04d-01-01", job->year);
	snprintf(to, sizeof to, "%04d-12-31", job->year);
	st = ss_prepare(ctx, "SELECT v.spot_id, v.day, v.visitors, k.name_zh,"
	    " CAST(julianday(v.day) - julianday(hd.first_day) AS INTEGER) + 1"
	    " FROM visitor_day v JOIN scenic_spot s ON s.spot_id = v.spot_id"
	    " JOIN township t ON t.township_id = s.township_id"
	    " LEFT JOIN holiday hd ON v.day BETWEEN hd.first_day AND"
	    " hd.last_day AND hd.kind IN (SELECT code FROM period_kind"
	    " WHERE public_holiday = 1)"
	    " LEFT JOIN period_kind k ON k.code = hd.kind"
	    " WHERE t.county_id = ?1 AND v.day BETWEEN ?2 AND ?3"
	    " AND (?4 = 0 OR v.spot_id = ?4)"
	    " AND (?5 = 0 OR hd.kind IS NOT NULL)"
	    " AND " LADDER_SQL_TENTHS("v.visitors", "s.daily_capacity")
	    " >= 10 * s.warn_yellow_pct",
	    SS_PARAMS(SS_INT_VALUE(h->county_id), SS_TEXT_VALUE(from),
	    SS_TEXT_VALUE(to), SS_INT_VALUE(job->spot_id),
	    SS_INT_VALUE(job->holidays_only)));
	if (st == NULL)
		return SS_ERR;
	while ((rc = ss_step(st)) == 1) {
		struct ss_value name = ss_column(st, 3);

		memset(&row, 0, sizeof row);
		if ((s = history_spot_index(h, ss_column(st, 0).u.i)) < 0 ||
		    day_from_iso(ss_column(st, 1).u.s, &row.day) != 0)
			continue;
		row.spot_id = h->spots[s].id;
		snprintf(row.spot, sizeof row.spot, "%s", h->spots[s].name_zh);
		snprintf(row.holiday, sizeof row.holiday, "%s",
		    name.type == SS_TEXT ? name.u.s : "");
		row.holiday_day = ss_column(st, 4).type == SS_INT ?
		    (int)ss_column(st, 4).u.i : 0;
		row.visitors = ss_column(st, 2).u.i;
		row.capacity = h->spots[s].capacity;
		row.level = ladder_alert(row.visitors, row.capacity,
		    &h->spots[s].ladder);
		if (add_alert(ctx, job, &row) != SS_OK) {
			rc = -1;
			break;
		}
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

/* The forecast days of the year: the days of each forecast holiday that
 * come after a spot's last count. */
static int
forecast_alerts(struct ss_ctx *ctx, const struct history *h,
    struct fc_model *model, struct alerts_job *job)
{
	struct spot_forecast	 f;
	struct alert_row	 row;
	int			 hol, s, k, rc, day;

	for (hol = 0; hol < h->nholidays; hol++) {
		const struct fc_holiday *t = &h->fc_holidays[hol];

		if (t->family < 0 || day_year(t->first + t->ndays - 1) <
		    job->year || day_year(t->first) > job->year)
			continue;
		for (s = 0; s < h->nspots; s++) {
			const struct history_spot *sp = &h->spots[s];

			if ((job->spot_id != 0 && sp->id != job->spot_id) ||
			    t->first + t->ndays - 1 <= sp->last_day)
				continue;
			rc = forecast_spot(model, h, s, hol, NO_AS_OF,
			    job->level, &f);
			if (rc != FC_OK) {
				skip(ctx, &job->skipped, sp->name_zh,
				    &h->holidays[hol], rc);
				continue;
			}
			for (k = 0; k < t->ndays; k++) {
				day = t->first + k;
				if (day <= sp->last_day ||
				    day_year(day) != job->year)
					continue;
				memset(&row, 0, sizeof row);
				row.spot_id = sp->id;
				snprintf(row.spot, sizeof row.spot, "%s",
				    sp->name_zh);
				row.day = day;
				snprintf(row.holiday, sizeof row.holiday, "%s",
				    h->holidays[hol].name_zh);
				row.holiday_day = k + 1;
				row.forecast = 1;
				row.visitors = f.forecast[k];
				row.upper = f.upper[k];
				row.capacity = sp->capacity;
				row.level = ladder_alert(row.visitors,
				    row.capacity, &sp->ladder);
				if (row.level != ALERT_NONE &&
				    add_alert(ctx, job, &row) != SS_OK)
					return SS_ERR;
			}
		}
	}
	return SS_OK;
}

/* Collect one county's alerts. */
static int
alerts_county(struct ss_ctx *ctx, const struct history *h,
    struct fc_model *model, void *arg)
{
	struct alerts_job	*job = arg;

	if (counted_alerts(ctx, h, job) != SS_OK)
		return SS_ERR;
	return forecast_alerts(ctx, h, model, job);
}

/* Most severe first, then the heaviest load, then by day and spot. */
static int
compare_alerts(const void *pa, const void *pb)
{
	const struct alert_row	*a = pa, *b = pb;
	long long		 la = rate_tenths(a->visitors, a->capacity);
	long long		 lb = rate_tenths(b->visitors, b->capacity);

	if (a->level != b->level)
		return b->level - a->level;
	if (la != lb)
		return la < lb ? 1 : -1;
	if (a->day != b->day)
		return a->day - b->day;
	return (a->spot_id > b->spot_id) - (a->spot_id < b->spot_id);
}

int
tourism_alerts(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ "spot", SS_TEXT, 0, 0 }, { "date", SS_TEXT, 0, 0 },
		{ "holiday", SS_TEXT, 0, 0 }, { "day", SS_INT, 0, 0 },
		{ "basis", SS_TEXT, 0, 0 }, { "visitors", SS_INT, 0, 0 },
		{ "upper", SS_INT, 0, 0 }, { "capacity", SS_INT, 0, 0 },
		{ "load_pct", SS_REAL, 1, 0 }, { "alert", SS_TEXT, 0, 0 },
	};
	struct alerts_job	 job;
	struct spot_ref		 spot;
	int			 i, rc, last_year, counts[4] = { 0 };
	char			 date[11];

	memset(&job, 0, sizeof job);
	if (spot_from_args(ctx, args, &spot) != SS_OK ||
	    lookup_last_ledger_year(ctx, &last_year) != SS_OK)
		return SS_ERR;
	job.year = (int)ss_arg_int(args, "year", last_year);
	job.spot_id = spot.id;
	job.holidays_only = ss_arg_has(args, "holidays") > 0;
	job.level = ss_arg_int(args, "level", 80) / 100.0;
	if (ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_TITLE, "%d年景区客流预警（已过日期按实际，"
		    "未来节假日按预测）", job.year);
	rc = history_each(ctx, spot.county_id, alerts_county, &job);
	if (rc == SS_OK && job.nrows > 1)
		qsort(job.rows, (size_t)job.nrows, sizeof *job.rows,
		    compare_alerts);
	if (rc == SS_OK)
		rc = ss_begin(ctx, cols, 10);
	for (i = 0; rc == SS_OK && i < job.nrows; i++) {
		const struct alert_row *r = &job.rows[i];

		counts[r->level]++;
		day_to_iso(r->day, date);
		rc = ss_row(ctx, (struct ss_value[]){
		    SS_TEXT_VALUE(r->spot), SS_TEXT_VALUE(date),
		    SS_TEXT_VALUE(r->holiday[0] ? r->holiday : NULL),
		    r->holiday_day ? SS_INT_VALUE(r->holiday_day) :
		    SS_NULL_VALUE,
		    SS_TEXT_VALUE(r->forecast ? "forecast" : "actual"),
		    SS_INT_VALUE(r->visitors),
		    r->forecast ? SS_INT_VALUE(r->upper) : SS_NULL_VALUE,
		    SS_INT_VALUE(r->capacity),
		    rate_value(r->visitors, r->capacity),
		    SS_TEXT_VALUE(ladder_name(r->level))});
	}
	if (rc == SS_OK)
		rc = ss_end(ctx);
	if (rc == SS_OK && ss_rich(ctx))
		ss_block(ctx, SS_BLOCK_NOTE, "共%d个景区日达到预警线：红色%d、"
		    "橙色%d、黄色%d。basis为forecast的行，visitors为预测的客流"
		    "需求（想来的游客，可超过承载量），upper为其预测区间上限；"
		    "预警按需求判定。", job.nrows, counts[ALERT_RED],
		    counts[ALERT_ORANGE], counts[ALERT_YELLOW]);
	if (rc == SS_OK)
		skips_note(ctx, &job.skipped);
	free(job.skipped.notes);
	free(job.rows);
	return rc;
}
