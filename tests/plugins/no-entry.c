/* tests/plugins/no-entry.c -- a shared object without the safestat_plugin
 * symbol (a typo in its name). */
#include "good-cmd.h"

static const struct ss_command commands[] = {
	{ .name = "no-entry hello", .summary = "s", .run = fixture_ran },
	{ .name = NULL }
};

SS_PLUGIN_EXPORT const struct ss_plugin safestat_plugins = {
	SS_PLUGIN_STAMP,
	.name = "no-entry", .version = "1.0", .summary = "misnamed",
	.commands = commands,
};
