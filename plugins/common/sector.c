/*
 * plugins/common/sector.c -- a sector plugin's grouped commands
 * (sector.h).
 */
#include "config.h"

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
