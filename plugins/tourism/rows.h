/*
 * plugins/tourism/rows.h -- stream a prepared statement's rows as one
 * result set with declared columns, and add the total row the table and
 * markdown formats draw under them.  One helper for every listing of the
 * plugin, so that each command only says what a column totals to.
 */
#ifndef TOURISM_ROWS_H
#define TOURISM_ROWS_H

#include <safestat/plugin.h>

/* How a column appears in the total row. */
enum total_kind {
	TOTAL_NONE = 0,	/* empty */
	TOTAL_LABEL,	/* the label ("合计") */
	TOTAL_SUM,	/* sum of an integer column */
	TOTAL_MIN,	/* smallest value (dates: the first) */
	TOTAL_MAX	/* largest value */
};

struct result_column {
	struct ss_column	col;	/* the statement's column i, as emitted */
	enum total_kind		total;
};

/* Emit every row of `st` (whose columns are, in order, `cols`), finalize
 * it, and when the format is rich and rows came, a total row labelled
 * `label`.  Returns SS_OK or SS_ERR. */
int	rows_emit(struct ss_ctx *ctx, struct ss_stmt *st,
	    const struct result_column *cols, int ncols, const char *label);

#endif
