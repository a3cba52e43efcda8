/*
 * plugins/common/query.c -- bind the common parameters, count the ones a
 * statement takes, run a listing, and note periods the ledgers do not
 * cover.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "plugins/common/lookup.h"
#include "plugins/common/query.h"

#define QUERY_MAX_COLS	32

void
query_params_init(struct query_params *p, const struct filter *f)
{
	memset(p, 0, sizeof *p);
	filter_bind(f, p->v);
	p->v[QUERY_LABEL_PARAM - 1] = SS_TEXT_VALUE(f->period.label);
	p->n = QUERY_LABEL_PARAM;
	p->period = &f->period;
}

int
query_params_resolve(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, struct filter *f, struct query_params *p)
{
	if (filter_from_args(ctx, args, f) != SS_OK)
		return SS_ERR;
	query_params_init(p, f);
	if (sector != NULL)
		p->v[4] = SS_TEXT_VALUE(sector);
	return SS_OK;
}

void
query_params_add(struct query_params *p, struct ss_value v)
{
	/* A programming error, not a user's: the arrays are fixed. */
	if (p->n < QUERY_MAX_PARAMS)
		p->v[p->n++] = v;
}

int
query_params_count(const char *sql)
{
	const char	*s;
	int		 highest = 0, quoted = 0;

	/* A ?N inside a string literal ('?9') is text, not a parameter. */
	for (s = sql; *s != '\0'; s++) {
		if (*s == '\'')
			quoted = !quoted;
		else if (*s == '?' && !quoted) {
			int	 n = 0;

			while (s[1] >= '0' && s[1] <= '9')
				n = n * 10 + (*++s - '0');
			if (n > highest)
				highest = n;
		}
	}
	return highest;
}

int
query_params_bound(const struct query_params *p, const char *sql)
{
	int	 n = query_params_count(sql);
	int	 max = (int)(sizeof p->v / sizeof p->v[0]);

	return n < max ? n : max;
}

int
query_run(struct ss_ctx *ctx, const char *sql, const struct query_params *p)
{
	return ss_query(ctx, sql, p->v, query_params_bound(p, sql));
}

int
query_list(struct ss_ctx *ctx, const char *sql, const struct query_params *p,
    const char *empty)
{
	struct ss_column	 cols[QUERY_MAX_COLS];
	struct ss_value		 vals[QUERY_MAX_COLS];
	struct ss_stmt		*st;
	int			 n, i, rc, rows = 0;

	st = ss_prepare(ctx, sql, p->v, query_params_bound(p, sql));
	if (st == NULL)
		return SS_ERR;
	n = ss_column_count(st);
	if (n > QUERY_MAX_COLS) {
		ss_finalize(st);
		return ss_error(ctx, "listing has too many columns (%d)", n);
	}
	/* The first row gives the columns their types (for alignment);
	 * an empty listing has text columns. */
	rc = ss_step(st);
	memset(cols, 0, sizeof cols);
	for (i = 0; i < n; i++) {
		cols[i].name = ss_column_name(st, i);
		cols[i].type = rc == 1 ? ss_column(st, i).type : SS_TEXT;
		if (cols[i].type == SS_NULL)
			cols[i].type = SS_TEXT;
		cols[i].scale = -1;
	}
	if (rc >= 0 && ss_begin(ctx, cols, n) != SS_OK)
		rc = -1;
	for (; rc == 1; rc = ss_step(st)) {
		for (i = 0; i < n; i++)
			vals[i] = ss_column(st, i);
		if (ss_row(ctx, vals) != SS_OK) {
			rc = -1;
			break;
		}
		rows++;
	}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	if (rows == 0 && empty != NULL &&
	    ss_block(ctx, SS_BLOCK_NOTE, "%s", empty) != SS_OK)
		return SS_ERR;
	if (ss_end(ctx) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, p->period);
}

/* The date "YYYY-MM-DD" in `v` split into year, month and day; 0 when
 * it is not one. */
static int
split_day(const struct ss_value *v, int *year, int *month, int *day)
{
	char	 extra;

	return v->type == SS_TEXT && strlen(v->u.s) == 10 &&
	    sscanf(v->u.s, "%4d-%2d-%2d%c", year, month, day, &extra) == 3 &&
	    *month >= 1 && *month <= 12;
}

/* The number of days in a month of the Gregorian calendar. */
static int
month_days(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 ||
	    year % 400 == 0))
		return 29;
	return days[month - 1];
}

/* Nonzero when `v` is the last day of its month. */
static int
month_end(const struct ss_value *v)
{
	int	 year, month, day;

	return split_day(v, &year, &month, &day) &&
	    day == month_days(year, month);
}

int
query_whole_months(const char *from, const char *to)
{
	struct ss_value	 first = SS_TEXT_VALUE(from), last = SS_TEXT_VALUE(to);
	int		 year, month, day;

	return split_day(&first, &year, &month, &day) && day == 1 &&
	    month_end(&last);
}

int
query_monthly(const struct query_params *p, int as_of)
{
	if (p->v[0].type != SS_TEXT || p->v[1].type != SS_TEXT ||
	    !query_whole_months(p->v[0].u.s, p->v[1].u.s))
		return 0;
	/* ?2 never passes ?7 (filter.h), so a month-end ?2 and ?7 bound
	 * every count at month ends; ?7 before ?1 would count hazards
	 * found between them as open at the start. */
	return !as_of || (month_end(&p->v[6]) &&
	    strcmp(p->v[6].u.s, p->v[0].u.s) >= 0);
}

int
query_as_of_month_end(const struct query_params *p)
{
	return month_end(&p->v[6]);
}

int
query_monthly_year_before(const struct query_params *p)
{
	int	 year, month, day;

	/* ?1 is a 1st, and the 1st of a month a year earlier is one: only
	 * ?2 can move (SQLite rolls 29 February over into March). */
	return split_day(&p->v[1], &year, &month, &day) &&
	    day == month_days(year - 1, month);
}

int
query_summary_readable(struct ss_ctx *ctx, const char *name, int whole_file)
{
	struct ss_value	 v[2];
	struct ss_stmt	*st;
	int		 rc;

	/* A summary is there to read when the file has it and it is in
	 * step: after another program wrote the ledger it is not
	 * (data/schema.sql, summaries_state).  One without a county counts
	 * every county of the file, where the ledger's statements count the
	 * ledger counties only: the two agree while no other county has a
	 * township (every ledger row's place) or publicity or meetings of
	 * its own. */
	v[0] = SS_TEXT_VALUE(name);
	v[1] = SS_INT_VALUE(whole_file);
	st = ss_prepare(ctx, "SELECT 1 FROM sqlite_master"
	    " WHERE type = 'table' AND name = ?1"
	    " AND (SELECT in_step FROM summaries_state)"
	    " AND (?2 = 0 OR NOT EXISTS (SELECT 1 FROM county c"
	    " WHERE c.ledger = 0 AND (EXISTS (SELECT 1 FROM township t"
	    " WHERE t.county_id = c.county_id)"
	    " OR EXISTS (SELECT 1 FROM publicity p"
	    " WHERE p.county_id = c.county_id)"
	    " OR EXISTS (SELECT 1 FROM meeting m"
	    " WHERE m.county_id = c.county_id))))", v, 2);
	if (st == NULL)
		return -1;
	rc = ss_step(st);
	ss_finalize(st);
	return rc;
}

int
query_coverage_note(struct ss_ctx *ctx, const struct period *period)
{
	char	 first_day[11], last_day[11];
	int	 first, last, known, open_ended;

	/* Machine formats show no notes: spare them the lookups. */
	if (period == NULL || !ss_rich(ctx))
		return SS_OK;
	if (lookup_ledger_years(ctx, &first, &last, &known) != SS_OK)
		return SS_ERR;
	if (!known)
		return ss_block(ctx, SS_BLOCK_NOTE, "数据集中还没有台账记录，"
		    "以上为空或为0");
	snprintf(first_day, sizeof first_day, "%04d-01-01", first);
	snprintf(last_day, sizeof last_day, "%04d-12-31", last);
	/* --from or --to alone leaves the other end open: that is "all the
	 * data up to (from) a day", not a request for years without any. */
	open_ended = strcmp(period->from, "0001-01-01") == 0 ||
	    strcmp(period->to, "9999-12-31") == 0;
	if (strcmp(period->to, first_day) < 0 ||
	    strcmp(period->from, last_day) > 0)
		return ss_block(ctx, SS_BLOCK_NOTE, "台账只有%d–%d年的数据，"
		    "所选期间（%s）没有台账，以上为空或为0", first, last,
		    period->label);
	if (!open_ended && (strcmp(period->from, first_day) < 0 ||
	    strcmp(period->to, last_day) > 0))
		return ss_block(ctx, SS_BLOCK_NOTE, "台账只有%d–%d年的数据，"
		    "所选期间（%s）其余部分没有台账", first, last,
		    period->label);
	return SS_OK;
}
