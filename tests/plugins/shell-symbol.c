/* tests/plugins/shell-symbol.c -- calls a function of the shell directly
 * instead of through the host table.  Linked with -z defs (as every real
 * plugin is) it does not link at all; this fixture is linked without it
 * and dlopen(RTLD_NOW) refuses it, because the shell exports nothing. */
#include "good-cmd.h"

/* A function inside the shell (shell/registry.c). */
extern int	registry_valid_name(const char *);

/* Call the shell directly: what plugins must never do. */
static int
cheat(struct ss_ctx *ctx, const struct ss_args *args)
{
	(void)args;
	if (!registry_valid_name("cheat"))
		return ss_error(ctx, "cheating failed");
	return SS_OK;
}

static const struct ss_command commands[] = {
	{ .name = "shell-symbol hello", .summary = "s", .run = cheat },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	SS_PLUGIN_STAMP,
	.name = "shell-symbol", .version = "1.0", .summary = "links the shell",
	.commands = commands,
};
