/*
 * tests/plugins/good-cmd.h -- one well-formed command for the broken
 * fixtures, so that each of them is wrong in exactly one way.  Like every
 * plugin, the fixtures include nothing of safestat's but plugin.h (not
 * config.h): some are also compiled out of tree by the tests.
 */
#include <safestat/plugin.h>

SS_PLUGIN_HOST_DEFINE;

/* Emit one row: the command ran. */
static int __attribute__((unused))
fixture_ran(struct ss_ctx *ctx, const struct ss_args *args)
{
	static const struct ss_column cols[] = {
		{ .name = "ran", .type = SS_INT }
	};
	struct ss_value	 row[1] = { SS_INT_VALUE(1) };

	(void)args;
	if (ss_begin(ctx, cols, 1) != SS_OK || ss_row(ctx, row) != SS_OK)
		return SS_ERR;
	return ss_end(ctx);
}
