/*
 * plugins/common/grouped.c -- build and run a grouped count table
 * (grouped.h).
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/grouped.h"

#define GROUPED_MAX_COLS	32

/* Where a table's counts come from: the ledger's facts, or a summary's. */
struct source {
	const char		*facts;
	const char *const	*measures;
	const char		*keys[2];	/* per grouping */
};

/* A statement being written, in a buffer that grows. */
struct sql {
	char	*text;
	size_t	 len, size;
	int	 failed;	/* out of memory: text is incomplete */
};

/* Append printf-style text, growing the buffer as needed. */
static void SS_PRINTFLIKE(2, 3)
sql_add(struct sql *s, const char *fmt, ...)
{
	va_list	 ap;
	char	*text;
	size_t	 size;
	int	 n;

	if (s->failed)
		return;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		s->failed = 1;
		return;
	}
	if (s->len + (size_t)n + 1 > s->size) {
		size = 2 * (s->len + (size_t)n + 1);
		if ((text = realloc(s->text, size)) == NULL) {
			s->failed = 1;
			return;
		}
		s->text = text;
		s->size = size;
	}
	va_start(ap, fmt);
	vsnprintf(s->text + s->len, s->size - s->len, fmt, ap);
	va_end(ap);
	s->len += (size_t)n;
}

/* The number of label columns of a dimension. */
static int
label_count(const struct group_dim *d)
{
	int	 n = 0;

	while (n < GROUP_MAX_LABELS && d->labels[n].name != NULL)
		n++;
	return n;
}

/* The number of order expressions of a dimension. */
static int
order_count(const struct group_dim *d)
{
	int	 n = 0;

	while (n < GROUP_MAX_ORDER && d->order[n] != NULL)
		n++;
	return n;
}

/* The order of g<i> (made by add_groups): its groups in order, the
 * unassigned one last. */
static void
add_order(struct sql *s, const struct group_dim *d, int i, int more)
{
	int	 j;

	sql_add(s, "%sg%d.k IS NULL", more ? ", " : "", i);
	for (j = 0; j < order_count(d); j++)
		sql_add(s, ", g%d.o%d", i, j);
}

/* The groups of grouping `b` as the FROM item g<i>, with its labels as
 * l0, l1 ..., its key as k and its order as o0, o1 ...; then, unless
 * `assigned_only`, the group of the facts without a key (k NULL: last).
 * (No window function here: it would keep SQLite from indexing the
 * join.) */
static void
add_groups(struct sql *s, const struct grouping *b, int i, int assigned_only)
{
	const struct group_dim	*d = b->dim;
	int			 j, n = label_count(d);

	sql_add(s, "(SELECT ");
	for (j = 0; j < n; j++)
		sql_add(s, "%s AS l%d, ", d->labels[j].sql, j);
	sql_add(s, "%s AS k", d->key);
	for (j = 0; j < order_count(d); j++)
		sql_add(s, ", %s AS o%d", d->order[j], j);
	sql_add(s, " FROM %s g", d->groups);
	if (b->unassigned_zh != NULL && !assigned_only) {
		sql_add(s, " UNION ALL SELECT ");
		for (j = 0; j < n; j++) {
			if (j == d->name_label)
				sql_add(s, "'%s', ", b->unassigned_zh);
			else
				sql_add(s, "NULL, ");
		}
		sql_add(s, "NULL");
		for (j = 0; j < order_count(d); j++)
			sql_add(s, ", NULL");
		sql_add(s, " WHERE %s",
		    d->unassigned_when != NULL ? d->unassigned_when : "1");
	}
	sql_add(s, ") g%d", i);
}

/* The facts of `src` counted once per group of by[0..nby-1], as a (with
 * `hit_only`, just whether a group has any), joined to g0, g1 ... */
static void
add_facts(struct sql *s, const struct source *src, int nby, int hit_only)
{
	int	 i;

	sql_add(s, " LEFT JOIN (SELECT ");
	for (i = 0; i < nby; i++)
		sql_add(s, "%s AS k%d, ", src->keys[i], i);
	if (hit_only)
		sql_add(s, "1 AS hit");
	for (i = 0; !hit_only && i < GROUPED_MAX_MEASURES &&
	    src->measures[i] != NULL; i++)
		sql_add(s, "%s%s AS m%d", i > 0 ? ", " : "", src->measures[i],
		    i);
	sql_add(s, " %s GROUP BY ", src->facts);
	for (i = 0; i < nby; i++)
		sql_add(s, "%sk%d", i > 0 ? ", " : "", i);
	sql_add(s, ") a ON ");
	for (i = 0; i < nby; i++)
		sql_add(s, "%sa.k%d IS g%d.k", i > 0 ? " AND " : "", i, i);
}

/* The key summary `sum` gives grouping `b`, or NULL when it has none. */
static const char *
summary_key(const struct summary_counts *sum, const struct grouping *b)
{
	int	 i;

	for (i = 0; i < GROUPED_MAX_BY && sum->keys[i].by != NULL; i++)
		if (strcmp(sum->keys[i].by, b->by) == 0)
			return sum->keys[i].fact_key;
	return NULL;
}

/* Nonzero when summary `sum` can narrow by every filter p sets. */
static int
summary_filters(const struct summary_counts *sum,
    const struct query_params *p)
{
	static const unsigned bits[] = { SUMMARY_COUNTY, SUMMARY_TOWNSHIP,
	    SUMMARY_SECTOR, SUMMARY_DEPARTMENT };
	size_t	 i;

	/* ?3 .. ?6 (query.h) */
	for (i = 0; i < sizeof bits / sizeof bits[0]; i++)
		if (p->v[2 + i].type != SS_NULL && !(sum->filters & bits[i]))
			return 0;
	return 1;
}

/* Whether a summary answering for `days` answers the period and as-of
 * day of p. */
static int
summary_days_fit(enum summary_days days, const struct query_params *p)
{
	switch (days) {
	case SUMMARY_DAYS_MONTHS_AS_OF:
		return query_monthly(p, 1);
	case SUMMARY_DAYS_MONTHS:
		return query_monthly(p, 0);
	case SUMMARY_DAYS_ANY_PERIOD:
		return 1;
	case SUMMARY_DAYS_AS_OF_ONLY:
		return query_as_of_month_end(p);
	}
	return 0;
}

/* Choose where q's counts by by[0..nby-1] come from (grouped.h): the
 * first summary that answers the question exactly, else the ledger. */
static int
choose_source(struct ss_ctx *ctx, const struct grouped_counts *q,
    const struct grouping *const *by, int nby, const struct query_params *p,
    struct source *src)
{
	const struct summary_counts	*sum;
	int				 i, j, has;

	src->facts = q->facts;
	src->measures = q->measures;
	for (i = 0; i < nby; i++)
		src->keys[i] = by[i]->fact_key;
	for (i = 0; i < GROUPED_MAX_SUMMARIES &&
	    (sum = q->summaries[i]) != NULL; i++) {
		if (!summary_days_fit(sum->days, p) ||
		    (sum->year_before && !query_monthly_year_before(p)) ||
		    !summary_filters(sum, p))
			continue;
		for (j = 0; j < nby && summary_key(sum, by[j]) != NULL; j++)
			;
		if (j < nby)
			continue;
		if ((has = query_summary_readable(ctx, sum->table,
		    !(sum->filters & SUMMARY_COUNTY))) < 0)
			return SS_ERR;
		if (!has)
			continue;
		src->facts = sum->facts;
		src->measures = sum->measures;
		for (j = 0; j < nby; j++)
			src->keys[j] = summary_key(sum, by[j]);
		return SS_OK;
	}
	return SS_OK;
}

/* The statement of the grouped table: labels, measures, constants. */
static void
table_sql(struct sql *s, const struct grouped_counts *q,
    const struct grouping *const *by, int nby, const struct source *src)
{
	int	 i, j, first = 1;

	sql_add(s, "SELECT ");
	for (i = 0; i < nby; i++)
		for (j = 0; j < label_count(by[i]->dim); j++, first = 0)
			sql_add(s, "%sg%d.l%d", first ? "" : ", ", i, j);
	for (i = 0; i < GROUPED_MAX_MEASURES && src->measures[i] != NULL;
	    i++)
		sql_add(s, ", a.m%d", i);
	for (i = 0; i < GROUPED_MAX_CONSTANTS && q->constants[i] != NULL; i++)
		sql_add(s, ", %s", q->constants[i]);
	sql_add(s, " FROM ");
	for (i = 0; i < nby; i++) {
		if (i > 0)
			sql_add(s, " CROSS JOIN ");
		add_groups(s, by[i], i, 0);
	}
	add_facts(s, src, nby, 0);
	sql_add(s, " ORDER BY ");
	for (i = 0; i < nby; i++)
		add_order(s, by[i]->dim, i, i > 0);
}

const struct grouping *
grouped_find(const struct grouped_counts *q, const char *by)
{
	int	 i;

	if (by == NULL)
		return q->by[0].by != NULL ? &q->by[0] : NULL;
	for (i = 0; i < GROUPED_MAX_BY && q->by[i].by != NULL; i++)
		if (strcmp(q->by[i].by, by) == 0)
			return &q->by[i];
	return NULL;
}

const char *
grouped_choice(const struct ss_args *args, const char *const *choices)
{
	int	 i = ss_arg_choice(args, "by");

	return i < 0 ? NULL : choices[i];
}

const struct grouping *
grouped_choose(struct ss_ctx *ctx, const struct grouped_counts *q,
    const struct ss_args *args, const char *const *choices, const char *dflt)
{
	const char		*name = grouped_choice(args, choices);
	const struct grouping	*by;

	if (name == NULL)
		name = dflt;
	if ((by = grouped_find(q, name)) == NULL)
		ss_error(ctx, "no grouping '%s'",
		    name != NULL ? name : "(default)");
	return by;
}

int
grouped_emit(struct ss_ctx *ctx, const struct grouped_counts *q,
    const struct grouping *const *by, int nby,
    const struct count_column *cols, int ncols, const struct query_params *p)
{
	struct count_column	 out[GROUPED_MAX_COLS];
	struct sql		 s = { NULL, 0, 0, 0 };
	struct source		 src;
	int			 i, j, n = 0, total = !q->no_total, rc;

	if (nby < 1 || nby > 2)
		return ss_error(ctx, "cannot group by %d dimensions", nby);
	memset(out, 0, sizeof out);
	for (i = 0; i < nby; i++) {
		total = total && !by[i]->dim->single;
		for (j = 0; j < label_count(by[i]->dim); j++, n++) {
			if (n >= GROUPED_MAX_COLS)
				return ss_error(ctx, "too many columns");
			out[n].name = by[i]->dim->labels[j].name;
			out[n].kind = COUNT_LABEL;
			out[n].src = n;
		}
	}
	if (n + ncols > GROUPED_MAX_COLS)
		return ss_error(ctx, "too many columns (%d)", n + ncols);
	/* The query's columns: the labels, then measures and constants. */
	for (i = 0; i < ncols; i++) {
		out[n + i] = cols[i];
		out[n + i].src += n;
		out[n + i].num += n;
		out[n + i].den += n;
	}
	if (choose_source(ctx, q, by, nby, p, &src) != SS_OK)
		return SS_ERR;
	table_sql(&s, q, by, nby, &src);
	if (s.failed) {
		free(s.text);
		return ss_error(ctx, "out of memory");
	}
	rc = counts_emit(ctx, out, n + ncols, total, s.text, p->v,
	    query_params_bound(p, s.text));
	free(s.text);
	return rc;
}

char *
grouped_total_sql(struct ss_ctx *ctx, const struct grouped_counts *q,
    const struct query_params *p)
{
	struct sql	 s = { NULL, 0, 0, 0 };
	struct source	 src;
	int		 i;

	if (choose_source(ctx, q, NULL, 0, p, &src) != SS_OK)
		return NULL;
	sql_add(&s, "SELECT ");
	for (i = 0; i < GROUPED_MAX_MEASURES && src.measures[i] != NULL; i++)
		sql_add(&s, "%scoalesce(%s, 0)", i > 0 ? ", " : "",
		    src.measures[i]);
	sql_add(&s, " %s", src.facts);
	if (s.failed) {
		free(s.text);
		ss_error(ctx, "out of memory");
		return NULL;
	}
	return s.text;
}

int
grouped_empty(struct ss_ctx *ctx, const struct grouped_counts *q,
    const struct grouping *by, const struct query_params *p,
    long long *count, char *names, size_t size)
{
	struct sql	 s = { NULL, 0, 0, 0 };
	struct source	 src;
	struct ss_stmt	*st;
	struct ss_value	 v;
	int		 rc;

	*count = 0;
	names[0] = '\0';
	if (choose_source(ctx, q, &by, 1, p, &src) != SS_OK)
		return SS_ERR;
	sql_add(&s, "SELECT count(*), group_concat(n, '、') FROM"
	    " (SELECT g0.l%d AS n FROM ", by->dim->name_label);
	add_groups(&s, by, 0, 1);
	add_facts(&s, &src, 1, 1);
	sql_add(&s, " WHERE a.hit IS NULL ORDER BY ");
	add_order(&s, by->dim, 0, 0);
	sql_add(&s, ")");
	if (s.failed) {
		free(s.text);
		return ss_error(ctx, "out of memory");
	}
	st = ss_prepare(ctx, s.text, p->v, query_params_bound(p, s.text));
	free(s.text);
	if (st == NULL)
		return SS_ERR;
	if ((rc = ss_step(st)) == 1) {
		*count = ss_column(st, 0).u.i;
		v = ss_column(st, 1);
		snprintf(names, size, "%s", v.type == SS_TEXT ? v.u.s : "");
	}
	ss_finalize(st);
	return rc < 0 ? SS_ERR : SS_OK;
}

int
grouped_command(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const char *const *choices,
    const struct grouped_counts *q, const struct count_column *cols,
    int ncols)
{
	const struct grouping	*by = grouped_choose(ctx, q, args, choices,
	    NULL);
	struct query_params	 p;
	struct filter		 f;

	if (by == NULL)
		return SS_ERR;
	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK ||
	    grouped_emit(ctx, q, &by, 1, cols, ncols, &p) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, p.period);
}
