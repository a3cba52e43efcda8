/* tests/plugins/abi-future.c -- built for an ABI this shell does not speak. */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "future hello", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugin = {
	/* SS_PLUGIN_STAMP, as a newer plugin.h would write it. */
	.abi = SS_ABI_VERSION + 1,
	.plugin_size = sizeof(struct ss_plugin),
	.command_size = sizeof(struct ss_command),
	.option_size = sizeof(struct ss_option),
	.host_slot = &ss_host_api,
	.name = "abi-future", .version = "9.0", .summary = "from the future",
	.commands = commands,
};
