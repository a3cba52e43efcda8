/*
 * plugins/tourism/backtest.c -- `tourism backtest`: forecast every
 * holiday of the years asked from the days before it (the forecaster
 * reads nothing after the origin), and compare with what was counted,
 * next to the seasonal-naive forecast (the same holiday the last time,
 * aligned by day index).
 *
 * Per spot (or holiday, or year) and over all: MAPE of both, bias of the
 * model (total forecast against total counted), and how many counted days
 * fell inside the model's interval.  Days a spot was closed are left out:
 * a forecast is of visitors if open.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/lookup.h"
#include "plugins/common/rate.h"
#include "plugins/tourism/days.h"
#include "plugins/tourism/history.h"
#include "plugins/tourism/tourism.h"

/* What one group of the backtest adds up. */
struct tally {
	char		label[128];
	long long	key;		/* the group's order: spot id, holiday
					   kind, year */
	int		holidays;	/* spot-holidays forecast */
	int		skipped;	/* spot-holidays that could not be */
	long long	days;		/* counted open days compared */
	double		ape, naive_ape;	/* sums of absolute % errors */
	long long	forecast, actual;
	long long	covered;	/* days inside the interval */
};

struct backtest_job {
	int		 first_year, last_year;
	int		 lead;
	double		 level;
	int		 by;
	long long	 spot_id;
	const char	*kind;		/* --holiday's kind, or NULL */
	char		 part_of[40];	/* the merged kind it is part of */
	struct tally	*groups;
	int		 ngroups, cap;
	struct tally	 all;
	int		 reasons[FC_NO_MEMORY + 1];
};

/* The tally of a group, made on first use; NULL when out of memory. */
static struct tally *
group(struct backtest_job *job, long long key, const char *label)
{
	struct tally	*grown;
	int		 i;

	for (i = 0; i < job->ngroups; i++)
		if (job->groups[i].key == key)
			return &job->groups[i];
	if (job->ngroups == job->cap) {
		job->cap = job->cap ? 2 * job->cap : 16;
		grown = realloc(job->groups, (size_t)job->cap * sizeof *grown);
		if (grown == NULL)
			return NULL;
		job->groups = grown;
	}
	memset(&job->groups[job->ngroups], 0, sizeof *grown);
	job->groups[job->ngroups].key = key;
	snprintf(job->groups[job->ngroups].label,
	    sizeof job->groups[job->ngroups].label, "%s", label);
	return &job->groups[job->ngroups++];
}

/* 1 when holiday i of h is one the backtest covers. */
static int
wanted(const struct backtest_job *job, const struct history *h, int i)
{
	const struct fc_holiday	*t = &h->fc_holidays[i];

	if (t->family < 0 || h->holidays[i].year < job->first_year ||
	    h->holidays[i].year > job->last_year ||
	    t->first + t->ndays - 1 > h->last_day)
		return 0;
	return job->kind == NULL ||
	    strcmp(h->holidays[i].kind, job->kind) == 0 ||
	    strcmp(h->holidays[i].kind, job->part_of) == 0;
}

/* Compare one spot-holiday's forecasts with the counts, into tallies. */
static void
score(struct tally *const *into, int ninto, const struct fc_spot *sp,
    const struct fc_holiday *t, const struct fc_day *days,
    const double *naive)
{
	int		 k, i, v;
	long long	 f, lo, hi;
	double		 a;

	for (i = 0; i < ninto; i++)
		into[i]->holidays++;
	for (k = 0; k < t->ndays; k++) {
		int at = t->first + k - sp->first;

		if (at < 0 || at >= sp->ndays ||
		    sp->status[at] != FC_DAY_OPEN || sp->visitors[at] <= 0)
			continue;
		v = sp->visitors[at];
		a = v;
		/* The counts are admissions: compare the forecast demand as
		 * the gate would have let it in. */
		f = llround(fc_admitted(days[k].forecast, days[k].ceiling));
		lo = llround(fc_admitted(days[k].lower, days[k].ceiling));
		hi = llround(fc_admitted(days[k].upper, days[k].ceiling));
		for (i = 0; i < ninto; i++) {
			into[i]->days++;
			into[i]->ape += fabs((double)f - a) / a;
			into[i]->naive_ape += fabs(naive[k] - a) / a;
			into[i]->forecast += f;
			into[i]->actual += v;
			into[i]->covered += lo <= v && v <= hi;
		}
	}
}

/* Backtest one county. */
static int
backtest_county(struct ss_ctx *ctx, const struct history *h,
    struct fc_model *model, void *arg)
{
	struct backtest_job	*job = arg;
	struct fc_day		 days[FC_MAX_DAYS];
	double			 naive[FC_MAX_DAYS];
	struct tally		*into[2];
	char			 label[128];
	int			 i, s, rc, origin;
	long long		 key;

	for (i = 0; i < h->nholidays; i++) {
		const struct fc_holiday *t = &h->fc_holidays[i];

		if (!wanted(job, h, i) || t->ndays > FC_MAX_DAYS)
			continue;
		for (s = 0; s < h->nspots; s++) {
			if (job->spot_id != 0 && h->spots[s].id != job->spot_id)
				continue;
			if (ss_interrupted(ctx))
				return SS_ERR;
			switch (job->by) {
			case BY_SPOT:
				key = h->spots[s].id;
				snprintf(label, sizeof label, "%s",
				    h->spots[s].name_zh);
				break;
			case BY_HOLIDAY:
				/* by kind: the merged golden week apart
				 * from National Day alone */
				key = 2 * t->family + (strcmp(h->holidays[i].kind,
				    "mid_autumn_national_day") == 0);
				snprintf(label, sizeof label, "%s",
				    h->holidays[i].name_zh);
				break;
			default:
				key = h->holidays[i].year;
				snprintf(label, sizeof label, "%d",
				    h->holidays[i].year);
			}
			if ((into[0] = group(job, key, label)) == NULL)
				return ss_error(ctx, "out of memory");
			into[1] = &job->all;
			origin = t->first - job->lead;
			rc = fc_forecast(model, s, i, origin, job->level, days);
			if (rc == FC_OK)
				rc = fc_naive(model, s, i, origin, naive);
			if (rc != FC_OK) {
				into[0]->skipped++;
				job->all.skipped++;
				job->reasons[rc]++;
				continue;
			}
			score(into, 2, &h->fc_spots[s], t, days, naive);
		}
	}
	return SS_OK;
}

/* Order groups by their key. */
static int
compare_groups(const void *pa, const void *pb)
{
	const struct tally	*a = pa, *b = pb;

	return (a->key > b->key) - (a->key < b->key);
}

/* A mean absolute percentage error, one decimal half-up. */
static struct ss_value
mape_value(double sum, long long days)
{
	if (days == 0)
		return SS_NULL_VALUE;
	return SS_REAL_VALUE(floor(1000.0 * sum / (double)days + 0.5) / 10.0);
}

/* Emit one tally as a row. */
static int
tally_row(struct ss_ctx *ctx, const struct tally *t)
{
	return ss_row(ctx, (struct ss_value[]){
	    SS_TEXT_VALUE(t->label), SS_INT_VALUE(t->holidays),
	    SS_INT_VALUE(t->skipped), SS_INT_VALUE(t->days),
	    mape_value(t->ape, t->days), mape_value(t->naive_ape, t->days),
	    SS_INT_VALUE(t->forecast), SS_INT_VALUE(t->actual),
	    change_value(t->forecast, t->actual),
	    SS_INT_VALUE(t->covered), rate_value(t->covered, t->days)});
}

/* Read --years: "2024" or "2023-2025" (default: from the third year of
 * the ledgers, the first with two years of history, to the last). */
static int
years_from_args(struct ss_ctx *ctx, const struct ss_args *args,
    struct backtest_job *job)
{
	const char	*text = ss_arg_text(args, "years");
	int		 first, last, n = 0;

	if (text == NULL) {
		if (lookup_first_ledger_year(ctx, &first) != SS_OK ||
		    lookup_last_ledger_year(ctx, &last) != SS_OK)
			return SS_ERR;
		job->first_year = first + 2 <= last ? first + 2 : last;
		job->last_year = last;
		return SS_OK;
	}
	if (sscanf(text, "%4d-%4d%n", &first, &last, &n) == 2 &&
	    text[n] == '\0' && n == 9)
		;
	else if (sscanf(text, "%4d%n", &first, &n) == 1 && text[n] == '\0' &&
	    n == 4)
		last = first;
	else
		return ss_error(ctx, "bad year range '%s' (give YYYY or "
		    "YYYY-YYYY, e.g. 2023-2025)", text);
	if (first < 1900 || last > 2100 || first > last)
		return ss_error(ctx, "bad year range '%s' (the first year must "
		    "not be after the last)", text);
	job->first_year = first;
	job->last_year = last;
	return SS_OK;
}

/* The kind a --holiday kind is part of in merged years ("" if none). */
static int
merged_kind(struct ss_ctx *ctx, const char *kind, char *out, size_t size)
{
	struct ss_stmt	*st;
	int		 rc;

	out[0] = '\0';
	st = ss_prepare(ctx, "SELECT part_of FROM period_kind WHERE code = ?1",
	    SS_PARAMS(SS_TEXT_VALUE(kind)));
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1 && ss_column(st, 0).type == SS_TEXT)
		snprintf(out, size, "%s", ss_column(st, 0).u.s);
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
tourism_backtest(struct ss_ctx *ctx, const struct ss_args *args)
{
	struct ss_column	 cols[] = {
		{ "spot", SS_TEXT, 0, 0 }, { "holidays", SS_INT, 0, 0 },
		{ "skipped", SS_INT, 0, 0 }, { "days", SS_INT, 0, 0 },
		{ "mape_pct", SS_REAL, 1, 0 },
		{ "naive_mape_pct", SS_REAL, 1, 0 },
		{ "forecast_visitors", SS_INT, 0, 0 },
		{ "actual_visitors", SS_INT, 0, 0 },
		{ "bias_pct", SS_REAL, 1, 0 }, { "covered_days", SS_INT, 0, 0 },
		{ "coverage_pct", SS_REAL, 1, 0 },
	};
	struct backtest_job	 job;
	struct spot_ref		 spot;
	int			 i, rc, choice;

	memset(&job, 0, sizeof job);
	if (years_from_args(ctx, args, &job) != SS_OK ||
	    spot_from_args(ctx, args, &spot) != SS_OK)
		return SS_ERR;
	job.spot_id = spot.id;
	job.lead = (int)ss_arg_int(args, "lead", 1);
	job.level = ss_arg_int(args, "level", 80) / 100.0;
	job.by = ss_arg_choice(args, "by") < 0 ? BY_SPOT :
	    ss_arg_choice(args, "by");
	if ((choice = ss_arg_choice(args, "holiday")) >= 0) {
		job.kind = holiday_kinds[choice];
		if (merged_kind(ctx, job.kind, job.part_of,
		    sizeof job.part_of) != SS_OK)
			return SS_ERR;
	}
	snprintf(job.all.label, sizeof job.all.label, "all");
	rc = history_each(ctx, spot.county_id, backtest_county, &job);
	if (rc == SS_OK && job.all.holidays == 0) {
		rc = ss_error(ctx, job.all.skipped > 0 ? "too little history to "
		    "forecast any holiday of %d-%d (the first two years only "
		    "teach the model)" : "no holiday of %d-%d has counts to "
		    "compare with", job.first_year, job.last_year);
	}
	if (rc == SS_OK) {
		qsort(job.groups, (size_t)job.ngroups, sizeof *job.groups,
		    compare_groups);
		cols[0].name = backtest_by_choices[job.by];
		if (ss_rich(ctx))
			ss_block(ctx, SS_BLOCK_TITLE, "节假日客流预测回测：%d–%d年，"
			    "提前%d天预测，%.0f%%预测区间", job.first_year,
			    job.last_year, job.lead, job.level * 100);
		rc = ss_begin(ctx, cols, 11);
	}
	for (i = 0; rc == SS_OK && i < job.ngroups; i++)
		rc = tally_row(ctx, &job.groups[i]);
	if (rc == SS_OK)
		rc = tally_row(ctx, &job.all);
	if (rc == SS_OK)
		rc = ss_end(ctx);
	if (rc == SS_OK && ss_rich(ctx)) {
		ss_block(ctx, SS_BLOCK_NOTE, "mape_pct：模型的平均绝对百分比误差；"
		    "naive_mape_pct：季节朴素法（上一次同一节日按第几天对齐的实际客流）"
		    "的误差；bias_pct：预测合计相对实际合计的偏差；coverage_pct："
		    "实际客流落在预测区间内的天数占比。闭园日不计。");
		for (i = 0; i <= FC_NO_MEMORY; i++)
			if (job.reasons[i] > 0)
				ss_block(ctx, SS_BLOCK_NOTE, "%d个景区节假日未能"
				    "预测：%s。", job.reasons[i],
				    forecast_reason_zh(i));
	}
	free(job.groups);
	return rc;
}
