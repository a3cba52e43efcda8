/*
 * plugins/common/counts.h -- emit a grouped count table: the rows of one
 * bound query, with rates computed from their counts and a total row.
 *
 * The query returns label columns and integer count columns, one row per
 * group (zero rows included: LEFT JOIN from the code table).  The output
 * columns say how each is made: copied from a query column, or a rate of
 * two query columns (half-up, one decimal, NULL for 0/0), or a 万元 display
 * copy of a yuan column, or a 0/1 flag for a rate below a threshold, or a
 * year-on-year change of one column against another, or a count in a
 * larger unit (metres as km, kg as tonnes).  The
 * total row sums every count column and recomputes the rates from the
 * sums (never averages rates); its first label reads 合计.  It is left
 * out when the query gave fewer than two rows: a total of one row only
 * repeats it.
 */
#ifndef SAFESTAT_COUNTS_H
#define SAFESTAT_COUNTS_H

#include <safestat/plugin.h>

enum count_kind {
	COUNT_LABEL = 1,	/* query column `src` as is; blank in the total */
	COUNT_VALUE,		/* integer query column `src`, summed in the total */
	COUNT_RATE,		/* rate_value(query[num], query[den]) */
	COUNT_WAN,		/* query[src] yuan as 万元 (2 decimals), display only */
	COUNT_BELOW,		/* 1 when the rate num/den is below `threshold`
				   percent, else 0; NULL when den is 0 */
	COUNT_CHANGE,		/* change_value(query[num], query[den]): the
				   change from den (last year) to num (this
				   year) in percent; NULL when den is 0 */
	COUNT_SCALED,		/* query[src] / `divisor` with `scale` decimals
				   (km from metres, t from kg), summed in the
				   total; `flags` may make it display only */
	COUNT_REST		/* query[den] - query[num]: the rest of a
				   whole (uninsured of the mandatory), so that
				   the query counts the part once */
};

struct count_column {
	const char	*name;		/* output key */
	enum count_kind	 kind;
	int		 src;		/* LABEL, VALUE, WAN: query column */
	int		 num, den;	/* RATE, BELOW, CHANGE, REST: query
					   columns */
	double		 threshold;	/* BELOW: percent */
	long long	 divisor;	/* SCALED: e.g. 1000 */
	int		 scale;		/* SCALED: digits after the point */
	unsigned	 flags;		/* SCALED: SS_COL_* */
};

/* Run `sql` with its parameters and emit one result set shaped by `cols`
 * (ncols of them), with a total row when `total` is nonzero and there
 * are two rows or more.  At most 32 query columns. */
int	counts_emit(struct ss_ctx *ctx, const struct count_column *cols,
	    int ncols, int total, const char *sql,
	    const struct ss_value *params, int nparams);

#endif
