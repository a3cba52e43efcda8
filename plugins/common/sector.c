/*
 * plugins/common/sector.c -- a sector plugin's grouped commands and its
 * summary (sector.h).
 */
#include "config.h"

#include "plugins/common/sector-hazards.h"
#include "plugins/common/sector.h"

int
sector_grouped_run(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct sector_grouped *c)
{
	struct query_params	 p;
	struct filter		 f;

	if (c->list_flag == NULL || !ss_arg_has(args, c->list_flag))
		return grouped_command(ctx, args, sector, c->choices,
		    c->counts, c->cols, c->ncols);
	if (ss_arg_has(args, "by"))
		return ss_error(ctx, "'--by' does not apply to the list of "
		    "%s: drop '--by' or '--%s'", c->list_what, c->list_flag);
	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK)
		return SS_ERR;
	return query_list(ctx, c->list_sql, &p, c->list_empty);
}

int
sector_summary_run(struct ss_ctx *ctx, const struct ss_args *args,
    const char *sector, const struct sector_figures *figures, int n,
    const char *township_note)
{
	struct query_params	 p;
	struct filter		 f;
	int			 i, rc;

	if (query_params_resolve(ctx, args, sector, &f, &p) != SS_OK ||
	    metrics_begin(ctx) != SS_OK)
		return SS_ERR;
	for (i = 0; i < n; i++) {
		rc = figures[i].sql == NULL ? sector_hazards_metrics(ctx, &p) :
		    metrics_add(ctx, figures[i].metrics, figures[i].n,
		    figures[i].sql, &p);
		if (rc != SS_OK)
			return SS_ERR;
	}
	if (f.township.id != 0 &&
	    ss_block(ctx, SS_BLOCK_NOTE, "%s", township_note) != SS_OK)
		return SS_ERR;
	return metrics_end(ctx, &p);
}
