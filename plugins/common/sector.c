/*
 * plugins/common/sector.c -- a sector plugin's grouped commands and its
 * summary (sector.h).
 */
#include "config.h"

#include <stdlib.h>

#include "plugins/common/sector-hazards.h"
#include "plugins/common/sector.h"

/* The list command `c` has instead of its table. */
static int
grouped_list(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct sector_grouped *c)
{
	struct query_params	 p;
	struct filter		 f;

	if (ss_arg_has(args, "by"))
		return ss_error(ctx, "'--by' does not apply to the list of "
		    "%s: drop '--by' or '--%s'", c->list_what, c->list_flag);
	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK ||
	    title_emit(ctx, &f, c->list_subject_zh, NULL,
	    c->list_as_of) != SS_OK)
		return SS_ERR;
	return query_list(ctx, c->list_sql, &p, c->list_empty);
}

int
sector_grouped_run(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct sector_grouped *c)
{
	const struct grouping	*by;
	struct query_params	 p;
	struct filter		 f;

	if (c->list_flag != NULL && ss_arg_has(args, c->list_flag))
		return grouped_list(ctx, args, sector, c);
	if ((by = grouped_choose(ctx, c->counts, args, c->choices,
	    NULL)) == NULL ||
	    query_params_resolve(ctx, args, sector, &f, &p) != SS_OK)
		return SS_ERR;
	/* A one-row table of the whole period is grouped by nothing. */
	if (title_emit(ctx, &f, c->subject_zh, by->dim->single ? NULL :
	    by->dim->what_zh, c->as_of) != SS_OK ||
	    grouped_emit(ctx, c->counts, &by, 1, c->cols, c->ncols,
	    &p) != SS_OK)
		return SS_ERR;
	if (c->note != NULL && ss_rich(ctx) &&
	    ss_block(ctx, SS_BLOCK_NOTE, "%s", c->note) != SS_OK)
		return SS_ERR;
	return query_coverage_note(ctx, p.period);
}

/* The metrics of figures `g` read from the total of its counts. */
static int
counted_figures(struct ss_ctx *ctx, const struct sector_figures *g,
    const struct query_params *p)
{
	char	*sql;
	int	 rc;

	if ((sql = grouped_total_sql(ctx, g->counts, p)) == NULL)
		return SS_ERR;
	rc = metrics_add(ctx, g->metrics, g->n, sql, p);
	free(sql);
	return rc;
}

int
sector_summary_run(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct sector_summary *s)
{
	struct query_params	 p;
	struct filter		 f;
	int			 i, rc;

	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK ||
	    title_emit(ctx, &f, s->subject_zh, NULL, 1) != SS_OK ||
	    metrics_begin(ctx) != SS_OK)
		return SS_ERR;
	for (i = 0; i < s->n; i++) {
		const struct sector_figures *g = &s->figures[i];

		if (g->counts != NULL)
			rc = counted_figures(ctx, g, &p);
		else if (g->sql != NULL)
			rc = metrics_add(ctx, g->metrics, g->n, g->sql, &p);
		else
			rc = sector_hazards_metrics(ctx, &p);
		if (rc != SS_OK)
			return SS_ERR;
	}
	if (f.township.id != 0 &&
	    ss_block(ctx, SS_BLOCK_NOTE, "%s", s->township_note) != SS_OK)
		return SS_ERR;
	return metrics_end(ctx, &p);
}
