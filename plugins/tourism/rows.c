/*
 * plugins/tourism/rows.c -- rows of a statement out, totals under them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "plugins/tourism/rows.h"

#define MAX_COLUMNS	32

/* Order two values of the same type: <0, 0, >0; 0 also when the types
 * differ (they are not compared). */
static int
compare(struct ss_value a, struct ss_value b)
{
	if (a.type != b.type)
		return 0;
	switch (a.type) {
	case SS_INT:
		return (a.u.i > b.u.i) - (a.u.i < b.u.i);
	case SS_REAL:
		return (a.u.r > b.u.r) - (a.u.r < b.u.r);
	case SS_TEXT:
		return strcmp(a.u.s, b.u.s);
	default:
		return 0;
	}
}

/* Fold value v into the running total t of a column. */
static void
fold(struct ss_value *t, struct ss_value v, enum total_kind kind)
{
	int	c;

	if (v.type == SS_NULL)
		return;
	if (kind == TOTAL_SUM) {
		if (v.type == SS_INT)
			*t = SS_INT_VALUE((t->type == SS_INT ? t->u.i : 0) +
			    v.u.i);
		return;
	}
	if (kind != TOTAL_MIN && kind != TOTAL_MAX)
		return;
	c = compare(v, *t);
	if (t->type != SS_NULL && (kind == TOTAL_MAX ? c <= 0 : c >= 0))
		return;
	if (t->type == SS_TEXT)
		free((char *)t->u.s);
	*t = v;
	if (v.type == SS_TEXT && (t->u.s = strdup(v.u.s)) == NULL)
		*t = SS_NULL_VALUE;
}

int
rows_emit(struct ss_ctx *ctx, struct ss_stmt *st,
    const struct result_column *cols, int ncols, const char *label)
{
	struct ss_column	 header[MAX_COLUMNS];
	struct ss_value		 row[MAX_COLUMNS], total[MAX_COLUMNS];
	int			 i, rc, nrows = 0, want_total = 0;

	if (st == NULL || ncols > MAX_COLUMNS)
		return SS_ERR;
	for (i = 0; i < ncols; i++) {
		header[i] = cols[i].col;
		total[i] = SS_NULL_VALUE;
		if (cols[i].total != TOTAL_NONE && cols[i].total != TOTAL_LABEL)
			want_total = 1;
	}
	rc = ss_begin(ctx, header, ncols);
	while (rc == SS_OK) {
		int more = ss_step(st);

		if (more <= 0) {
			rc = more < 0 ? SS_ERR : SS_OK;
			break;
		}
		for (i = 0; i < ncols; i++) {
			row[i] = ss_column(st, i);
			fold(&total[i], row[i], cols[i].total);
		}
		rc = ss_row(ctx, row);
		nrows++;
	}
	ss_finalize(st);
	if (rc == SS_OK && want_total && nrows > 0 && ss_rich(ctx)) {
		for (i = 0; i < ncols; i++)
			if (cols[i].total == TOTAL_LABEL)
				total[i] = SS_TEXT_VALUE(label);
		rc = ss_total(ctx, total);
	}
	for (i = 0; i < ncols; i++)
		if (total[i].type == SS_TEXT && cols[i].total != TOTAL_LABEL)
			free((char *)total[i].u.s);
	return rc == SS_OK ? ss_end(ctx) : SS_ERR;
}
