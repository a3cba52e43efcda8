/*
 * plugins/common/counts.c -- grouped counts with rates and a total row.
 */
#include "config.h"

#include <string.h>

#include "plugins/common/counts.h"
#include "plugins/common/rate.h"

#define COUNTS_MAX_SRC	32
#define COUNTS_MAX_COLS	32

/* The SS type an output column has, for the table's alignment. */
static enum ss_type
column_type(const struct count_column *c)
{
	switch (c->kind) {
	case COUNT_VALUE:
	case COUNT_BELOW:
	case COUNT_REST:
		return SS_INT;
	case COUNT_RATE:
	case COUNT_WAN:
	case COUNT_CHANGE:
	case COUNT_SCALED:
		return SS_REAL;
	default:
		return SS_TEXT;
	}
}

/* Integer value of a query cell (NULL and text count as 0). */
static long long
cell_int(struct ss_value v)
{
	if (v.type == SS_INT)
		return v.u.i;
	if (v.type == SS_REAL)
		return (long long)v.u.r;
	return 0;
}

/* Fill out[] for one row, from the query cells (or, for the total row,
 * from the sums with `cells` NULL). */
static void
make_row(const struct count_column *cols, int ncols,
    const struct ss_value *cells, const long long *nums, int is_total,
    struct ss_value *out)
{
	int	 i, first_label = 1;

	for (i = 0; i < ncols; i++) {
		const struct count_column *c = &cols[i];

		switch (c->kind) {
		case COUNT_LABEL:
			if (is_total)
				out[i] = first_label ?
				    SS_TEXT_VALUE("合计") : SS_NULL_VALUE;
			else
				out[i] = cells[c->src];
			first_label = 0;
			break;
		case COUNT_VALUE:
			out[i] = SS_INT_VALUE(nums[c->src]);
			break;
		case COUNT_RATE:
			out[i] = rate_value(nums[c->num], nums[c->den]);
			break;
		case COUNT_WAN:
			out[i] = SS_REAL_VALUE(nums[c->src] / 10000.0);
			break;
		case COUNT_REST:
			out[i] = SS_INT_VALUE(nums[c->den] - nums[c->num]);
			break;
		case COUNT_CHANGE:
			out[i] = change_value(nums[c->num], nums[c->den]);
			break;
		case COUNT_SCALED:
			out[i] = SS_REAL_VALUE((double)nums[c->src] /
			    (double)c->divisor);
			break;
		case COUNT_BELOW:
			if (nums[c->den] == 0)
				out[i] = SS_NULL_VALUE;
			else
				out[i] = SS_INT_VALUE(rate_tenths(nums[c->num],
				    nums[c->den]) < c->threshold * 10 ? 1 : 0);
			break;
		}
	}
}

int
counts_emit(struct ss_ctx *ctx, const struct count_column *cols, int ncols,
    int total, const char *sql, const struct ss_value *params, int nparams)
{
	struct ss_column	 out_cols[COUNTS_MAX_COLS];
	struct ss_value		 out[COUNTS_MAX_COLS], cells[COUNTS_MAX_SRC];
	long long		 nums[COUNTS_MAX_SRC], sums[COUNTS_MAX_SRC];
	struct ss_stmt		*st;
	int			 i, n, rc, rows = 0;

	if (ncols > COUNTS_MAX_COLS)
		return ss_error(ctx, "too many columns (%d)", ncols);
	memset(out_cols, 0, sizeof out_cols);
	for (i = 0; i < ncols; i++) {
		out_cols[i].name = cols[i].name;
		out_cols[i].type = column_type(&cols[i]);
		out_cols[i].scale = cols[i].kind == COUNT_WAN ? 2 :
		    cols[i].kind == COUNT_RATE ||
		    cols[i].kind == COUNT_CHANGE ? 1 :
		    cols[i].kind == COUNT_SCALED ? cols[i].scale : -1;
		out_cols[i].flags = cols[i].kind == COUNT_WAN ?
		    SS_COL_DISPLAY : cols[i].kind == COUNT_SCALED ?
		    cols[i].flags : 0;
	}
	if ((st = ss_prepare(ctx, sql, params, nparams)) == NULL)
		return SS_ERR;
	n = ss_column_count(st);
	if (n > COUNTS_MAX_SRC) {
		ss_finalize(st);
		return ss_error(ctx, "query has too many columns (%d)", n);
	}
	memset(sums, 0, sizeof sums);
	if (ss_begin(ctx, out_cols, ncols) != SS_OK) {
		ss_finalize(st);
		return SS_ERR;
	}
	while ((rc = ss_step(st)) == 1) {
		for (i = 0; i < n; i++) {
			cells[i] = ss_column(st, i);
			nums[i] = cell_int(cells[i]);
			sums[i] += nums[i];
		}
		make_row(cols, ncols, cells, nums, 0, out);
		if (ss_row(ctx, out) != SS_OK) {
			ss_finalize(st);
			return SS_ERR;
		}
		rows++;
	}
	ss_finalize(st);
	if (rc < 0)
		return SS_ERR;
	/* A total of one row would repeat it, and of none say nothing. */
	if (total && rows > 1) {
		make_row(cols, ncols, NULL, sums, 1, out);
		if (ss_total(ctx, out) != SS_OK)
			return SS_ERR;
	}
	return ss_end(ctx);
}
