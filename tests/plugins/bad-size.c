/* tests/plugins/bad-size.c -- claims a struct ss_command of another size
 * (as if built against a different plugin.h). */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "bad-size hello", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	/* SS_PLUGIN_STAMP, with a struct ss_command 8 bytes larger. */
	.abi = SS_ABI_VERSION,
	.plugin_size = sizeof(struct ss_plugin),
	.command_size = sizeof(struct ss_command) + 8,
	.option_size = sizeof(struct ss_option),
	.host_slot = &ss_host_api,
	.name = "bad-size", .version = "1.0", .summary = "wrong size",
	.commands = commands,
};
