/*
 * plugins/common/query.h -- run a command's fixed SQL with the common
 * parameters, and say what an empty or out-of-range result means.
 *
 * Every statement of the sector plugins binds the same numbered values:
 *
 *	?1..?7	the common filters (filter.h: period, county, township,
 *		sector, department, as-of day)
 *	?8	the period's label ("2023", "2023Q3"), for one-row results
 *	?9..	the command's own values (a sector code, a hazard level)
 *
 * A statement refers to the ones it needs; query_params_count trims the
 * bound values to the highest number it uses, which is what the host
 * expects, so a statement never has to mention a value to please it.
 */
#ifndef SAFESTAT_QUERY_H
#define SAFESTAT_QUERY_H

#include <safestat/plugin.h>

#include "plugins/common/filter.h"

#define QUERY_LABEL_PARAM	8	/* ?8 */
#define QUERY_MAX_PARAMS	12

struct query_params {
	struct ss_value		 v[QUERY_MAX_PARAMS];
	int			 n;	/* values set: 8 plus the extras */
	const struct period	*period; /* the filter's, for notes */
};

/* Bind the filter's values and the period label (?1..?8). */
void	query_params_init(struct query_params *p, const struct filter *f);

/* Resolve the common filters from a command's options (filter.h) and
 * bind them, the period label and the sector code `sector` (?9). */
int	query_params_resolve(struct ss_ctx *ctx, const struct ss_args *args,
	    const char *sector, struct filter *f, struct query_params *p);

/* Append the next value (?9, ?10, ...). */
void	query_params_add(struct query_params *p, struct ss_value v);

/* The number of values to bind for `sql`: its highest ?N (0 if none). */
int	query_params_count(const char *sql);

/* The same, capped at the values `p` can hold (a statement naming more
 * gets the host's "N values were given" error, not a read past p). */
int	query_params_bound(const struct query_params *p, const char *sql);

/* Run `sql` and emit its rows as one result set; when it has none, add
 * the note `empty` (a Chinese sentence) under the empty table, and the
 * coverage note when the period lies outside the ledger years. */
int	query_list(struct ss_ctx *ctx, const char *sql,
	    const struct query_params *p, const char *empty);

/* Add a note when the period lies wholly or partly outside the years the
 * ledgers cover, so that zeros are not read as "nothing happened". */
int	query_coverage_note(struct ss_ctx *ctx, const struct period *period);

#endif
