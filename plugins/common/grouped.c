/*
 * plugins/common/grouped.c -- build and run a grouped count table.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plugins/common/grouped.h"

#define GROUPED_MAX_COLS	32

const struct group_dim *
grouped_find(const struct group_dim *dims, int n, const char *by)
{
	int	 i;

	if (by == NULL)
		return &dims[0];
	for (i = 0; i < n; i++)
		if (strcmp(dims[i].by, by) == 0)
			return &dims[i];
	return NULL;
}

const char *
grouped_choice(const struct ss_args *args, const char *const *choices)
{
	int	 i = ss_arg_choice(args, "by");

	return i < 0 ? NULL : choices[i];
}

/* The statement joining every group of `dim` to the counted facts of `q`,
 * in a new buffer (NULL when out of memory). */
static char *
grouped_sql(const struct group_dim *dim, const struct grouped_counts *q)
{
	static const char fmt[] =
	    "SELECT %s, a.* FROM %s"
	    " LEFT JOIN (SELECT %s AS grp, %s %s GROUP BY 1) a"
	    " ON a.grp = %s ORDER BY %s";
	char	*sql;
	int	 len;

	len = snprintf(NULL, 0, fmt, dim->labels, dim->groups, dim->fact_key,
	    q->measures, q->facts, dim->group_key, dim->order);
	if (len < 0 || (sql = malloc((size_t)len + 1)) == NULL)
		return NULL;
	snprintf(sql, (size_t)len + 1, fmt, dim->labels, dim->groups,
	    dim->fact_key, q->measures, q->facts, dim->group_key, dim->order);
	return sql;
}

int
grouped_emit(struct ss_ctx *ctx, const struct group_dim *dim,
    const struct grouped_counts *q, const struct query_params *p)
{
	struct count_column	 cols[GROUPED_MAX_COLS];
	int			 i, n = dim->nlabels, rc;
	char			*sql;

	if (n + q->ncols > GROUPED_MAX_COLS)
		return ss_error(ctx, "too many columns (%d)", n + q->ncols);
	memset(cols, 0, sizeof cols);
	for (i = 0; i < n; i++) {
		cols[i].name = dim->label_names[i];
		cols[i].kind = COUNT_LABEL;
		cols[i].src = i;
	}
	/* The query's columns: the labels, grp, then the measures. */
	for (i = 0; i < q->ncols; i++) {
		cols[n + i] = q->cols[i];
		cols[n + i].src += n + 1;
		cols[n + i].num += n + 1;
		cols[n + i].den += n + 1;
	}
	if ((sql = grouped_sql(dim, q)) == NULL)
		return ss_error(ctx, "out of memory");
	rc = counts_emit(ctx, cols, n + q->ncols, !dim->single, sql, p->v,
	    query_params_bound(p, sql));
	free(sql);
	if (rc != SS_OK)
		return rc;
	return query_coverage_note(ctx, p->period);
}

int
grouped_command(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct group_dim *dims, int ndims,
    const char *const *choices, const struct grouped_counts *q)
{
	const char		*by = grouped_choice(args, choices);
	const struct group_dim	*dim = grouped_find(dims, ndims, by);
	struct query_params	 p;
	struct filter		 f;

	if (dim == NULL)
		return ss_error(ctx, "no grouping '%s'", by);
	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK)
		return SS_ERR;
	return grouped_emit(ctx, dim, q, &p);
}
