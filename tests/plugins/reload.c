/* tests/plugins/reload.c -- built twice (RELOAD_VERSION 1 and 2) so a test
 * can replace the file on disk and `plugin reload` it. */
#include "good-cmd.h"

/* Say which build is loaded. */
static int
version(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "build", .type = SS_INT }
	};
	struct ss_value	 row[1] = { SS_INT_VALUE(RELOAD_VERSION) };

	(void)args;
	if (ss_begin(ctx, cols, 1) != SS_OK || ss_row(ctx, row) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}

static const struct ss_command commands[] = {
	{ .name = "reload build", .summary = "which build is loaded",
	  .run = version },
#if RELOAD_VERSION == 2
	{ .name = "reload new", .summary = "only in build 2", .run = fixture_ran },
#endif
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "reload", .version = RELOAD_VERSION == 1 ? "1.0" : "2.0",
	.summary = "rebuilt on purpose", .commands = commands,
};
