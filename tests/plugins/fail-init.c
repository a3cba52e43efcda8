/* tests/plugins/fail-init.c -- its init refuses (a table it needs is
 * missing); nothing of it may stay registered. */
#include "good-cmd.h"

/* Look for a table the dataset does not have. */
static int
init(struct ss_ctx *ctx)
{
	struct ss_stmt	*st;
	int		 found;

	st = ss_prepare(ctx, "SELECT 1 FROM sqlite_schema WHERE name = ?1",
	    SS_PARAMS(SS_TEXT_VALUE("no_such_table")));
	found = st != NULL && ss_step(st) == 1;
	ss_finalize(st);
	if (!found)
		return ss_error(ctx, "table '%s' is missing", "no_such_table");
	return SS_OK;
}

static const struct ss_command commands[] = {
	{ .name = "fail-init hello", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "fail-init", .version = "1.0", .summary = "init fails",
	.commands = commands, .init = init,
};
