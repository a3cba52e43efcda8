/*
 * plugins/common/metrics.h -- a summary as a metric/value result.
 *
 * A summary command gives a year's headline figures, the ones a report
 * quotes, as rows of
 *
 *	metric	stable snake_case key (units in the key: _yuan, _m, _pct)
 *	label	what the figure is, in Chinese
 *	value	the number: an integer count, yuan or metres; a percentage
 *		with one decimal (half-up, from the counts beside it)
 *	as_of	the day the figure is counted on (open, in service, done
 *		by), when its query depends on the as-of day ?7; empty for
 *		flows of the period
 *	reading	the figure as a report writes it ("5712万元", "19.518公里",
 *		"84.7%", "30处"): table and markdown only
 *
 * so that it reads well on screen and works as csv and json.  Figures come
 * from one-row queries, each described by a table of metrics whose
 * columns they read: metrics_begin, one metrics_add per query, metrics_end.
 * A NULL column gives a NULL value (a figure that does not apply).
 */
#ifndef SAFESTAT_METRICS_H
#define SAFESTAT_METRICS_H

#include <safestat/plugin.h>

#include "plugins/common/query.h"

enum metric_kind {
	METRIC_COUNT = 1,	/* integer column src, read with `unit` (处) */
	METRIC_RATE,		/* percent of columns num / den */
	METRIC_YUAN,		/* integer yuan in column src, read in 万元 */
	METRIC_METRES,		/* integer metres in column src, read in 公里 */
	METRIC_MONTH		/* a month number 1..12 in column src */
};

struct metric {
	const char		*key;
	const char		*label;
	enum metric_kind	 kind;
	const char		*unit;	/* COUNT: the counter word */
	int			 src;	/* COUNT, YUAN, METRES, MONTH */
	int			 num, den;	/* RATE */
};

/* Start the metric/value result set. */
int	metrics_begin(struct ss_ctx *ctx);

/* Run the one-row query `sql` and emit a row for each of the n metrics
 * `m` read from it. */
int	metrics_add(struct ss_ctx *ctx, const struct metric *m, int n,
	    const char *sql, const struct query_params *p);

/* Finish the result set (and note a period the ledgers do not cover). */
int	metrics_end(struct ss_ctx *ctx, const struct query_params *p);

#endif
