/*
 * plugins/common/query.h -- the values every statement of the in-tree
 * plugins binds, how many of them a statement takes, and running a
 * fixed statement as a listing.
 *
 * One parameter convention for every in-tree plugin:
 *
 *	?1..?7	the common filters (filter.h): first and last day of the
 *		period, county, township, sector, department, as-of day.
 *		A sector plugin binds its own sector at ?5, as if --sector
 *		had chosen it.
 *	?8	the period's label ("2023", "2023Q3"), for one-row results
 *	?9..	the command's own values, in the order it adds them (a
 *		hazard level, a case category, "overdue only"), NULL for
 *		"no restriction"
 *
 * A statement refers to the ones it needs: the host binds exactly as many
 * values as the highest ?N a statement names, and query_params_count is
 * the one place that counts them, so a statement never has to mention a
 * value to please the host.
 */
#ifndef SAFESTAT_QUERY_H
#define SAFESTAT_QUERY_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"

#define QUERY_LABEL_PARAM	8	/* ?8: the period's label */
#define QUERY_OWN_PARAM		9	/* ?9: the command's first own value */
#define QUERY_MAX_PARAMS	12

struct query_params {
	struct ss_value		 v[QUERY_MAX_PARAMS];
	int			 n;	/* values set: 8 plus the command's */
	const struct period	*period; /* the filter's, for notes */
};

/* Bind the filter's values and the period label (?1..?8). */
void	query_params_init(struct query_params *p, const struct filter *f);

/* Resolve the common filters from a command's options (filter.h) and
 * bind them and the period label; a sector plugin passes its sector code
 * `sector` (bound at ?5), other commands NULL. */
int	query_params_resolve(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, struct filter *f, struct query_params *p);

/* Append the command's next own value (?9, ?10, ...). */
void	query_params_add(struct query_params *p, struct ss_value v);

/* The number of values to bind for `sql`: its highest ?N outside quoted
 * text (0 if none). */
int	query_params_count(const char *sql);

/* The same, capped at the values `p` can hold (a statement naming more
 * gets the host's "N values were given" error, not a read past p). */
int	query_params_bound(const struct query_params *p, const char *sql);

/* Run `sql` through the host (ss_query): its rows stream as one result
 * set, typed by the host. */
int	query_run(struct ss_ctx *ctx, const char *sql,
	    const struct query_params *p);

/* Run `sql` and emit its rows as one result set; when it has none, add
 * the note `empty` (a Chinese sentence) under the empty table, and the
 * coverage note when the period lies outside the ledger years. */
int	query_list(struct ss_ctx *ctx, const char *sql,
	    const struct query_params *p, const char *empty);

/* Nonzero when the days `from` .. `to` ("YYYY-MM-DD") are whole months:
 * `from` a month's first day, `to` a month's last. */
int	query_whole_months(const char *from, const char *to);

/* Nonzero when a summary by month can answer for p: the period runs
 * from a month's first day (?1) to a month's last day (?2), and, when
 * `as_of` says the counts depend on it, the as-of day (?7) is a month's
 * last day no earlier than the period's start. */
int	query_monthly(const struct query_params *p, int as_of);

/* Nonzero when the as-of day (?7) is a month's last day: enough for a
 * summary whose counts depend on that day alone, not on the period. */
int	query_as_of_month_end(const struct query_params *p);
/* Nonzero when the same period a year earlier, as SQLite's
 * date(?1, '-1 year') .. date(?2, '-1 year') gives it, is whole months
 * too: not when ?2 is 29 February (a year earlier is 1 March), nor 28
 * February of the year after a leap year (a year earlier misses the
 * 29th).  Call it when query_monthly holds. */
int	query_monthly_year_before(const struct query_params *p);

/* 1 when the file holds summary table `name` and its summaries are in
 * step with the ledger, 0 when not (read the ledger), -1 on error.
 * whole_file: the summary keeps no county, so it also needs every county
 * with rows of its own to be a ledger county. */
int	query_summary_readable(struct ss_ctx *ctx, const char *name,
	    int whole_file);

/* Add a note when the period lies wholly or partly outside the years the
 * ledgers cover, so that zeros are not read as "nothing happened". */
int	query_coverage_note(struct ss_ctx *ctx, const struct period *period);

#endif
